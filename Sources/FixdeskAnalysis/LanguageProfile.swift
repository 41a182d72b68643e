/// How one language's text is analysed: its stemmer and stop words. Loaded from content, never hard-coded.
public struct LanguageProfile: Sendable, Equatable {
    /// The language code, e.g. `tr` or `en`.
    public var code: String
    /// A Snowball stemmer name (`turkish`, `english`, …) or `nil` for no stemming.
    public var stemmer: String?
    /// Stop words, already lowercased and folded.
    public var stopWords: Set<String>

    public init(code: String, stemmer: String?, stopWords: some Sequence<String>) {
        self.code = code
        self.stemmer = stemmer
        self.stopWords = Set(stopWords.map { TextFolding.fold(TextFolding.lowercase($0, language: code)) })
    }
}

extension LanguageProfile {
    /// The Snowball stemmer names libstemmer knows (`turkish`, `english`, …), for checking content.
    public static var knownStemmers: [String] { Stemmer.availableAlgorithms }
}
