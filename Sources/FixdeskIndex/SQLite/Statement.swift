internal import CSQLite

/// A prepared statement: bind values, step through rows, read columns.
///
/// Related SQLite documentation: https://sqlite.org/c3ref/stmt.html
final class Statement {
    private let handle: OpaquePointer
    private unowned let database: Database
    let sql: String

    init(database: Database, sql: String) throws(SQLiteError) {
        var statement: OpaquePointer?
        let status = sqlite3_prepare_v2(database.handle, sql, -1, &statement, nil)
        guard status == SQLITE_OK, let statement else {
            throw SQLiteError(code: status, message: database.lastErrorMessage, sql: sql)
        }
        self.handle = statement
        self.database = database
        self.sql = sql
    }

    deinit { sqlite3_finalize(handle) }

    enum Value {
        case text(String)
        /// Text given as its UTF-8 bytes.
        case utf8([UInt8])
        case integer(Int64)
        case blob([UInt8])
        case null
    }

    /// Binds `values` to the parameters `?1…?n`, after a reset.
    @discardableResult
    func bind(_ values: [Value]) throws(SQLiteError) -> Statement {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let status: Int32
            switch value {
            case var .text(text):
                // The string's own bytes, with their length: no C string is made and measured first.
                status = text.withUTF8 { bindText($0, at: index) }
            case let .utf8(bytes): status = bytes.withUnsafeBufferPointer { bindText($0, at: index) }
            case let .integer(number): status = sqlite3_bind_int64(handle, index, number)
            case let .blob(bytes):
                status = bytes.withUnsafeBytes {
                    sqlite3_bind_blob(handle, index, $0.baseAddress ?? UnsafeRawPointer(bitPattern: 1), Int32($0.count), fixdesk_sqlite_transient())
                }
            case .null: status = sqlite3_bind_null(handle, index)
            }
            guard status == SQLITE_OK else { throw SQLiteError(code: status, message: database.lastErrorMessage, sql: sql) }
        }
        return self
    }

    private func bindText(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int32) -> Int32 {
        guard let base = bytes.baseAddress, !bytes.isEmpty else {
            return sqlite3_bind_text(handle, index, "", 0, fixdesk_sqlite_transient())
        }
        return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
            sqlite3_bind_text(handle, index, $0, Int32(bytes.count), fixdesk_sqlite_transient())
        }
    }

    /// Ends the current use: releases the statement's read lock, keeps its bindings.
    func reset() { sqlite3_reset(handle) }

    /// Advances to the next row; false when there is none.
    func step() throws(SQLiteError) -> Bool {
        let status = sqlite3_step(handle)
        switch status {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw SQLiteError(code: status, message: database.lastErrorMessage, sql: sql)
        }
    }

    /// Runs a statement that returns no rows.
    func run(_ values: [Value] = []) throws(SQLiteError) {
        try bind(values)
        while try step() {}
    }

    func text(_ column: Int32) -> String {
        guard let pointer = sqlite3_column_text(handle, column) else { return "" }
        return String(cString: pointer)
    }

    /// A text column's UTF-8 bytes, without making a String; with `padding`, that byte before and after.
    func textBytes(_ column: Int32, padding: UInt8? = nil) -> [UInt8] {
        let count = Int(sqlite3_column_bytes(handle, column))
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count + 2)
        if let padding { bytes.append(padding) }
        if count > 0, let pointer = sqlite3_column_text(handle, column) {
            bytes.append(contentsOf: UnsafeBufferPointer(start: pointer, count: count))
        }
        if let padding { bytes.append(padding) }
        return bytes
    }

    /// Calls `body` with a text column's UTF-8 bytes where SQLite holds them, valid only during the call:
    /// for comparing many rows without making a String or an array of each.
    func withTextBytes<Result>(_ column: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let pointer = sqlite3_column_text(handle, column)
        let count = pointer == nil ? 0 : Int(sqlite3_column_bytes(handle, column))
        return body(UnsafeBufferPointer(start: pointer, count: count))
    }

    func blob(_ column: Int32) -> [UInt8] {
        let count = Int(sqlite3_column_bytes(handle, column))
        guard count > 0, let pointer = sqlite3_column_blob(handle, column) else { return [] }
        return Array(UnsafeRawBufferPointer(start: pointer, count: count))
    }

    /// How many columns a row of this statement has.
    var columnCount: Int32 { sqlite3_column_count(handle) }

    func int(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }

    func double(_ column: Int32) -> Double { sqlite3_column_double(handle, column) }

    /// The first column of the first row as an integer.
    func singleInt() throws(SQLiteError) -> Int {
        sqlite3_reset(handle)
        return try step() ? Int(int(0)) : 0
    }
}
