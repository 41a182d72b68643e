import Foundation
import FixdeskAnalysis
import FixdeskContent

/// What a refresh did, for `fixdesk index` to report.
public struct RefreshReport: Sendable, Equatable {
    public var rebuilt: Bool
    public var added: Int
    public var changed: Int
    public var removed: Int
    public var articles: Int

    public var isNoop: Bool { !rebuilt && added == 0 && changed == 0 && removed == 0 }
}

/// Builds the index from scratch into a temporary file and renames it into place, or refreshes it
/// in one transaction, re-analysing only the files whose content changed.
///
/// Either way a reader sees the old index or the new one, never a half-built one.
struct IndexBuilder {
    var loader: ContentLoader
    var files: [ContentFile]
    var settings: ContentLoader.Settings
    var analyzers: AnalyzerSet
    var settingsHash: String
    /// A build hands files to its threads in chunks of this many, and starts a chunk only while fewer than
    /// `chunksAhead` × threads chunks wait to be written (see `prepareInParallel`).
    var chunkSize = 64
    var chunksAhead = 16

    /// Builds a fresh index at `path`: aside, then renamed over it (see `IndexFile`).
    func rebuild(at path: String) throws -> RefreshReport {
        try IndexFile(path: path).replace { temporary in try rebuild(into: temporary) }
    }

    /// Builds a fresh index in the new file `temporary`.
    func rebuild(into temporary: String) throws -> RefreshReport {
        let articleFiles = articleFiles
        do {
            let database = try Database(path: temporary)
            try database.execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;")
            try database.execute(IndexSchema.create)
            try database.transaction {
                let writer = try ArticleWriter(database: database, analyzers: analyzers)
                // Row ids are the files' positions, so that a build of the same files gives the same rows.
                try prepareInParallel(articleFiles) { position, item in
                    try writer.recordFile(item.file, hash: item.hash)
                    if let article = item.article { try writer.insert(article, rowID: Int64(position + 1)) }
                }
                try TermDocumentCounts.copyVocabulary(in: database)
                try writer.setMeta("settings_hash", settingsHash)
                try StoredSettings.write(settings, to: database)
                try writer.setMeta("files_fingerprint", Self.fingerprint(of: articleFiles))
            }
            try database.execute("PRAGMA optimize;")
        }
        return RefreshReport(rebuilt: true, added: 0, changed: 0, removed: 0, articles: articleFiles.count)
    }

    /// One hash of every article file's path, size and modification time: equal means nothing to refresh.
    static func fingerprint(of articleFiles: [ContentFile]) -> String {
        var hash = ContentHash.Running()
        for file in articleFiles {
            hash.add(file.relativePath)
            hash.add(Int64(file.size))
            hash.add(file.modified)
        }
        return hash.value
    }

    /// Brings an existing, compatible index up to date with the files.
    func refresh(_ database: Database) throws -> RefreshReport {
        defer { database.finishReads() }
        let current = articleFiles
        let fingerprint = Self.fingerprint(of: current)
        let stored = try database.prepare("SELECT value FROM meta WHERE key = 'files_fingerprint'")
        let unchanged = try stored.step() && stored.text(0) == fingerprint
        database.finishReads()
        if unchanged {
            return RefreshReport(rebuilt: false, added: 0, changed: 0, removed: 0, articles: try database.prepare("SELECT count(*) FROM files").singleInt())
        }
        return try refreshFiles(database, current: current, fingerprint: fingerprint)
    }

    /// Re-reads what changed among the article files `current` and records `fingerprint`, all in one
    /// transaction (one commit).
    private func refreshFiles(_ database: Database, current: [ContentFile], fingerprint: String) throws -> RefreshReport {
        let changes = try FileChanges.compare(current, with: database)
        let removed = changes.removed
        var touched: [(ContentFile, String, isNew: Bool)] = []
        var onlyTimestamps: [(ContentFile, String)] = []
        for candidate in changes.candidates {
            let file = candidate.file
            let hash = ContentHash.ofFile(at: url(of: file)) ?? ""
            if let storedHash = candidate.storedHash {
                if hash == storedHash { onlyTimestamps.append((file, hash)) } else { touched.append((file, hash, false)) }
            } else {
                touched.append((file, hash, true))
            }
        }
        let report = RefreshReport(rebuilt: false, added: touched.filter(\.isNew).count,
                                   changed: touched.filter { !$0.isNew }.count, removed: removed.count,
                                   articles: current.count)
        try database.transaction {
            let counts = TermDocumentCounts()
            let writer = try ArticleWriter(database: database, analyzers: analyzers, counts: counts)
            try writer.setMeta("files_fingerprint", fingerprint)
            if touched.isEmpty && removed.isEmpty && onlyTimestamps.isEmpty { return }
            for path in removed { try writer.delete(relativePath: path, displayPath: loader.displayPath(path)) }
            for (file, hash) in onlyTimestamps { try writer.recordFile(file, hash: hash) }
            for (file, hash, _) in touched {
                try writer.delete(relativePath: file.relativePath, displayPath: loader.displayPath(file.relativePath))
                try writer.recordFile(file, hash: hash)
                if let article = loader.loadArticle(file, settings: settings) {
                    try writer.insert(PreparedArticle.prepare(article, analyzers: analyzers), rowID: nil)
                }
            }
            try counts.apply(to: database)
        }
        return report
    }

