/// One analyzer per language, for text whose language is known (articles) or not (queries, pastes).
public final class AnalyzerSet {
    public let analyzers: [String: TextAnalyzer]
    /// Language codes in a stable order.
    public let languages: [String]

    public init(profiles: [LanguageProfile]) throws(AnalysisError) {
        var analyzers: [String: TextAnalyzer] = [:]
        for profile in profiles { analyzers[profile.code] = try TextAnalyzer(profile: profile) }
        self.analyzers = analyzers
        self.languages = profiles.map(\.code).sorted()
    }

    public func analyzer(for language: String) -> TextAnalyzer? { analyzers[language] }

    /// The terms `text` would have in `language`.
    public func terms(in text: String, language: String) -> [String] {
        analyzers[language]?.terms(in: text) ?? Tokenizer.tokens(in: text, language: language).map { TextFolding.fold($0.text) }
    }

    /// The terms to index for `text` in `language`: stems and folded words.
    public func indexTerms(in text: String, language: String) -> [String] {
        analyzers[language]?.indexTerms(in: text) ?? terms(in: text, language: language)
    }

    /// For text of unknown language: per word, every term it could be (each language's stem and the folded word).
    ///
    /// A word that is a stop word in any language yields no alternatives.
    public func alternatives(in text: String) -> [QueryWord] {
        var words: [QueryWord] = []
        for language in languages {
            guard let analyzer = analyzers[language] else { continue }
            let tokens = Tokenizer.tokens(in: text, language: language)
            if words.isEmpty {
                words = tokens.map { QueryWord(surface: analyzer.surfaceForm(of: $0), terms: [], stems: [:], isNumber: $0.isNumber, isStopWord: false, range: $0.range) }
            }
            for (index, token) in tokens.enumerated() where index < words.count {
                if let term = analyzer.term(for: token) {
                    words[index].stems[language] = term
                    if !words[index].terms.contains(term) { words[index].terms.append(term) }
                } else {
                    words[index].isStopWord = true
                }
            }
        }
        for index in words.indices where !words[index].terms.contains(words[index].surface) && !words[index].isStopWord {
            words[index].terms.append(words[index].surface)
        }
        return words
    }
}

/// A word of a query or paste with the terms it may stand for.
public struct QueryWord: Sendable, Equatable {
    /// Lowercased and folded, not stemmed.
    public var surface: String
    /// Candidate index terms: each language's stem, then the surface form.
    public var terms: [String]
    /// The term in each language whose analyzer keeps the word.
    public var stems: [String: String]
    public var isNumber: Bool
    public var isStopWord: Bool
    public var range: Range<String.Index>
}
