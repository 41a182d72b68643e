/// Why an article matched, as data: the command line and other front ends word it in the user's
/// language, while `Match.reasons` keeps the English sentence.
public enum Reason: Sendable, Equatable {
    /// A catalog code, where it stood in the paste and the byte offset it stood at.
    case code(String, mention: CodeMention)
    /// The article's literal error text, whole (`similarity` 1) or in part.
    case errorText(String, similarity: Double)
    /// Meaningful words the paste shares with the article.
    case words([String])
    /// The article has no translation in the requested language.
    case untranslated(requested: String, shown: String)

    /// The byte offset in the paste where this evidence stood, when known.
    public var offset: Int? {
        if case let .code(_, mention) = self, mention.context != .named { return mention.offset }
        return nil
    }
}

extension Evidence {
    /// The same reasons as `reasons`, as data: one for each of its sentences, so whatever decides
    /// which reasons are worth saying decides for both.
    var details: [Reason] {
        var result = codeHits.map { Reason.code($0.code, mention: $0.mention) }
        for sentence in reasons.dropFirst(codeHits.count) {
            if sentence.hasPrefix("words: ") {
                result.append(.words(Array(matchedWords.prefix(6))))
            } else if let errorText {
                let shown = errorText.count > 90 ? String(errorText.prefix(87)) + "…" : errorText
                result.append(.errorText(shown, similarity: sentence.hasPrefix("error text") ? 1 : errorScore))
            }
        }
        return result
    }
}
