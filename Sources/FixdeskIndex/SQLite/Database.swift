internal import CSQLite

/// A connection to one SQLite database file. Not shared across threads.
///
/// Related SQLite documentation: https://sqlite.org/c3ref/intro.html
final class Database {
    private(set) var handle: OpaquePointer?

    /// Process-wide settings, made once before the first connection opens.
    private static let configured: Void = { _ = fixdesk_sqlite_disable_memory_statistics() }()

    /// Opens (or with `create`, creates) the database at `path`.
    /// `readOnly` opens an index that cannot be written (a read-only folder) to answer from it as it is.
    init(path: String, create: Bool = true, readOnly: Bool = false) throws(SQLiteError) {
        Self.configured
        var flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE
        if create && !readOnly { flags |= SQLITE_OPEN_CREATE }
        var connection: OpaquePointer?
        let status = sqlite3_open_v2(path, &connection, flags | SQLITE_OPEN_NOMUTEX, nil)
        guard status == SQLITE_OK, let connection else {
            let message = connection.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            sqlite3_close_v2(connection)
            throw SQLiteError(code: status, message: message, sql: nil)
        }
        handle = connection
        sqlite3_busy_timeout(connection, 5_000)
    }

    deinit {
        statements.removeAll()
        sqlite3_close_v2(handle)
    }

    /// Runs one or more statements that take no parameters.
    func execute(_ sql: String) throws(SQLiteError) {
        var errorMessage: UnsafeMutablePointer<CChar>?
        let status = sqlite3_exec(handle, sql, nil, nil, &errorMessage)
        if status != SQLITE_OK {
            let message = errorMessage.map { String(cString: $0) } ?? lastErrorMessage
            sqlite3_free(errorMessage)
            throw SQLiteError(code: status, message: message, sql: sql)
        }
    }

    private var statements: [String: Statement] = [:]

    /// A prepared statement for `sql`, reused across calls (reset and rebound on each use).
    func prepare(_ sql: String) throws(SQLiteError) -> Statement {
        if let cached = statements[sql] { return cached }
        let statement = try Statement(database: self, sql: sql)
        statements[sql] = statement
        return statement
    }

    /// Resets every cached statement, so that none keeps a read lock that would block other connections' writes.
    func finishReads() {
        for statement in statements.values { statement.reset() }
    }

    /// Runs `body` in a transaction: committed when it returns, rolled back when it throws.
    func transaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    /// Runs `body` in one read transaction: its statements share one shared lock and one check that the file
    /// is unchanged, where each would otherwise take and release them (system calls and a header read per
    /// statement). Inside a transaction already, `body` simply joins it.
    func reading<T>(_ body: () throws -> T) throws -> T {
        guard sqlite3_get_autocommit(handle) != 0 else { return try body() }
        try execute("BEGIN")
        defer { try? execute("COMMIT") }
        return try body()
    }

    /// The row id the last INSERT on this connection gave its row.
    var lastInsertedRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    var lastErrorMessage: String { String(cString: sqlite3_errmsg(handle)) }

    var userVersion: Int {
        get { (try? prepare("PRAGMA user_version").singleInt()) ?? 0 }
    }
}
