import FixdeskContent

/// One translation of an article as the index holds it for FTS5: its title and literal error texts as
/// written, and the analysed terms of each `article_terms` column.
public struct ArticleTerms: Sendable {
    /// The terms FTS5 indexes, per column, as stored: UTF-8, separated by single spaces.
    public struct Columns: Sendable {
        public var title: [UInt8]
        public var errors: [UInt8]
        public var codes: [UInt8]
        public var summary: [UInt8]
        public var body: [UInt8]
    }

    public var id: String
    public var language: String
    public var title: String
    public var errors: [String]
    /// The analysed terms of the title and of each error text, stored when the article was indexed.
    public var literalTerms: LiteralTerms
    public var columns: Columns
}

/// What the index offers a reader that ranks articles itself: FTS5's candidates as article ids, and the
/// articles' analysed terms.
extension KnowledgeIndex {
    /// Ids of the articles whose rows best match `query`, best first, each once. FTS5 ranks the rows
    /// (`rankedRows`); an article has a row per translation, so the best `limit` articles are among the
    /// best `limit` × languages rows.
    public func rankedArticleIDs(_ query: FTSQuery, matchAll: Bool, limit: Int) throws -> [String] {
        let rows = try rankedRows(query, matchAll: matchAll, limit: limit * max(1, settings.site.languages.count))
        let idsByRow = try articleIDs(rowIDs: rows.map(\.0))
        var ids: [String] = []
        var seen: Set<String> = []
        for (rowID, _) in rows {
            guard let id = idsByRow[rowID], seen.insert(id).inserted else { continue }
            ids.append(id)
            if ids.count == limit { break }
        }
        return ids
    }

    /// Every translation of the articles `ids` with its analysed terms, by id, in the site's language order.
    public func articleTerms(of ids: [String]) throws -> [String: [ArticleTerms]] {
        defer { database.finishReads() }
        let statement = try database.prepare("""
            SELECT a.id, a.lang, a.title, a.errors, t.title, t.errors, t.codes, t.summary, t.body, a.literal_terms
            FROM articles a JOIN article_terms t ON t.rowid = a.rowid
            WHERE a.id IN (SELECT value FROM json_each(?1)) ORDER BY a.rowid
            """)
        try statement.bind([.text(ListCoding.encode(ids))])
        var articles: [String: [ArticleTerms]] = [:]
        while try statement.step() {
            let id = statement.text(0)
            let errors: [String] = ListCoding.decode(statement.text(3))
            articles[id, default: []].append(ArticleTerms(
                id: id, language: statement.text(1), title: statement.text(2),
                errors: errors, literalTerms: LiteralTerms(decoding: statement.text(9), errorCount: errors.count),
                columns: ArticleTerms.Columns(title: statement.textBytes(4), errors: statement.textBytes(5),
                                              codes: statement.textBytes(6), summary: statement.textBytes(7),
                                              body: statement.textBytes(8))))
        }
        return articles.mapValues { inLanguageOrder($0, language: \.language) }
    }

    /// The article ids of rows, by row id.
    private func articleIDs(rowIDs: [Int64]) throws -> [Int64: String] {
        defer { database.finishReads() }
        let statement = try database.prepare("SELECT rowid, id FROM articles WHERE rowid IN (SELECT value FROM json_each(?1))")
        try statement.bind([.text("[" + rowIDs.map(String.init).joined(separator: ",") + "]")])
        var ids: [Int64: String] = [:]
        while try statement.step() { ids[statement.int(0)] = statement.text(1) }
        return ids
    }
}
