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
    /// What the user should hear about the index on standard error: articles left out, or why it is stale.
    public let warnings: [String]
    /// The ranker with every row's length, read on the first ranked query.
    private var loadedRanker: BM25Ranker?

    init(database: Database, analyzers: AnalyzerSet, settings: ContentLoader.Settings, refresh: RefreshReport,
         warnings: [String] = []) {
        self.database = database
        self.analyzers = analyzers
        self.settings = settings
        self.refresh = refresh
        self.warnings = warnings
    }

    /// Opens the index at `path`, building it on first use and refreshing what changed in the content.
    ///
    /// `rebuild` builds a new index even when the old one is current. A file at `path` that fixdesk did
    /// not make is never replaced; a damaged index is rebuilt; an index that cannot be refreshed (a
    /// read-only folder, a full disk) answers as it is, with a warning in `warnings`.
    public static func open(at path: String, content loader: ContentLoader, rebuild: Bool = false) throws(FixdeskError) -> KnowledgeIndex {
        let files = try loader.listFiles()
        var settingsBytes = Array("\(IndexSchema.version)\n\(loader.directory.path)\n\(loader.displayRoot)\n".utf8)
        for file in files where file.relativePath.hasSuffix(".yml") {
            settingsBytes += Array(file.relativePath.utf8)
            settingsBytes += (try? Data(contentsOf: loader.directory.appendingPathComponent(file.relativePath))) ?? Data()
        }
        let settingsHash = ContentHash.of(settingsBytes)
        let file = IndexFile(path: path)
        try file.checkReplaceable()
        file.removeStaleTemporaries()
        var failure = ""
        var notes: [String] = []
        // Unchanged settings files: reuse the settings parsed when the index was built.
        if !rebuild, let database = try? openCompatible(at: path, settingsHash: settingsHash),
           let settings = try? storedSettings(in: database) {
            defer { database.finishReads() }
            do {
                let builder = try IndexBuilder(loader: loader, files: files, settings: settings,
                                               analyzers: analyzers(for: settings), settingsHash: settingsHash)
                let report = try builder.refresh(database)
                return KnowledgeIndex(database: database, analyzers: builder.analyzers, settings: settings, refresh: report,
                                      warnings: leftOutWarning(database).map { [$0] } ?? [])
            } catch let error as SQLiteError where error.meansDamage {
                notes.append("the index at '\(path)' was damaged (\(error.message)); it has been rebuilt.")
            } catch let error as FixdeskError {
                throw error
            } catch {
                // A read-only folder or a full disk: the index as it is still answers.
                database.finishReads()
                return try stale(database, settings: settings, path: path, reason: IndexFile.reason(error))
            }
        }
        do {
            try file.createFolder()
            let settings = try loader.loadSettings(files: files)
            let builder = try IndexBuilder(loader: loader, files: files, settings: settings,
                                           analyzers: analyzers(for: settings), settingsHash: settingsHash)
            let report = try builder.rebuild(at: path)
            let database = try Database(path: path, create: false)
            return KnowledgeIndex(database: database, analyzers: builder.analyzers, settings: settings, refresh: report,
                                  warnings: notes + (leftOutWarning(database).map { [$0] } ?? []))
        } catch let error as FixdeskError where error.kind != .io {
            throw error
        } catch {
            failure = IndexFile.reason(error)
        }
        // The new index could not be written: answer from the previous one when there is one.
        if let database = try? Database(path: path, create: false, readOnly: true), database.userVersion == IndexSchema.version,
           IndexFile.hasEveryTable(database), let settings = try? storedSettings(in: database) {
            return try stale(database, settings: settings, path: path, reason: failure)
        }
        throw FixdeskError(.io, key: "error_index_build", ["path": path, "reason": failure.hasSuffix(".") ? String(failure.dropLast()) : failure],
                           english: "Cannot build the index at '{path}': {reason}.")
    }

    /// The index as it is, when it could not be brought up to date.
    private static func stale(_ database: Database, settings: ContentLoader.Settings, path: String,
                              reason: String) throws(FixdeskError) -> KnowledgeIndex {
        let warning = "the index at '\(path)' could not be brought up to date (\(reason)); answering from it as it was."
        return KnowledgeIndex(database: database, analyzers: try analyzers(for: settings), settings: settings,
                              refresh: RefreshReport(rebuilt: false, added: 0, changed: 0, removed: 0, articles: 0),
                              warnings: [warning])
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
        guard database.userVersion == IndexSchema.version, IndexFile.hasEveryTable(database) else { return nil }
        let statement = try database.prepare("SELECT value FROM meta WHERE key = 'settings_hash'")
        // A file that is not a database fails here; a full integrity check would read every
        // page on every command, which costs more than the command itself on a large catalog.
        guard try statement.step(), statement.text(0) == settingsHash else { return nil }
        database.finishReads()
        return database
    }

    func ranker() throws -> BM25Ranker {
        if let loadedRanker { return loadedRanker }
        let ranker = try BM25Ranker(lengths: PostingStore(database: database).lengths())
        loadedRanker = ranker
        return ranker
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

    /// Read from the document lengths, which hold one entry per article: `count(*)` walks a whole
    /// index of the table, about half a millisecond at 40,000 articles, on every match.
    public var articleCount: Int {
        if let count = try? ranker().lengths.rowCount { return count }
        defer { database.finishReads() }
        return (try? database.prepare("SELECT count(*) FROM articles").singleInt()) ?? 0
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

    /// In how many articles each term occurs (0 for terms the index does not know), all looked up in
    /// one statement over a JSON array of them.
    public func documentFrequencies(of terms: some Sequence<String>) throws -> [String: Int] {
        defer { database.finishReads() }
        let statement = try database.prepare("""
            SELECT j.value, coalesce(v.documents, 0) FROM json_each(?1) j LEFT JOIN vocabulary v ON v.term = j.value
            """)
        try statement.bind([.text(ListCoding.encode(Array(Set(terms))))])
        var result: [String: Int] = [:]
        while try statement.step() { result[statement.text(0)] = Int(statement.int(1)) }
        return result
    }

    /// Row ids of every translation of `id`.
    public func rowIDs(of id: String) throws -> [Int64] {
        try translations(of: id).map(\.rowID)
    }
}
