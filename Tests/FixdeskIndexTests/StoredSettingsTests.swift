import Foundation
import Testing
import FixdeskTestSupport
@testable import FixdeskIndex
@testable import FixdeskContent

/// Issue 12: every command reads the settings the index stored, so they come back whole from their
/// cheaper form (lexicons as rows, the rest as JSON) and an index in the old form is rebuilt.
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

    @Test func theLexiconsAreRowsAndNotPartOfTheJSON() throws {
        _ = try KnowledgeIndex.open(at: path, content: fixture.loader)
        let database = try Database(path: path, create: false, readOnly: true)
        #expect(try database.prepare("SELECT count(*) FROM settings_lexicons").singleInt() == 2)
        let json = try database.prepare("SELECT value FROM meta WHERE key = 'settings_json'")
        #expect(try json.step())
        #expect(!json.text(0).contains("falhou"))
    }

    @Test func anIndexOfTheOlderSchemaIsRebuilt() throws {
        _ = try KnowledgeIndex.open(at: path, content: fixture.loader)
        try Database(path: path, create: false).execute("PRAGMA user_version = 6; DROP TABLE settings_lexicons;")
        let reopened = try KnowledgeIndex.open(at: path, content: fixture.loader)
        #expect(reopened.refresh.rebuilt)
        #expect(reopened.settings.lexicons.map(\.code).sorted() == ["de", "pt"])
    }
}
