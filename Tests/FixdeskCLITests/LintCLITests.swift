import Foundation
import Testing
import FixdeskTestSupport

/// `lint --mark-translated` records the source version a translation follows; stale translations warn.
@Suite(.serialized) struct LintCLITests {
    let fixture: ContentFixture

    init() throws { fixture = try ContentFixture() }

    func run(_ arguments: [String]) throws -> CLIRun {
        try CLIRun(arguments, in: fixture.directory.url)
    }

    @Test func markingATranslationThenEditingItsSourceGivesAWarningNotAFailure() throws {
        let unrecorded = try run(["lint"])
        #expect(unrecorded.status == 0)
        #expect(unrecorded.stderr.contains("2 translation(s) record no version of their source"), "\(unrecorded.stderr)")

        let before = try Data(contentsOf: fixture.contentURL.appendingPathComponent("tr/templates/paused.md"))
        let marked = try run(["lint", "--mark-translated", "content/tr/templates/paused.md"])
        #expect(marked.status == 0, "\(marked.stderr)")
        #expect(marked.stdout.hasPrefix("content/tr/templates/paused.md now follows content/en/templates/paused.md (version "))
        let after = try Data(contentsOf: fixture.contentURL.appendingPathComponent("tr/templates/paused.md"))
        // One line more before the closing `---`, every other byte as it was.
        let added = String(decoding: after, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            .filter { $0.hasPrefix("translation_of: {language: en, version: ") }
        #expect(added.count == 1)
        #expect(String(decoding: after, as: UTF8.self).replacingOccurrences(of: added[0] + "\n", with: "") == String(decoding: before, as: UTF8.self))
        #expect(try run(["lint"]).stderr.contains("1 translation(s) record no version"))

        let english = try fixture.read("en/templates/paused.md")
        try fixture.write(english.replacingOccurrences(of: "low quality rating", with: "low quality"), to: "en/templates/paused.md")
        let stale = try run(["lint"])
        #expect(stale.status == 0, "a stale translation does not fail lint")
        #expect(stale.stdout.hasPrefix("content/tr/templates/paused.md:11: warning: stale translation: content/en/templates/paused.md changed"), "\(stale.stdout)")
        #expect(stale.stderr.contains("1 warning(s)"))
        let json = try run(["lint", "--json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((document["warnings"] as? [Any])?.count == 1)
        #expect((document["problems"] as? [Any])?.isEmpty == true)

        #expect(try run(["lint", "--mark-translated", "content/tr/templates/paused.md"]).status == 0)
        #expect(try run(["lint"]).stdout.isEmpty)
    }

    @Test func markingSomethingThatIsNotATranslationIsOneClearSentence() throws {
        let english = try run(["lint", "--mark-translated", "content/en/templates/paused.md"])
        #expect(english.status == 2)
        #expect(english.stderr == "fixdesk: 'content/en/templates/paused.md' is itself in 'en'; name the language it was translated from with --source.\n")
        let missing = try run(["lint", "--mark-translated", "content/tr/templates/nothing.md"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "fixdesk: 'content/tr/templates/nothing.md' is not an article of the content folder.\n")
        #expect(try run(["lint", "--mark-translated"]).status == 2)
        let reverse = try run(["lint", "--mark-translated", "--source", "tr", "content/en/templates/paused.md"])
        #expect(reverse.status == 0, "\(reverse.stderr)")
        #expect(try fixture.read("en/templates/paused.md").contains("translation_of: {language: tr, version: "))
    }

    @Test func coverageIsPrintedAsAMarkdownTable() throws {
        let catalog = fixture.directory.url.appendingPathComponent("catalog")
        try FileManager.default.createDirectory(at: catalog, withIntermediateDirectories: true)
        try "131047\thttps://example.com/codes\n999\thttps://example.com/codes\n".write(
            to: catalog.appendingPathComponent("published-codes-meta.txt"), atomically: true, encoding: .utf8)
        try "999\tnot a WhatsApp error\n".write(to: catalog.appendingPathComponent("not-claimed-meta.txt"), atomically: true, encoding: .utf8)
        let result = try run(["coverage", "--catalog", catalog.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("| Meta | 4 | 2 | 1 |"), "\(result.stdout)")
        #expect(result.stdout.contains("| Twilio | 1 | 0 | 0 |"))
    }
}
