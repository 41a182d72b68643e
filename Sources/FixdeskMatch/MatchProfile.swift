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

    /// `analysedTerms` are the analyser's terms of `error` (`TextAnalyzer.terms(in:)`).
    public init(_ error: String, analysedTerms: [String]) {
        normalized = LiteralText.normalize(error)
        terms = analysedTerms.filter { !Self.isNumber($0) }
    }

    /// Whether every character of `term` is a number; digits are checked by byte.
    private static func isNumber(_ term: String) -> Bool {
        if term.utf8.allSatisfy({ $0 < 0x80 }) { return term.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
        return term.allSatisfy(\.isNumber)
    }
}

/// Builds the match profiles of candidate articles from what the index holds of them. The analysis of
/// titles and error texts is remembered per translation for the life of the matcher, since the same
/// articles are candidates for many pastes and the index does not change while it is open.
final class MatchProfiles {
    private let source: any MatchSource
    /// Per row: the title's terms and the error texts' literals.
    private var analysed: [Int64: (titleTerms: [String], literals: [ErrorLiteral])] = [:]

    init(source: any MatchSource) {
        self.source = source
    }

    /// The profiles of every translation of the articles `ids`, by id, in the site's language order.
    func profiles(of ids: [String]) throws -> [String: [MatchProfile]] {
        try source.articleTerms(of: ids).mapValues { translations in translations.map(profile) }
    }

    private func profile(of article: ArticleTerms) -> MatchProfile {
        let parts = analysed[article.rowID] ?? analyse(article)
        func padded(_ bytes: [UInt8]) -> [UInt8] {
            var result: [UInt8] = [0x20]
            result.reserveCapacity(bytes.count + 2)
            result.append(contentsOf: bytes)
            result.append(0x20)
            return result
        }
        let columns = article.columns
        return MatchProfile(
            language: article.language, errors: article.errors, literals: parts.literals, titleTerms: parts.titleTerms,
            fields: MatchProfile.Fields(title: padded(columns.title), errors: padded(columns.errors),
                                        summary: padded(columns.summary), body: padded(columns.body)))
    }

    private func analyse(_ article: ArticleTerms) -> (titleTerms: [String], literals: [ErrorLiteral]) {
        let analyzers = source.analyzers
        let parts = (titleTerms: analyzers.terms(in: article.title, language: article.language),
                     literals: article.errors.map { ErrorLiteral($0, analysedTerms: analyzers.terms(in: $0, language: article.language)) })
        analysed[article.rowID] = parts
        return parts
    }
}
