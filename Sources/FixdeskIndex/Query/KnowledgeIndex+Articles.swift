import FixdeskContent

/// Reading articles and the codes they claim.
extension KnowledgeIndex {
    static let articleColumns = "rowid, id, lang, section, slug, title, summary, codes, errors, steps, tags, body_text, updated, path, related"

    static func article(from row: Statement) -> IndexedArticle {
        IndexedArticle(rowID: row.int(0), id: row.text(1), language: row.text(2), section: row.text(3), slug: row.text(4),
                       title: row.text(5), summary: row.text(6), codes: ListCoding.decode(row.text(7)),
                       errors: ListCoding.decode(row.text(8)), steps: ListCoding.decode(row.text(9)),
                       tags: ListCoding.decode(row.text(10)), bodyText: row.text(11), updated: row.text(12), path: row.text(13),
                       related: ListCoding.decode(row.text(14)))
    }

    /// Every translation of the article `id`, in the site's language order.
    public func translations(of id: String) throws -> [IndexedArticle] {
        defer { database.finishReads() }
        let statement = try database.prepare("SELECT \(Self.articleColumns) FROM articles WHERE id = ?1")
        try statement.bind([.text(id)])
        var result: [IndexedArticle] = []
        while try statement.step() { result.append(Self.article(from: statement)) }
        return inLanguageOrder(result, language: \.language)
    }

    /// `items` in the site's language order; languages the site does not list last.
    func inLanguageOrder<Item>(_ items: [Item], language: (Item) -> String) -> [Item] {
        let order = settings.site.languages
        return items.sorted { (order.firstIndex(of: language($0)) ?? order.count) < (order.firstIndex(of: language($1)) ?? order.count) }
    }

    /// The article in `language`, or in another language when it has no such translation.
    public func article(id: String, preferring language: String) throws -> IndexedArticle? {
        do {
            defer { database.finishReads() }
            let statement = try database.prepare("SELECT \(Self.articleColumns) FROM articles WHERE id = ?1 AND lang = ?2")
            try statement.bind([.text(id), .text(language)])
            if try statement.step() { return Self.article(from: statement) }
        }
        // No translation in `language`: the default language's, or the first there is.
        let all = try translations(of: id)
        return all.first { $0.language == settings.site.defaultLanguage } ?? all.first
    }

    public func article(rowID: Int64) throws -> IndexedArticle? {
        defer { database.finishReads() }
        let statement = try database.prepare("SELECT \(Self.articleColumns) FROM articles WHERE rowid = ?1")
        try statement.bind([.integer(rowID)])
        return try statement.step() ? Self.article(from: statement) : nil
    }

    /// Ids of the articles that claim `code` (`131047`, `twilio:63016`); ranges like `200-299` included.
    public func articleIDs(claiming code: String) throws -> [String] {
        defer { database.finishReads() }
        let key = code.lowercased()
        let statement = try database.prepare(
            "SELECT DISTINCT a.id FROM codes c JOIN articles a ON a.rowid = c.article WHERE c.code = ?1 ORDER BY a.id")
        try statement.bind([.text(key)])
        var ids: [String] = []
        while try statement.step() { ids.append(statement.text(0)) }
        if ids.isEmpty, let number = Int(key) {
            let ranges = try database.prepare(
                "SELECT DISTINCT c.code, a.id FROM codes c JOIN articles a ON a.rowid = c.article WHERE c.code LIKE '%-%' AND c.code NOT LIKE '%:%'")
            while try ranges.step() {
                if let range = ErrorCode.range(ranges.text(0)), range.contains(number) { ids.append(ranges.text(1)) }
            }
        }
        return ids
    }

    /// Every code the catalog knows, lowercased.
    public func allCodes() throws -> Set<String> {
        defer { database.finishReads() }
        let statement = try database.prepare("SELECT DISTINCT code FROM codes")
        var codes: Set<String> = []
        while try statement.step() { codes.insert(statement.text(0)) }
        return codes
    }
}
