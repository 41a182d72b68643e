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
    /// How many words each memory below keeps; words past it are analysed each time they come.
    private let memoryLimit: Int
    /// Lowercased word → what it becomes, for tokens.
    private var analysed: [String: Analysis] = [:]
    /// The same by the word's bytes as written, for whole texts: no string is made of a word seen before.
    private var written: WrittenWords
    /// Every word by its bytes as written, stop words included, with its folded form and term.
    private var writtenTokens: WrittenTokens

    public init(profile: LanguageProfile, memoryLimit: Int = 200_000) throws(AnalysisError) {
        self.profile = profile
        self.memoryLimit = memoryLimit
        written = WrittenWords(limit: memoryLimit)
        writtenTokens = WrittenTokens(limit: memoryLimit)
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
        var terms: [String] = []
        forEachWord(in: text) { terms.append($0.term) }
        return terms
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
        forEachWord(in: text) { word in
            index.append(word.term)
            plain.append(word.term)
            if let surface = word.surface { index.append(surface) }
        }
        return (index, plain)
    }

    /// Calls `body` with each word of `text` that is not a stop word, in order: the same terms as
    /// `indexAndPlainTerms(in:)`, word by word.
    public func forEachWord(in text: String, _ body: (AnalysedWord) -> Void) {
        let language = profile.code
        Tokenizer.withUTF8(of: text) { bytes in
            // One access to the memory for the whole text, rather than an exclusivity check per word.
            written.forEachWord(in: bytes, body) { word, isNumber in
                let lowercased = TextFolding.lowercase(String(decoding: word, as: UTF8.self), language: language)
                let analysis = isNumber ? Analysis(term: lowercased, surface: lowercased) : analyseUncached(lowercased)
                return analysis.term.map { AnalysedWord(number: nil, term: $0, surface: analysis.surface == $0 ? nil : analysis.surface) }
            }
        }
    }

    /// Calls `body` with each word of `text`, stop words included, in order: the word folded and its term
    /// (nil for a stop word), as `surfaceForm(of:)` and `term(for:)` give them for its token.
    public func forEachToken(in text: String, _ body: (_ surface: String, _ term: String?) -> Void) {
        let language = profile.code
        Tokenizer.withUTF8(of: text) { bytes in
            writtenTokens.forEachToken(in: bytes, body) { word, isNumber in
                let lowercased = TextFolding.lowercase(String(decoding: word, as: UTF8.self), language: language)
                return isNumber ? Analysis(term: lowercased, surface: lowercased) : analyse(lowercased)
            }
        }
    }

    /// The term one token becomes, or nil for a stop word.
    public func term(for token: Token) -> String? {
        token.isNumber ? token.text : analyse(token.text).term
    }

    /// The token folded but not stemmed: what prefix and typo matching compare against.
    public func surfaceForm(of token: Token) -> String {
        token.isNumber ? token.text : analyse(token.text).surface
    }

    private func analyse(_ word: String) -> Analysis {
        if let known = analysed[word] { return known }
        let result = analyseUncached(word)
        if analysed.count < memoryLimit { analysed[word] = result }
        return result
    }

    private func analyseUncached(_ word: String) -> Analysis {
        let surface = TextFolding.fold(word)
        return Analysis(term: profile.stopWords.contains(surface) ? nil : TextFolding.fold(stem(word)), surface: surface)
    }

    private func stem(_ word: String) -> String {
        guard let stemmer, word.count > 2 else { return word }
        return stemmer.stem(word)
    }
}

/// A word of a text as the index sees it.
public struct AnalysedWord {
    /// The analyzer's number for the word as written: the same at each of its occurrences for as long as
    /// the analyzer lives, so that callers can remember what they made of it. Nil once the analyzer's
    /// memory is full.
    public var number: Int32?
    /// The stem, folded (a number stays as written).
    public var term: String
    /// The word folded but not stemmed, when that differs from `term`.
    public var surface: String?
}

/// What a lowercased word becomes: its term (nil for a stop word) and its folded surface form.
private struct Analysis {
    var term: String?
    var surface: String
}

/// Words as written, numbered by `InternTable`, with what they become (nil for a stop word).
private struct WrittenWords {
    let limit: Int
    var numbers = InternTable()
    var words: [AnalysedWord?] = []

    /// Calls `body` with each word of `bytes` that is not a stop word; `analyse` makes what the memory
    /// lacks from the word's bytes (the part before any apostrophe suffix) and whether it is a number.
    mutating func forEachWord(in bytes: UnsafeBufferPointer<UInt8>, _ body: (AnalysedWord) -> Void,
                              analyse: (UnsafeBufferPointer<UInt8>, _ isNumber: Bool) -> AnalysedWord?) {
        Tokenizer.forEachWord(in: bytes) { span in
            let written = UnsafeBufferPointer(rebasing: bytes[span.start..<span.stemEnd])
            let word: AnalysedWord?
            if numbers.count < limit {
                let (number, isNew) = numbers.intern(written)
                if isNew {
                    var made = analyse(written, span.isNumber)
                    made?.number = number
                    words.append(made)
                }
                word = words[Int(number)]
            } else if let number = numbers.number(of: written) {
                word = words[Int(number)]
            } else {
                word = analyse(written, span.isNumber)
            }
            if let word { body(word) }
        }
    }
}

/// Words as written, numbered by `InternTable`, with what they become, stop words included.
private struct WrittenTokens {
    let limit: Int
    var numbers = InternTable()
    var analyses: [Analysis] = []

    mutating func forEachToken(in bytes: UnsafeBufferPointer<UInt8>, _ body: (String, String?) -> Void,
                               analyse: (UnsafeBufferPointer<UInt8>, _ isNumber: Bool) -> Analysis) {
        Tokenizer.forEachWord(in: bytes) { span in
            let written = UnsafeBufferPointer(rebasing: bytes[span.start..<span.stemEnd])
            let analysis: Analysis
            if numbers.count < limit {
                let (number, isNew) = numbers.intern(written)
                if isNew { analyses.append(analyse(written, span.isNumber)) }
                analysis = analyses[Int(number)]
            } else if let number = numbers.number(of: written) {
                analysis = analyses[Int(number)]
            } else {
                analysis = analyse(written, span.isNumber)
            }
            body(analysis.surface, analysis.term)
        }
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
