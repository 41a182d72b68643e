import Foundation
import FixdeskContent

/// The life of the index file on disk: which file may be replaced, where a new index is built and
/// how it takes the old one's place, which leftovers of killed builds are removed, and what counts
/// as damage that a rebuild repairs.
///
/// A new index is always built into `<path>.tmp-<pid>` and renamed over `path`, so the previous
/// index answers until the new one is complete, and a build that fails or is killed leaves it as it was.
struct IndexFile {
    /// Written into the SQLite header of every index fixdesk builds (`PRAGMA application_id`, "FXDK"),
    /// so that a file fixdesk did not make is recognised without trusting its name.
    static let applicationID: Int32 = 0x4658_444B
    /// The 16 bytes every SQLite database file starts with. https://sqlite.org/fileformat.html
    static let sqliteMagic = Array("SQLite format 3\0".utf8)
    /// Where the application id sits in the database header (big-endian).
    static let applicationIDOffset = 68

    let path: String

    var folder: String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }

    var temporaryPrefix: String { (path as NSString).lastPathComponent + ".tmp-" }

    var temporaryPath: String {
        (folder as NSString).appendingPathComponent(temporaryPrefix + String(getpid()))
    }

    // MARK: Which file may be replaced

    /// What is at `path` now.
    enum Occupant: Equatable {
        /// Nothing, or an empty file: nothing would be lost.
        case nothing
        case index
        /// Something fixdesk did not make, with why it is not an index.
        case foreign(String)
    }

    func occupant() -> Occupant {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .nothing }
        if (info.st_mode & S_IFMT) == S_IFDIR { return .foreign("it is a folder") }
        if (info.st_mode & S_IFMT) == S_IFLNK { return .foreign("it is a symbolic link") }
        guard (info.st_mode & S_IFMT) == S_IFREG else { return .foreign("it is not a regular file") }
        if info.st_size == 0 { return .nothing }
        guard let header = Self.readHeader(path), header.starts(with: Self.sqliteMagic) else {
            // In fixdesk's own folder (the default `.fixdesk/`), it is an index whose first page is damaged.
            return isInFixdeskFolder ? .index : .foreign("it is not an SQLite database")
        }
        let id = header[Self.applicationIDOffset..<Self.applicationIDOffset + 4].reduce(Int32(0)) { $0 << 8 | Int32($1) }
        if id == Self.applicationID || isInFixdeskFolder { return .index }
        // Indexes made before the application id was written have 0 there and a `meta` table.
        if id == 0, let database = try? Database(path: path, create: false, readOnly: true),
           (try? database.prepare("SELECT count(*) FROM meta WHERE key = 'settings_hash'").singleInt()) == 1 {
            return .index
        }
        return .foreign("it is a database that fixdesk did not make")
    }

    /// The folder fixdesk makes for its indexes by default; nothing else is kept there.
    static let defaultFolderName = ".fixdesk"

    var isInFixdeskFolder: Bool { (folder as NSString).lastPathComponent == Self.defaultFolderName }

    /// Refuses to go on when the file at `path` is not one fixdesk made: it is never overwritten.
    func checkReplaceable() throws(FixdeskError) {
        if case let .foreign(reason) = occupant() {
            throw FixdeskError(.usage, "--index '\(path)' names a file that is not a fixdesk index (\(reason)); it will not be replaced. Name a new file, or delete it yourself.")
        }
    }

    private static func readHeader(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var header = [UInt8](repeating: 0, count: 100)
        let count = header.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
        return count == header.count ? header : nil
    }

    // MARK: Building aside and renaming over

    /// Creates the folder of the index when missing.
    func createFolder() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    /// Runs `build` on a fresh temporary file, marks it as fixdesk's and renames it over `path`.
    /// The temporary file is removed when anything fails, so a full disk is not kept full.
    func replace<T>(_ build: (String) throws -> T) throws -> T {
        let temporary = temporaryPath
        removeTemporary(temporary)
        do {
            let result = try build(temporary)
            try Database(path: temporary, create: false).execute("PRAGMA application_id = \(Self.applicationID);")
            guard rename(temporary, path) == 0 else {
                throw FixdeskError(.io, "Cannot move the new index into place at '\(path)': \(String(cString: strerror(errno))).")
            }
            return result
        } catch {
            removeTemporary(temporary)
            throw error
        }
    }

    private func removeTemporary(_ temporary: String) {
        for suffix in ["", "-journal", "-wal", "-shm"] { unlink(temporary + suffix) }
    }

    /// Removes the temporary files of builds whose process is gone (killed, or the machine stopped).
    func removeStaleTemporaries() {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        let prefix = temporaryPrefix
        for name in names where name.hasPrefix(prefix) {
            let digits = name.dropFirst(prefix.count).prefix(while: \.isNumber)
            guard let pid = Int32(digits), pid != getpid(), !Self.isRunning(pid) else { continue }
            unlink((folder as NSString).appendingPathComponent(name))
        }
    }

    /// Whether a process with this id exists (EPERM: it does, under another user).
    static func isRunning(_ pid: pid_t) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }

    /// Why an operation on the index failed, in a few words on one line (SQLite's message without the statement).
    static func reason(_ error: any Error) -> String {
        switch error {
        case let error as SQLiteError: error.message
        case let error as FixdeskError: error.message
        default: SystemErrorReason.of(error)
        }
    }

    // MARK: Damage

    /// The tables an index must have, read from its DDL so that the list cannot drift from it. The DDL
    /// is split as bytes and only its `CREATE` lines as words: every command checks the tables, and
    /// splitting all of it into `Character`s was 1.4 M instructions of each.
    static let requiredTables: [String] = IndexSchema.create.utf8.split(separator: UInt8(ascii: "\n")).compactMap { line in
        let bytes = line.split(separator: UInt8(ascii: " "))
        guard let first = bytes.first, first.elementsEqual("CREATE".utf8) else { return nil }
        let words = bytes.map { String(decoding: $0, as: UTF8.self) }.filter { !["IF", "NOT", "EXISTS"].contains($0) }
        guard let position = words.firstIndex(of: "TABLE"), position + 1 < words.count else { return nil }
        return String(words[position + 1].prefix(while: { $0.isLetter || $0.isNumber || $0 == "_" }))
    }

    /// Whether every table of the schema is there: a dropped table is damage, found in one cheap query.
    static func hasEveryTable(_ database: Database) -> Bool {
        defer { database.finishReads() }
        let names = requiredTables.map { "'\($0)'" }.joined(separator: ", ")
        let count = try? database.prepare("SELECT count(*) FROM sqlite_schema WHERE name IN (\(names))").singleInt()
        return count == requiredTables.count
    }
}

