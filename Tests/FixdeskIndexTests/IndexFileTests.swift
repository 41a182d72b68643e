import Foundation
import Testing
import FixdeskTestSupport
@testable import FixdeskIndex
@testable import FixdeskContent

/// Issue 14, items 1, 2, 6, 7 and 8: the index file is never lost, never replaced when it is not
/// fixdesk's, repaired when damaged, and leaves nothing behind.
@Suite struct IndexFileTests {
    let fixture: ContentFixture
    var path: String { fixture.directory.path + "/index.sqlite" }

    init() throws { fixture = try ContentFixture() }

    func open(rebuild: Bool = false) throws -> KnowledgeIndex {
        try KnowledgeIndex.open(at: path, content: fixture.loader, rebuild: rebuild)
    }

    /// The process id of a process that has ended, for a leftover of a killed build.
    func deadProcessID() throws -> Int32 {
        let finished = Process()
        finished.executableURL = URL(fileURLWithPath: "/bin/true")
        try finished.run()
        finished.waitUntilExit()
        return finished.processIdentifier
    }

    /// Item 1: `--index n.md` turned a copy of the README into a database.
    @Test func aFileThatIsNotAnIndexIsNeverReplaced() throws {
        let notes = "# my notes\n"
        for rebuild in [false, true] {
            try Data(notes.utf8).write(to: URL(fileURLWithPath: path))
            #expect(throws: FixdeskError.self) { _ = try open(rebuild: rebuild) }
            #expect(try String(contentsOfFile: path, encoding: .utf8) == notes)
        }
        // Another program's database is refused too.
        try FileManager.default.removeItem(atPath: path)
        try Database(path: path).execute("CREATE TABLE mine(x); INSERT INTO mine VALUES (1);")
        do {
            _ = try open()
            Issue.record("another program's database was accepted")
        } catch let error as FixdeskError {
            #expect(error.kind == .usage)
            #expect(error.message.contains("is not a fixdesk index (it is a database that fixdesk did not make)"))
        }
    }

    /// An index built before the application id was written is still fixdesk's.
    @Test func anIndexWithoutTheApplicationIDIsStillRecognised() throws {
        _ = try open()
        try Database(path: path, create: false).execute("PRAGMA application_id = 0;")
        #expect(IndexFile(path: path).occupant() == .index)
        #expect(try open(rebuild: true).articleCount == 4)
        #expect(IndexFile(path: path).occupant() == .index)
    }

    /// Item 2: `--rebuild` deleted the index first; a failed build must leave it answering.
    @Test func aFailedRebuildLeavesThePreviousIndex() throws {
        _ = try open()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let file = IndexFile(path: path)
        struct Interrupted: Error {}
        #expect(throws: Interrupted.self) {
            try file.replace { temporary in
                try Database(path: temporary).execute("CREATE TABLE half(x);")
                throw Interrupted()
            }
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        // Item 7: the temporary file went with the failure.
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.directory.path).filter { $0.contains(".tmp-") }.isEmpty)
        #expect(try open().search("template paused", language: "en").first?.article.id == "paused")
    }

    /// Item 2: a rebuild replaces the file by renaming, so a reader that has it open keeps its index.
    @Test func aRebuildRenamesOverTheOldIndex() throws {
        let reader = try open()
        var before = stat()
        stat(path, &before)
        _ = try open(rebuild: true)
        var after = stat()
        stat(path, &after)
        #expect(before.st_ino != after.st_ino)
        #expect(try reader.search("template paused", language: "en").first?.article.id == "paused")
    }

    /// Item 7: temporary files of killed builds were never removed.
    @Test func temporaryFilesOfKilledBuildsAreRemoved() throws {
        let stale = path + ".tmp-\(try deadProcessID())"
        try Data("half an index".utf8).write(to: URL(fileURLWithPath: stale))
        let running = path + ".tmp-1"
        try Data("another build".utf8).write(to: URL(fileURLWithPath: running))
        _ = try open()
        #expect(!FileManager.default.fileExists(atPath: stale))
        #expect(FileManager.default.fileExists(atPath: running))
    }

    /// The tables checked on every open are read from the schema itself.
    @Test func everyTableOfTheSchemaIsRequired() {
        #expect(IndexFile.requiredTables == ["meta", "settings_lexicons", "files", "articles", "codes", "article_terms", "article_vocab", "term_docs"])
    }

    /// Item 6: a dropped internal table gave an error on every command.
    @Test func anIndexWithADroppedTableIsRebuilt() throws {
        _ = try open()
        try Database(path: path, create: false).execute("DROP TABLE codes;")
        let index = try open()
        #expect(index.refresh.rebuilt)
        #expect(try index.search("template paused", language: "en").first?.article.id == "paused")
    }

    /// Item 6: zeroed pages gave "database disk image is malformed" while `index` said "up to date".
    @Test func zeroedPagesAreFoundAndAreDamage() throws {
        _ = try open()
        let roots = try Database(path: path, create: false).prepare(
            "SELECT rootpage FROM sqlite_schema WHERE name IN ('postings', 'codes', 'articles')")
        var pages: [UInt64] = []
        while try roots.step() { pages.append(UInt64(roots.int(0))) }
        let pageSize = UInt64(try Database(path: path, create: false).prepare("PRAGMA page_size").singleInt())
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        for page in pages {
            try handle.seek(toOffset: (page - 1) * pageSize)
            try handle.write(contentsOf: Data(count: Int(pageSize)))
        }
        try handle.close()
        let damaged = try open()
        #expect(!damaged.refresh.rebuilt)
        #expect(!damaged.isIntact())
        #expect {
            _ = try damaged.articleIDs(claiming: "131047")
        } throws: { error in
            (error as? SQLiteError)?.meansDamage == true
        }
        let repaired = try open(rebuild: true)
        #expect(repaired.isIntact())
        #expect(try repaired.articleIDs(claiming: "131047") == ["window"])
    }

    /// Item 11: articles that cannot be read were left out of the index without a word.
    @Test func articlesLeftOutAreCountedInAWarning() throws {
        #expect(try open().warnings.isEmpty)
        try fixture.write("---\nid: [broken\n---\n", to: "en/messaging/broken.md")
        #expect(try open().warnings == ["1 article file(s) have problems and were left out of the index; `fixdesk lint` names them."])
    }
}
