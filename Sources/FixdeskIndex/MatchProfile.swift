import FixdeskAnalysis
import FixdeskContent

/// What `match` compares a paste with, for one translation of an article: the analysis of its title and
/// literal error texts is done once, when the article is indexed, rather than for every paste.
public struct MatchProfile: Sendable {
    public var rowID: Int64
    public var language: String
    /// The literal error texts as written, and per error its normalized text (`LiteralText`) and its
    /// terms without numbers.
    public var errors: [String]
    public var errorLiterals: [String]
    public var errorTerms: [[String]]
    public var titleTerms: [String]
    public var fields: KnowledgeIndex.IndexedTerms

    /// Stored as a list: the title's terms, then per error its normalized text, a tab and its terms.
    static func encode(_ article: Article, analyzer: TextAnalyzer) -> String {
        let errors = article.errors.map { error in
            let terms = analyzer.terms(in: error).filter { !$0.allSatisfy(\.isNumber) }
            return LiteralText.normalize(error) + "\t" + terms.joined(separator: " ")
        }
        return ListCoding.encode([analyzer.terms(in: article.title).joined(separator: " ")] + errors)
    }

    static func terms(_ text: Substring) -> [String] {
        text.split(separator: " ").map(String.init)
    }
}

extension KnowledgeIndex {
    /// Every translation's match profile of the article `id`.
    public func matchProfiles(of id: String) throws -> [MatchProfile] {
        defer { database.finishReads() }
        let statement = try database.prepare("""
            SELECT a.rowid, a.lang, a.errors, a.match_data, t.title, t.errors, t.summary, t.body
            FROM articles a JOIN article_terms t ON t.rowid = a.rowid WHERE a.id = ?1 ORDER BY a.rowid
            """)
        try statement.bind([.text(id)])
        var profiles: [MatchProfile] = []
        while try statement.step() {
            let data = ListCoding.decode(statement.text(3))
            let errors = data.dropFirst().map { $0.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false) }
            func padded(_ column: Int32) -> [UInt8] { [0x20] + statement.textBytes(column) + [0x20] }
            profiles.append(MatchProfile(
                rowID: statement.int(0), language: statement.text(1), errors: ListCoding.decode(statement.text(2)),
                errorLiterals: errors.map { String($0[0]) },
                errorTerms: errors.map { $0.count > 1 ? MatchProfile.terms($0[1]) : [] },
                titleTerms: data.first.map { MatchProfile.terms(Substring($0)) } ?? [],
                fields: IndexedTerms(title: padded(4), errors: padded(5), summary: padded(6), body: padded(7))))
        }
        let order = settings.site.languages
        return profiles.sorted { (order.firstIndex(of: $0.language) ?? 99) < (order.firstIndex(of: $1.language) ?? 99) }
    }

    /// The article id of a row.
    public func articleID(rowID: Int64) throws -> String? {
        defer { database.finishReads() }
        let statement = try database.prepare("SELECT id FROM articles WHERE rowid = ?1")
        try statement.bind([.integer(rowID)])
        return try statement.step() ? statement.text(0) : nil
    }
}
