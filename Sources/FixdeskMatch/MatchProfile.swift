import FixdeskAnalysis
import FixdeskIndex

/// What `match` compares a paste with, for one translation of an article: its literal error texts
/// normalized and analysed, its title's terms, and the index's analysed fields ready for searching.
struct MatchProfile {
    /// An index column's terms with a space at each end: a term is present when ` term ` occurs.
    struct Fields {
        var title: [UInt8]
        var errors: [UInt8]
        var summary: [UInt8]
        var body: [UInt8]
    }

    var language: String
    /// The literal error texts as written, and as `match` compares them.
    var errors: [String]
    var literals: [ErrorLiteral]
    /// The analyser's terms of the title (`TextAnalyzer.terms(in:)`).
    var titleTerms: [String]
    var fields: Fields
}

/// A literal error text as the matcher compares pastes with it: normalized (`LiteralText`), and the
/// analyser's terms of it without numbers. The paste box is given the same (`MatchRulesBuilder`).
public struct ErrorLiteral: Sendable, Equatable {
    public var normalized: String
    public var terms: [String]
    /// Measured once rather than for every paste: the normalized text's characters and space-separated
    /// words, and the text with a space at each end as UTF-8, as the scorer looks for it in a paste.
    let characterCount: Int
    let wordCount: Int
    let padded: [UInt8]
    /// Per term, its letters when it is long enough for one-typo comparisons (`MatchTuning.typoLetters`),
    /// else nil: counted and split once, not for every paste it is compared with.
    let typoLetters: [[Unicode.Scalar]?]

    /// `analysedTerms` are the analyser's terms of `error` (`TextAnalyzer.terms(in:)`).
    public init(_ error: String, analysedTerms: [String]) {
        self.init(normalized: LiteralText.normalize(error), analysedTerms: analysedTerms)
    }

    /// `normalized` is `LiteralText.normalize` of the error text, as the index stores it (`LiteralTerms`).
    init(normalized: String, analysedTerms: [String]) {
        self.normalized = normalized
        terms = analysedTerms.filter { !Self.isNumber($0) }
        characterCount = Self.characterCount(of: normalized)
        wordCount = Self.wordCount(of: normalized)
        var padded: [UInt8] = [0x20]
        padded.reserveCapacity(normalized.utf8.count + 2)
        padded.append(contentsOf: normalized.utf8)
        padded.append(0x20)
        self.padded = padded
        typoLetters = terms.map { Self.characterCount(of: $0) >= MatchTuning.typoLetters ? Array($0.unicodeScalars) : nil }
    }

    /// Characters counted by byte when the text is ASCII, where a byte is a character.
    private static func characterCount(of text: String) -> Int {
        text.utf8.allSatisfy { $0 < 0x80 } ? text.utf8.count : text.count
    }

    /// The words between spaces, counted by byte: splitting the text made an array of them for every literal.
    private static func wordCount(of text: String) -> Int {
        var count = 0
        var inWord = false
        for byte in text.utf8 {
            if byte == 0x20 { inWord = false } else if !inWord { inWord = true; count += 1 }
        }
        return count
    }

    /// Whether every character of `term` is a number; digits are checked by byte.
    private static func isNumber(_ term: String) -> Bool {
        if term.utf8.allSatisfy({ $0 < 0x80 }) { return term.utf8.allSatisfy(ByteSearch.isDigit) }
        return term.allSatisfy(\.isNumber)
    }
}

/// Builds the match profiles of candidate articles from what the index holds of them: the terms of their
/// titles and error texts were analysed when they were indexed (`LiteralTerms`), not in each process. Profiles are
/// remembered per article for the life of the matcher (up to `remembered` articles), since the same
/// articles are candidates for many pastes and the index does not change while it is open: a paste
/// reads from the index only the candidates no paste before it had.
final class MatchProfiles {
    private let source: any MatchSource
    /// By article id: the profiles of its translations (none for an id the index does not have).
    private var known: [String: [MatchProfile]] = [:]
    /// How many articles `known` keeps; candidates past it are read and analysed each time.
    private let remembered: Int

    init(source: any MatchSource, remembered: Int = 50_000) {
        self.source = source
        self.remembered = remembered
    }

    /// The profiles of every translation of the articles `ids`, by id, in the site's language order.
    func profiles(of ids: [String]) throws -> [String: [MatchProfile]] {
        var result: [String: [MatchProfile]] = [:]
        var missing: [String] = []
        for id in ids {
            if let profiles = known[id] { result[id] = profiles } else { missing.append(id) }
        }
        guard !missing.isEmpty else { return result }
        let read = try source.articleTerms(of: missing)
        for id in missing {
            let profiles = (read[id] ?? []).map(profile)
            if known.count < remembered { known[id] = profiles }
            result[id] = profiles
        }
        return result
    }

    private func profile(of article: ArticleTerms) -> MatchProfile {
        func padded(_ bytes: [UInt8]) -> [UInt8] {
            var result: [UInt8] = [0x20]
            result.reserveCapacity(bytes.count + 2)
            result.append(contentsOf: bytes)
            result.append(0x20)
            return result
        }
        let columns = article.columns
        return MatchProfile(
            language: article.language, errors: article.errors,
            literals: article.literalTerms.errors.map { ErrorLiteral(normalized: $0.normalized, analysedTerms: $0.terms) },
            titleTerms: article.literalTerms.title,
            fields: MatchProfile.Fields(title: padded(columns.title), errors: padded(columns.errors),
                                        summary: padded(columns.summary), body: padded(columns.body)))
    }
}