    typealias PreparedFile = (file: ContentFile, hash: String, article: PreparedArticle?)

    /// Reads, parses and analyses the files on every core and hands them to `consume` with their position,
    /// in the files' order, so that writing the index overlaps the parsing. This thread writes, and between
    /// writes prepares chunks too: one thread per core, none of them left waiting for the others.
    private func prepareInParallel(_ articleFiles: [ContentFile], consume: (Int, PreparedFile) throws -> Void) throws {
        let count = articleFiles.count
        guard count > 0 else { return }
        let chunkSize = self.chunkSize
        let chunkCount = (count + chunkSize - 1) / chunkSize
        let workers = max(0, min(ProcessInfo.processInfo.activeProcessorCount - 1, 7, chunkCount - 1))
        let schedule = ChunkSchedule(chunkCount: chunkCount, window: chunksAhead * (workers + 1))
        let slots = UnsafeMutableBufferPointer<PreparedFile?>.allocate(capacity: count)
        slots.initialize(repeating: nil)
        let finished = DispatchGroup()
        defer {
            // After an error, the workers finish the chunks they hold before the buffer is freed.
            schedule.cancel()
            finished.wait()
            slots.deinitialize()
            slots.deallocate()
        }
        let (loader, settings) = (self.loader, self.settings)
        let profiles = settings.site.languages.compactMap { settings.languages[$0]?.profile }
        nonisolated(unsafe) let output = slots
        /// Prepares one chunk into its slots.
        @Sendable func prepare(_ chunk: Int, analyzers: AnalyzerSet?) {
            for position in (chunk * chunkSize)..<min(count, (chunk + 1) * chunkSize) {
                let file = articleFiles[position]
                // Read once: the same bytes are hashed and parsed.
                let contents = try? ContentFile.readBytes(atPath: loader.absolutePath(of: file.relativePath),
                                                          displayPath: file.relativePath).get()
                var prepared: PreparedArticle?
                if let analyzers, let article = contents.flatMap({ loader.loadArticle(file, settings: settings, contents: $0) }) {
                    prepared = PreparedArticle.prepare(article, analyzers: analyzers)
                }
                output[position] = (file, contents.map(ContentHash.of) ?? "", prepared)
            }
            schedule.markReady(chunk)
        }
        for _ in 0..<workers {
            DispatchQueue.global().async(group: finished) {
                // Each thread has its own analyzers: they cache stems.
                let analyzers = try? AnalyzerSet(profiles: profiles)
                while let chunk = schedule.claim(wait: true) { prepare(chunk, analyzers: analyzers) }
            }
        }
        let analyzers = try? AnalyzerSet(profiles: profiles)
        var written = 0
        while written < chunkCount {
            if !schedule.isReady(written) {
                // Prepare a chunk rather than wait, while the window has room.
                if let chunk = schedule.claim(wait: false) {
                    prepare(chunk, analyzers: analyzers)
                    continue
                }
                schedule.waitUntilReady(written)
            }
            for position in (written * chunkSize)..<min(count, (written + 1) * chunkSize) {
                if let item = slots[position] { try consume(position, item) }
                slots[position] = nil
            }
            written += 1
            schedule.markWritten(upTo: written)
        }
    }

    /// The files that are articles; computed once per build or refresh, as each file's test runs on every command.
    private var articleFiles: [ContentFile] { files.filter(isArticle) }