extension SQLiteError {
    /// Whether the error means the index file is damaged (a page overwritten, a table dropped), which a
    /// rebuild repairs, rather than a failure to read or write it.
    public var meansDamage: Bool {
        let primary = code & 0xFF
        if primary == 11 || primary == 26 { return true } // SQLITE_CORRUPT, SQLITE_NOTADB
        return primary == 1 && (message.hasPrefix("no such table") || message.hasPrefix("no such column")
            || message.contains("malformed"))
    }
}

extension KnowledgeIndex {
    /// Reads every page of the index (`PRAGMA quick_check`) and checks its tables: what `fixdesk index`
    /// runs before it says the index is up to date. Too slow for every command, cheap for that one.
    public func isIntact() -> Bool {
        defer { database.finishReads() }
        guard IndexFile.hasEveryTable(database),
              let statement = try? database.prepare("PRAGMA quick_check"), (try? statement.step()) == true else { return false }
        return statement.text(0) == "ok"
    }

    /// What a command says on standard error about articles that could not be indexed, or nil.
    static func leftOutWarning(_ database: Database) -> String? {
        defer { database.finishReads() }
        let missing = (try? database.prepare("SELECT (SELECT count(*) FROM files) - (SELECT count(*) FROM articles)").singleInt()) ?? 0
        guard missing > 0 else { return nil }
        return "\(missing) article file(s) have problems and were left out of the index; `fixdesk lint` names them."
    }
}
