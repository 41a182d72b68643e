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
    /// How many articles the index holds, counted on first use: the index does not change while it is open.
    private var countedArticles: Int?
    /// What `term_docs` answered, remembered while the index is open: a paste asks for the same
    /// terms' counts at several stages of a match.
    var documentCounts: [String: Int] = [:]
    var vocabularyByInitial: [Unicode.Scalar: [VocabularyTerm]] = [:]
    /// The languages' synonym groups as terms, analysed on the first search.
    lazy var synonymTable = SynonymTable(settings: settings, analyzers: analyzers)

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
           let settings = storedSettings(in: database, path: path, notes: &notes) {
            defer { database.finishReads() }
            do {
                let builder = try IndexBuilder(loader: loader, files: files, settings: settings,
                                               analyzers: analyzers(for: settings), settingsHash: settingsHash)
                let report = try builder.refresh(database)
                return KnowledgeIndex(database: database, analyzers: builder.analyzers, settings: settings, refresh: report,
                                      warnings: leftOutWarning(database).map { [$0] } ?? [])
            } catch let error as SQLiteError where error.meansDamage {
                notes.append(damageNote(path: path, error: error))
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
        try StoredSettings.read(from: database)
    }

    /// What is said on standard error when a damaged index was rebuilt.
    private static func damageNote(path: String, error: SQLiteError) -> String {
        "the index at '\(path)' was damaged (\(error.message)); it has been rebuilt."
    }

    /// The stored settings, or nil (a rebuild follows); when they are unreadable because the file is
    /// damaged, the rebuild is said in `notes`. The lexicons' rows lie past the first pages, so a
    /// damaged file is often found here rather than by the refresh.
    private static func storedSettings(in database: Database, path: String, notes: inout [String]) -> ContentLoader.Settings? {
        do {
            return try storedSettings(in: database)
        } catch let error as SQLiteError where error.meansDamage {
            notes.append(damageNote(path: path, error: error))
        } catch {}
        return nil
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
