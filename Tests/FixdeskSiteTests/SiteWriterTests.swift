import Foundation
import Testing
import FixdeskContent
import FixdeskTestSupport
@testable import FixdeskSite

/// Writing the site: atomic replacement, unchanged files kept, and outputs that are refused.
@Suite struct SiteWriterTests {
    func files(_ pages: [String: String]) -> [SiteFile] {
        pages.sorted { $0.key < $1.key }.map { SiteFile(path: $0.key, contents: Data($0.value.utf8)) }
    }

    func inode(_ path: String) -> UInt64 {
        var info = stat()
        return stat(path, &info) == 0 ? UInt64(info.st_ino) : 0
    }

    @Test func unchangedPagesAreNotRewrittenAndRemovedOnesDisappear() throws {
        let folder = try TemporaryDirectory()
        let out = folder.url.appendingPathComponent("site")
        let writer = SiteWriter(output: out, displayPath: "site")
        let first = try writer.write(files(["tr/index.html": "Merhaba", "en/index.html": "Hello", "old.html": "gone"]))
        #expect(first == .init(written: 3, unchanged: 0))
        let before = inode(out.path + "/tr/index.html")

        let second = try writer.write(files(["tr/index.html": "Merhaba", "en/index.html": "Hello, again"]))
        #expect(second == .init(written: 1, unchanged: 1))
        #expect(inode(out.path + "/tr/index.html") == before)
        #expect(try String(contentsOf: out.appendingPathComponent("en/index.html"), encoding: .utf8) == "Hello, again")
        #expect(!FileManager.default.fileExists(atPath: out.path + "/old.html"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0 != "site" }
        #expect(leftovers.isEmpty, "staging folders left behind: \(leftovers)")
    }

    @Test func aFailedBuildLeavesThePreviousSite() throws {
        let folder = try TemporaryDirectory()
        let out = folder.url.appendingPathComponent("site")
        let writer = SiteWriter(output: out, displayPath: "site")
        _ = try writer.write(files(["index.html": "eski site"]))
        // `a` is both a file and a folder: the build cannot be written.
        #expect(throws: FixdeskError.self) { try writer.write(files(["a": "x", "a/b.html": "y", "index.html": "yeni"])) }
        #expect(try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8) == "eski site")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["site"])
    }

    @Test func pathsLeavingTheOutputAreRefused() throws {
        let folder = try TemporaryDirectory()
        let writer = SiteWriter(output: folder.url.appendingPathComponent("site"), displayPath: "site")
        for path in ["../escape.html", "/etc/x", "a/../../b", ".hidden"] {
            #expect(throws: FixdeskError.self) { try writer.write(files([path: "x"])) }
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/escape.html"))
    }

    @Test func anOutputThatIsOrHoldsTheContentIsRefused() throws {
        let fixture = try ContentFixture()
        let content = fixture.contentURL
        for out in [content, fixture.directory.url, content.appendingPathComponent("site")] {
            let writer = SiteWriter(output: out, displayPath: out.lastPathComponent)
            #expect(throws: FixdeskError.self) { try writer.check(contentDirectory: content) }
        }
    }

    @Test func aFolderFixdeskDidNotMakeIsNotReplaced() throws {
        let folder = try TemporaryDirectory()
        _ = try folder.write("my notes", to: "docs/notes.txt")
        let writer = SiteWriter(output: folder.url.appendingPathComponent("docs"), displayPath: "docs")
        #expect(throws: FixdeskError.self) { try writer.check(contentDirectory: folder.url.appendingPathComponent("content")) }
        let empty = SiteWriter(output: folder.url.appendingPathComponent("new-site"), displayPath: "new-site")
        try empty.check(contentDirectory: folder.url.appendingPathComponent("content"))
    }
}
