import Foundation
import FixdeskContent

/// The content's settings as the index keeps them, so that a command need not parse the YAML files again
/// while they are unchanged.
///
/// Every command reads them on start, so their stored form is chosen for reading: the lexicons, nine
/// tenths of the bytes, are plain rows of `settings_lexicons` (their word tables as they are held in
/// memory), and the small rest is one `SettingsRecord` in `meta`. Decoding the lexicons' tables as JSON
/// strings was about a tenth of a whole-process `match`, and decoding the rest with `JSONDecoder` 7%.
/// An index that holds no record of this layout (one written as JSON by an older build) is rebuilt.
enum StoredSettings {
    /// The `meta` key of the record of everything but the lexicons.
    static let recordKey = "settings_record"

    static func write(_ settings: ContentLoader.Settings, to database: Database) throws {
        let record = String(decoding: SettingsRecord.encode(settings), as: UTF8.self)
        try database.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES (?1, ?2)").run([.text(recordKey), .text(record)])
        let insert = try database.prepare("INSERT INTO settings_lexicons(position, code, name, word_table) VALUES (?1, ?2, ?3, ?4)")
        for (position, lexicon) in settings.lexicons.enumerated() {
            try insert.run([.integer(Int64(position)), .text(lexicon.code), .text(lexicon.name), .text(lexicon.table)])
        }
    }

    /// The settings stored in `database`, or nil when there are none.
    static func read(from database: Database) throws -> ContentLoader.Settings? {
        defer { database.finishReads() }
        let statement = try database.prepare("SELECT value FROM meta WHERE key = '\(recordKey)'")
        guard try statement.step(), var settings = SettingsRecord.decode(statement.textBytes(0)) else { return nil }
        let lexicons = try database.prepare("SELECT code, name, word_table FROM settings_lexicons ORDER BY position")
        while try lexicons.step() {
            settings.lexicons.append(PasteLexicon(code: lexicons.text(0), name: lexicons.text(1), table: lexicons.text(2)))
        }
        return settings
    }
}
