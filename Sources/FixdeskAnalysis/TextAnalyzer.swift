/// Turns text of one language into search terms: tokens, stop words dropped, stemmed, folded.
///
/// ```swift
/// let analyzer = try TextAnalyzer(profile: LanguageProfile(code: "tr", stemmer: "turkish", stopWords: []))
/// analyzer.terms(in: "Şablonunuzu WhatsApp’ın") // ["sablon", "whatsapp"]
/// ```
/// Numbers are kept whole, so error codes survive as single terms.
public final class TextAnalyzer {
    public let profile: LanguageProfile
    private let stemmer: Stemmer?

    public init(profile: LanguageProfile) throws(AnalysisError) {
        self.profile = profile
        if let name = profile.stemmer {
            guard let stemmer = Stemmer(algorithm: name) else {
                throw AnalysisError.unknownStemmer(name, available: Stemmer.availableAlgorithms)
            }
            self.stemmer = stemmer
        } else {
            self.stemmer = nil
        }
    }

    /// The terms of `text`, in order.
    public func terms(in text: String) -> [String] {
        Tokenizer.tokens(in: text, language: profile.code).compactMap(term(for:))
    }

    /// The terms to index for `text`: each word's stem, followed by its folded form when that differs,
    /// so that inflected forms the stemmer treats unevenly (`şablon` → `sablo`) still meet, and typo
    /// tolerance can compare whole words.
    public func indexTerms(in text: String) -> [String] {
        var result: [String] = []
        for token in Tokenizer.tokens(in: text, language: profile.code) {
            guard let term = term(for: token) else { continue }
            result.append(term)
            let surface = TextFolding.fold(token.text)
            if surface != term { result.append(surface) }
        }
        return result
    }

    /// The term one token becomes, or nil for a stop word.
    public func term(for token: Token) -> String? {
        if token.isNumber { return token.text }
        let folded = TextFolding.fold(token.text)
        if profile.stopWords.contains(folded) { return nil }
        return TextFolding.fold(stem(token.text))
    }

    /// The token folded but not stemmed: what prefix and typo matching compare against.
    public func surfaceForm(of token: Token) -> String {
        TextFolding.fold(token.text)
    }

    private func stem(_ word: String) -> String {
        guard let stemmer, word.count > 2 else { return word }
        return stemmer.stem(word)
    }
}

public enum AnalysisError: Error, Equatable, CustomStringConvertible {
    case unknownStemmer(String, available: [String])

    public var description: String {
        switch self {
        case let .unknownStemmer(name, available):
            "There is no Snowball stemmer named '\(name)'; known ones are \(available.sorted().joined(separator: ", "))."
        }
    }
}
