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
    /// `titleTerms` and `errorTerms` are the analyser's terms (`TextAnalyzer.terms(in:)`) of the title and each error.
    static func encode(titleTerms: [String], errors: [String], errorTerms: [[String]]) -> String {
        let encodedErrors = zip(errors, errorTerms).map { error, terms in
            LiteralText.normalize(error) + "\t" + terms.filter { !isNumber($0) }.joined(separator: " ")
        }
        return ListCoding.encode([titleTerms.joined(separator: " ")] + encodedErrors)
    }

    /// Whether every character of `term` is a number; digits are checked by byte.
    private static func isNumber(_ term: String) -> Bool {
        if term.utf8.allSatisfy({ $0 < 0x80 }) { return term.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
        return term.allSatisfy(\.isNumber)
    }

    static func terms(_ text: Substring) -> [String] {
        text.utf8.split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self) }
    }
}

extension KnowledgeIndex {
    /// The analysed terms an article was indexed with, per field.
    public struct IndexedTerms: Sendable {
        /// Each field's terms as UTF-8, separated by single spaces, with a space at each end: a term is
        /// present when ` term ` occurs.
        public var title: [UInt8]
        public var errors: [UInt8]
        public var summary: [UInt8]
        public var body: [UInt8]
    }

    /// The match profiles of every translation of the articles `ids`, by id, in the site's language order.
    public func matchProfiles(of ids: [String]) throws -> [String: [MatchProfile]] {
        defer { database.finishReads() }
        let statement = try database.prepare("""
            SELECT a.rowid, a.lang, a.errors, a.match_data, t.title, t.errors, t.summary, t.body, a.id
            FROM articles a JOIN article_terms t ON t.rowid = a.rowid
            WHERE a.id IN (SELECT value FROM json_each(?1)) ORDER BY a.rowid
            """)
        try statement.bind([.text(ListCoding.encode(ids))])
        var profiles: [String: [MatchProfile]] = [:]
        while try statement.step() {
            let data = ListCoding.decode(statement.text(3))
            // Each error is its normalized text, a tab, its terms; the tab is found by byte.
            let errors = data.dropFirst().map { error -> [Substring] in
                guard let tab = error.utf8.firstIndex(of: 0x09) else { return [Substring(error)] }
                return [error[..<tab], error[error.utf8.index(after: tab)...]]
            }
            func padded(_ column: Int32) -> [UInt8] { statement.textBytes(column, padding: 0x20) }
            profiles[statement.text(8), default: []].append(MatchProfile(
                rowID: statement.int(0), language: statement.text(1), errors: ListCoding.decode(statement.text(2)),
                errorLiterals: errors.map { String($0[0]) },
                errorTerms: errors.map { $0.count > 1 ? MatchProfile.terms($0[1]) : [] },
                titleTerms: data.first.map { MatchProfile.terms(Substring($0)) } ?? [],
                fields: IndexedTerms(title: padded(4), errors: padded(5), summary: padded(6), body: padded(7))))
        }
        return profiles.mapValues { inLanguageOrder($0, language: \.language) }
    }

    /// The article ids of rows, by row id.
    public func articleIDs(rowIDs: [Int64]) throws -> [Int64: String] {
        defer { database.finishReads() }
        let statement = try database.prepare("SELECT rowid, id FROM articles WHERE rowid IN (SELECT value FROM json_each(?1))")
        try statement.bind([.text("[" + rowIDs.map(String.init).joined(separator: ",") + "]")])
        var ids: [Int64: String] = [:]
        while try statement.step() { ids[statement.int(0)] = statement.text(1) }
        return ids
    }
}
