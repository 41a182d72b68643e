import Foundation
import Testing
import FixdeskTestSupport
@testable import FixdeskIndex
@testable import FixdeskContent

/// Issue 12: every command reads the settings the index stored, so they come back whole from their
/// cheaper form (lexicons as rows, the rest as one `SettingsRecord`) and an index in an old form is rebuilt.
@Suite struct StoredSettingsTests {
    let fixture: ContentFixture
    var path: String { fixture.directory.path + "/index.sqlite" }

    init() throws {
        fixture = try ContentFixture()
        try fixture.write("name: Português\nwords:\n  falhou: failed\n  modelo: template\n", to: "_lexicon/pt.yml")
        try fixture.write("name: Deutsch\nwords:\n  vorlage: template\n", to: "_lexicon/de.yml")
    }

    @Test func theSettingsReadBackFromTheIndexAreTheParsedOnes() throws {
        let loader = fixture.loader
        let parsed = try loader.loadSettings(files: loader.listFiles())
        #expect(parsed.lexicons.count == 2)
        _ = try KnowledgeIndex.open(at: path, content: loader)
        // A second open reads the stored settings instead of parsing the files.
        let reopened = try KnowledgeIndex.open(at: path, content: loader)
        #expect(reopened.settings.lexicons == parsed.lexicons)
        #expect(reopened.settings.site == parsed.site)
        #expect(reopened.settings.languages == parsed.languages)
        #expect(reopened.settings.diagnostics == parsed.diagnostics)
    }

    @Test func theLexiconsAreRowsAndNotPartOfTheRecord() throws {
        _ = try KnowledgeIndex.open(at: path, content: fixture.loader)
        let database = try Database(path: path, create: false, readOnly: true)
        #expect(try database.prepare("SELECT count(*) FROM settings_lexicons").singleInt() == 2)
        let record = try database.prepare("SELECT value FROM meta WHERE key = 'settings_record'")
        #expect(try record.step())
        #expect(!record.text(0).contains("falhou"))
    }

    /// An index written by a build that stored the settings as JSON has the same schema version but no
    /// record, and a cut record is damage: either is rebuilt rather than read without its settings.
    @Test(arguments: ["UPDATE meta SET key = 'settings_json', value = '{}' WHERE key = 'settings_record'",
                      "UPDATE meta SET value = substr(value, 1, length(value) - 3) WHERE key = 'settings_record'"])
    func anIndexWithoutAWholeRecordIsRebuilt(change: String) throws {
        _ = try KnowledgeIndex.open(at: path, content: fixture.loader)
        try Database(path: path, create: false).execute(change)
        let reopened = try KnowledgeIndex.open(at: path, content: fixture.loader)
        let parsed = try fixture.loader.loadSettings(files: fixture.loader.listFiles())
        #expect(reopened.refresh.rebuilt)
        #expect(reopened.settings.site == parsed.site)
        #expect(reopened.settings.languages == parsed.languages)
    }

    @Test func anIndexOfTheOlderSchemaIsRebuilt() throws {
        _ = try KnowledgeIndex.open(at: path, content: fixture.loader)
        try Database(path: path, create: false).execute("PRAGMA user_version = 6; DROP TABLE settings_lexicons;")
        let reopened = try KnowledgeIndex.open(at: path, content: fixture.loader)
        #expect(reopened.refresh.rebuilt)
        #expect(reopened.settings.lexicons.map(\.code).sorted() == ["de", "pt"])
    }
}