    /// `<lang>/<section>/<slug>.md`: two slashes, counted without splitting (this runs for every file on every command).
    private func isArticle(_ file: ContentFile) -> Bool {
        file.relativePath.hasSuffix(".md")
            && file.relativePath.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "/") ? 1 : 0) } == 2
    }

    private func url(of file: ContentFile) -> URL { loader.directory.appendingPathComponent(file.relativePath) }
}

/// Inserts and deletes articles with prepared statements.
struct ArticleWriter {
    let database: Database
    let analyzers: AnalyzerSet
    let insertArticle: Statement
    let insertCode: Statement
    let insertTerms: Statement
    let upsertFile: Statement
    let deleteTerms: Statement
    let deleteCodes: Statement
    let deleteArticle: Statement
    let deleteFile: Statement
    /// What a refresh tallies of the rows it writes, to keep `term_docs` right; nil in a build, which
    /// copies FTS5's vocabulary once at the end.
    let counts: TermDocumentCounts?

    init(database: Database, analyzers: AnalyzerSet, counts: TermDocumentCounts? = nil) throws {
        self.database = database
        self.analyzers = analyzers
        self.counts = counts
        insertArticle = try database.prepare("""
            INSERT INTO articles(rowid, path, id, lang, section, slug, title, summary, codes, errors, steps, tags, related, body_text, updated,
                                 snippet_words, literal_terms)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)
            """)
        insertCode = try database.prepare("INSERT INTO codes(code, article) VALUES (?1, ?2)")
        insertTerms = try database.prepare(
            "INSERT INTO article_terms(rowid, title, errors, codes, summary, body) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        upsertFile = try database.prepare(
            "INSERT OR REPLACE INTO files(path, size, modified, hash) VALUES (?1, ?2, ?3, ?4)")
        deleteTerms = try database.prepare("DELETE FROM article_terms WHERE rowid = ?1")
        deleteCodes = try database.prepare("DELETE FROM codes WHERE article = ?1")
        deleteArticle = try database.prepare("DELETE FROM articles WHERE rowid = ?1")
        deleteFile = try database.prepare("DELETE FROM files WHERE path = ?1")
    }

    /// Inserts the article under `rowID`, or the next free row id when nil; returns the row id.
    @discardableResult
    func insert(_ article: PreparedArticle, rowID: Int64?) throws -> Int64 {
        try insertArticle.run([
            rowID.map(Statement.Value.integer) ?? .null,
            .text(article.path), .text(article.id), .text(article.language), .text(article.section), .text(article.slug),
            .text(article.title), .text(article.summary), .text(article.encodedCodes),
            .text(article.encodedErrors), .text(article.encodedSteps),
            .text(article.encodedTags), .text(article.encodedRelated), .text(article.bodyText), .text(article.updated),
            .text(article.snippetWords), .text(article.literalTerms),
        ])
        let row = rowID ?? database.lastInsertedRowID
        for code in article.codeKeys {
            try insertCode.run([.text(code), .integer(row)])
        }
        try insertTerms.run([
            .integer(row), .utf8(article.fields[0]), .utf8(article.fields[1]),
            .utf8(article.fields[2]), .utf8(article.fields[3]), .utf8(article.fields[4]),
        ])
        counts?.inserting(article.fields)
        return row
    }

    /// Deletes a file's article, if it had one, and the file's record.
    func delete(relativePath: String, displayPath: String) throws {
        let find = try database.prepare("SELECT rowid FROM articles WHERE path = ?1")
        try find.bind([.text(displayPath)])
        if try find.step() {
            let rowID = find.int(0)
            find.reset()
            if let counts {
                let columns = try database.prepare("SELECT title, errors, codes, summary, body FROM article_terms WHERE rowid = ?1")
                try columns.bind([.integer(rowID)])
                if try columns.step() { counts.deleting((0..<Int32(IndexSchema.fieldWeights.count)).map { columns.textBytes($0) }) }
                columns.reset()
            }
            try deleteTerms.run([.integer(rowID)])
            try deleteCodes.run([.integer(rowID)])
            try deleteArticle.run([.integer(rowID)])
        }
        try deleteFile.run([.text(relativePath)])
    }

    func recordFile(_ file: ContentFile, hash: String) throws {
        try upsertFile.run([.text(file.relativePath), .integer(Int64(file.size)), .integer(file.modified), .text(hash)])
    }

    func setMeta(_ key: String, _ value: String) throws {
        try database.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES (?1, ?2)").run([.text(key), .text(value)])
    }
}
