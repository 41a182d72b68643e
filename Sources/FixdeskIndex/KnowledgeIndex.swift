import Foundation
import FixdeskAnalysis
import FixdeskContent

/// The SQLite index of a content folder: opened fresh on every command, refreshed when content changed.
///
/// ```swift
/// let index = try KnowledgeIndex.open(at: ".fixdesk/index.sqlite", content: ContentLoader(directory: url))
/// let results = try index.search("şablon duraklatıldı", language: "tr")
/// ```
public final class KnowledgeIndex {
    let database: Database
    public let analyzers: AnalyzerSet
    public let settings: ContentLoader.Settings
    /// What opening the index had to do.
    public let refresh: RefreshReport
    /// How many articles the index holds, counted on first use: the index does not change while it is open.
    private var countedArticles: Int?
    /// What FTS5's vocabulary answered, remembered while the index is open: `fts5vocab` counts a term's
    /// articles by reading the term's whole list of rows, which for a word in most of 40,000 articles
    /// takes most of a millisecond.
    var documentCounts: [String: Int] = [:]
    var vocabularyByInitial: [Unicode.Scalar: [VocabularyTerm]] = [:]

    init(database: Database, analyzers: AnalyzerSet, settings: ContentLoader.Settings, refresh: RefreshReport) {
        self.database = database
        self.analyzers = analyzers
        self.settings = settings
        self.refresh = refresh
    }

    /// Opens the index at `path`, building it on first use and refreshing what changed in the content.
    public static func open(at path: String, content loader: ContentLoader) throws(FixdeskError) -> KnowledgeIndex {
        let files = try loader.listFiles()
        var settingsBytes = Array("\(IndexSchema.version)\n\(loader.directory.path)\n\(loader.displayRoot)\n".utf8)
        for file in files where file.relativePath.hasSuffix(".yml") {
            settingsBytes += Array(file.relativePath.utf8)
            settingsBytes += (try? Data(contentsOf: loader.directory.appendingPathComponent(file.relativePath))) ?? Data()
        }
        let settingsHash = ContentHash.of(settingsBytes)
        do {
            let folder = (path as NSString).deletingLastPathComponent
            try FileManager.default.createDirectory(atPath: folder.isEmpty ? "." : folder, withIntermediateDirectories: true)
            // Unchanged settings files: reuse the settings parsed when the index was built.
            if let database = try? openCompatible(at: path, settingsHash: settingsHash),
               let settings = try? storedSettings(in: database) {
                defer { database.finishReads() }
                let builder = try IndexBuilder(loader: loader, files: files, settings: settings,
                                               analyzers: analyzers(for: settings), settingsHash: settingsHash)
                let report = try builder.refresh(database)
                return KnowledgeIndex(database: database, analyzers: builder.analyzers, settings: settings, refresh: report)
            }
            let settings = try loader.loadSettings(files: files)
            let builder = try IndexBuilder(loader: loader, files: files, settings: settings,
                                           analyzers: analyzers(for: settings), settingsHash: settingsHash)
            let report = try builder.rebuild(at: path)
            let database = try Database(path: path, create: false)
            return KnowledgeIndex(database: database, analyzers: builder.analyzers, settings: settings, refresh: report)
        } catch let error as FixdeskError {
            throw error
        } catch {
            throw FixdeskError(.io, "Cannot build the index at '\(path)': \(error).")
        }
    }

    static func analyzers(for settings: ContentLoader.Settings) throws(FixdeskError) -> AnalyzerSet {
        do {
            return try AnalyzerSet(profiles: settings.site.languages.compactMap { settings.languages[$0]?.profile })
        } catch {
            throw FixdeskError(.content, "\(error)")
        }
    }

    private static func storedSettings(in database: Database) throws -> ContentLoader.Settings? {
        defer { database.finishReads() }
        let statement = try database.prepare("SELECT value FROM meta WHERE key = 'settings_json'")
        guard try statement.step() else { return nil }
        return try JSONDecoder().decode(ContentLoader.Settings.self, from: Data(statement.text(0).utf8))
    }

    /// The database at `path` if it exists, has this schema version and was built from the same settings.
    private static func openCompatible(at path: String, settingsHash: String) throws -> Database? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let database = try Database(path: path, create: false)
        guard database.userVersion == IndexSchema.version else { return nil }
        let statement = try database.prepare("SELECT value FROM meta WHERE key = 'settings_hash'")
        // A file that is not a database fails here; a full integrity check would read every
        // page on every command, which costs more than the command itself on a large catalog.
        guard try statement.step(), statement.text(0) == settingsHash else { return nil }
        database.finishReads()
        return database
    }

    // MARK: Reading articles

    static let articleColumns = "rowid, id, lang, section, slug, title, summary, codes, errors, steps, tags, body_text, updated, path"

    static func article(from row: Statement) -> IndexedArticle {
        IndexedArticle(rowID: row.int(0), id: row.text(1), language: row.text(2), section: row.text(3), slug: row.text(4),
                       title: row.text(5), summary: row.text(6), codes: ListCoding.decode(row.text(7)),
                       errors: ListCoding.decode(row.text(8)), steps: ListCoding.decode(row.text(9)),
                       tags: ListCoding.decode(row.text(10)), bodyText: row.text(11), updated: row.text(12), path: row.text(13))
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

    /// Counted once per opened index: `count(*)` walks a whole index of the table, about half a
    /// millisecond at 40,000 articles, and the matcher asks on every paste.
    public var articleCount: Int {
        if let countedArticles { return countedArticles }
        defer { database.finishReads() }
        let count = (try? database.prepare("SELECT count(*) FROM articles").singleInt()) ?? 0
        countedArticles = count
        return count
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

    /// In how many articles each term occurs (0 for terms the index does not know), from FTS5's own
    /// vocabulary; the terms not asked before are looked up in one statement over a JSON array of them.
    public func documentFrequencies(of terms: some Sequence<String>) throws -> [String: Int] {
        let wanted = Set(terms)
        let missing = wanted.filter { documentCounts[$0] == nil }
        if !missing.isEmpty {
            defer { database.finishReads() }
            let statement = try database.prepare("""
                SELECT j.value, coalesce(v.doc, 0) FROM json_each(?1) j LEFT JOIN article_vocab v ON v.term = j.value
                """)
            try statement.bind([.text(ListCoding.encode(Array(missing)))])
            while try statement.step() { documentCounts[statement.text(0)] = Int(statement.int(1)) }
        }
        var result: [String: Int] = [:]
        for term in wanted { result[term] = documentCounts[term] ?? 0 }
        return result
    }

    /// An indexed term as letters, for typo comparisons.
    struct VocabularyTerm {
        var text: String
        var letters: [Character]
    }

    /// The indexed terms that start with `initial`, the commonest first (ties in term order).
    func vocabulary(startingWith initial: Unicode.Scalar) throws -> [VocabularyTerm] {
        if let known = vocabularyByInitial[initial] { return known }
        defer { database.finishReads() }
        guard let next = Unicode.Scalar(initial.value + 1) else { return [] }
        let statement = try database.prepare(
            "SELECT term, doc FROM article_vocab WHERE term >= ?1 AND term < ?2 ORDER BY doc DESC, term")
        try statement.bind([.text(String(initial)), .text(String(next))])
        var terms: [VocabularyTerm] = []
        while try statement.step() {
            let text = statement.text(0)
            documentCounts[text] = Int(statement.int(1))
            terms.append(VocabularyTerm(text: text, letters: Array(text)))
        }
        vocabularyByInitial[initial] = terms
        return terms
    }
}
