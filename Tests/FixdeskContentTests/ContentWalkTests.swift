import Foundation
import Testing
import FixdeskTestSupport
@testable import FixdeskContent

/// The content walk and the file checks of issue 14: every entry that is not read gets a diagnostic
/// naming it, nothing outside the content folder is read, and nothing makes the walk endless.
@Suite(.timeLimit(.minutes(1))) struct ContentWalkTests {
    func problems(_ fixture: ContentFixture) throws -> [String] {
        try fixture.loader.load().diagnostics.map(\.description)
    }

    func path(_ fixture: ContentFixture, _ relative: String) -> String {
        fixture.contentURL.appendingPathComponent(relative).path
    }

    /// Item 4: two links to `.` made every command walk forever.
    @Test func linksToTheFolderItselfAreALoopNotAnEndlessWalk() throws {
        let fixture = try ContentFixture()
        #expect(symlink(".", path(fixture, "en/a")) == 0)
        #expect(symlink("..", path(fixture, "en/messaging/b")) == 0)
        let found = try problems(fixture)
        #expect(found.contains("content/en/a:1: a link to a folder that contains it, which would make the content endless (a loop); remove it"))
        #expect(found.contains { $0.hasPrefix("content/en/messaging/b:1: a link to a folder that contains it") })
        #expect(try fixture.loader.listFiles().count == 7)
    }

    /// Items 4 and 9: a folder or article linked from outside the content folder is not read.
    @Test func linksOutOfTheContentFolderAreNotFollowed() throws {
        let fixture = try ContentFixture()
        let outside = try fixture.directory.write(try fixture.read("en/messaging/window.md"), to: "elsewhere/window.md")
        #expect(symlink(outside.path, path(fixture, "en/templates/leak.md")) == 0)
        #expect(symlink(outside.deletingLastPathComponent().path, path(fixture, "en/outside")) == 0)
        let content = try fixture.loader.load()
        let found = content.diagnostics.map(\.description)
        #expect(found.contains("content/en/templates/leak.md:1: a link to a file outside the content folder; it is not read"))
        #expect(found.contains("content/en/outside:1: a link to a folder; links to folders are not followed, move the folder here instead"))
        #expect(!content.articles.contains { $0.path.contains("leak") })
    }

    /// A link to a file inside the content folder is still an ordinary file.
    @Test func aLinkToAFileInsideTheContentIsRead() throws {
        let fixture = try ContentFixture()
        try FileManager.default.moveItem(atPath: path(fixture, "en/messaging/window.md"), toPath: path(fixture, "en/window-source.txt"))
        #expect(symlink("../window-source.txt", path(fixture, "en/messaging/window.md")) == 0)
        #expect(try problems(fixture).isEmpty)
    }

    /// Item 5: the walk copied the whole `d_name` buffer, which crashed in /proc.
    @Test func procIsWalkedWithoutCrashing() throws {
        let loader = ContentLoader(directory: URL(fileURLWithPath: "/proc/self"), displayRoot: "/proc/self")
        #expect(try loader.listing().files.count >= 0)
    }

    /// Item 11: entries that were skipped silently.
    @Test func unreadableEntriesEachGetADiagnostic() throws {
        let fixture = try ContentFixture()
        #expect(mkfifo(path(fixture, "en/messaging/fifo.md"), 0o644) == 0)
        try FileManager.default.createDirectory(atPath: path(fixture, "en/messaging/folder.md"), withIntermediateDirectories: false)
        try fixture.write("x", to: "en/messaging/line\nbreak.md")
        let badName = Array((path(fixture, "en/messaging") + "/").utf8) + [0xFF, 0x2E, 0x6D, 0x64, 0]
        let descriptor = badName.withUnsafeBufferPointer { $0.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) } }
        #expect(descriptor >= 0)
        close(descriptor)
        let found = try problems(fixture)
        #expect(found.contains("content/en/messaging/fifo.md:1: not a regular file (a FIFO, socket or device); it is not read"))
        #expect(found.contains("content/en/messaging/folder.md:1: a folder named like a content file; rename it"))
        #expect(found.contains("content/en/messaging/line\\nbreak.md:1: the name contains a line break or another control character; rename it"))
        #expect(found.contains("content/en/messaging/\\xFF.md:1: the name is not valid UTF-8; rename it"))
        #expect(found.allSatisfy { !$0.contains("\n") })
    }

    /// Item 11: a NUL byte cut the article there without a word.
    @Test func aNULByteIsALintErrorWithItsLine() throws {
        let fixture = try ContentFixture()
        let text = try fixture.read("en/templates/paused.md")
        try fixture.write(text.replacingOccurrences(of: "## How to fix", with: "## How to fix\u{0}"), to: "en/templates/paused.md")
        let line = text.components(separatedBy: "\n").firstIndex(of: "## How to fix")! + 1
        #expect(try problems(fixture).contains(
            "content/en/templates/paused.md:\(line): the file contains a NUL (zero) byte, which would cut the text there; remove it"))
    }

    /// Item 11: an unknown stemmer passed lint and produced a browser index of `null`.
    @Test func anUnknownStemmerIsALintError() throws {
        let fixture = try ContentFixture()
        let text = try fixture.read("en/_strings.yml")
        try fixture.write(text.replacingOccurrences(of: "stemmer: english", with: "stemmer: klingon"), to: "en/_strings.yml")
        #expect(try problems(fixture).contains { $0.hasPrefix("content/en/_strings.yml:2: unknown stemmer 'klingon'; known: ") && $0.contains("english") })
    }

    /// Item 12: an article larger than the limit is reported and left out, so no match reads it whole.
    @Test func anArticleOverTheSizeLimitIsReportedAndLeftOut() throws {
        let fixture = try ContentFixture()
        let text = try fixture.read("en/templates/paused.md")
        let filler = String(repeating: "The template was paused again. ", count: ContentFile.maximumArticleBytes / 31 + 1)
        try fixture.write(text + "\n" + filler + "\n", to: "en/templates/paused.md")
        let content = try fixture.loader.load()
        #expect(content.diagnostics.map(\.description).contains { $0.hasPrefix("content/en/templates/paused.md:1: the article is ") && $0.hasSuffix("an article may have; split it") })
        #expect(!content.articles.contains { $0.path == "content/en/templates/paused.md" })
    }

    /// Found by the fuzz test: a control character in YAML gave a message of three lines, breaking `file:line`.
    @Test func aControlCharacterInYAMLIsOneLineAtItsLine() throws {
        let fixture = try ContentFixture()
        let text = try fixture.read("en/templates/paused.md")
        try fixture.write(text.replacingOccurrences(of: "summary: Meta paused", with: "summary: Meta\u{15} paused"), to: "en/templates/paused.md")
        let line = text.components(separatedBy: "\n").firstIndex { $0.hasPrefix("summary:") }! + 1
        #expect(try problems(fixture).contains(
            "content/en/templates/paused.md:\(line): invalid YAML: control characters are not allowed (U+0015)"))
    }
}
