/// Turns text of one language into search terms: tokens, stop words dropped, stemmed, folded.
///
/// ```swift
/// let analyzer = try TextAnalyzer(profile: LanguageProfile(code: "tr", stemmer: "turkish", stopWords: []))
/// analyzer.terms(in: "Şablonunuzu WhatsApp’ın") // ["sablon", "whatsapp"]
/// ```
/// Numbers are kept whole, so error codes survive as single terms.
///
/// An analyzer remembers the words it has seen (word frequencies are skewed, so most lookups hit),
/// which makes it cheap to reuse and unsafe to share between threads: give each thread its own.
public final class TextAnalyzer {
    public let profile: LanguageProfile
    private let stemmer: Stemmer?
    /// Lowercased word → its term (nil for a stop word) and its folded surface form.
    private var analysed: [String: (term: String?, surface: String)] = [:]

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
        indexAndPlainTerms(in: text).index
    }

    /// `indexTerms(in:)` and `terms(in:)` of the same text, from one pass over it.
    public func indexAndPlainTerms(in text: String) -> (index: [String], plain: [String]) {
        var index: [String] = []
        var plain: [String] = []
        for token in Tokenizer.tokens(in: text, language: profile.code) {
            if token.isNumber {
                index.append(token.text)
                plain.append(token.text)
                continue
            }
            let word = analyse(token.text)
            guard let term = word.term else { continue }
            index.append(term)
            plain.append(term)
            if word.surface != term { index.append(word.surface) }
        }
        return (index, plain)
    }

    /// The term one token becomes, or nil for a stop word.
    public func term(for token: Token) -> String? {
        token.isNumber ? token.text : analyse(token.text).term
    }

    /// The token folded but not stemmed: what prefix and typo matching compare against.
    public func surfaceForm(of token: Token) -> String {
        token.isNumber ? token.text : analyse(token.text).surface
    }

    private func analyse(_ word: String) -> (term: String?, surface: String) {
        if let known = analysed[word] { return known }
        let surface = TextFolding.fold(word)
        let result = (term: profile.stopWords.contains(surface) ? nil : TextFolding.fold(stem(word)), surface: surface)
        if analysed.count < 200_000 { analysed[word] = result }
        return result
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
