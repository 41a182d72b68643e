/// An error reported by SQLite, with the statement that caused it.
public struct SQLiteError: Error, Equatable, CustomStringConvertible {
    /// The primary result code, e.g. `SQLITE_CORRUPT` (11). https://sqlite.org/rescode.html
    public var code: Int32
    public var message: String
    public var sql: String?

    public var description: String {
        "SQLite error \(code): \(message)" + (sql.map { " (in: \($0.prefix(120)))" } ?? "")
    }
}
