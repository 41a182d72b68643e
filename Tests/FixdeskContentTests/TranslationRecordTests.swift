import Foundation
import Testing
import FixdeskTestSupport
@testable import FixdeskContent

/// Each translation records the version of its source it follows; an edit to the source makes it a warning.
@Suite struct TranslationRecordTests {
    /// Stamps `relativePath` as following the current English version of its article, as `lint --mark-translated` does.
    func stamp(_ fixture: ContentFixture, _ relativePath: String) throws {
        let content = try fixture.loader.load()
        let id = try #require(content.articles.first { $0.path == "content/" + relativePath }?.id)
        let source = try #require(content.article(id: id, language: "en"))
        let url = fixture.contentURL.appendingPathComponent(relativePath)
        let record = TranslationRecord(language: "en", version: TranslationRecord.version(of: source))
        try Data(#require(record.stamped(into: Array(Data(contentsOf: url))))).write(to: url)
    }

    @Test func anEditToTheSourceMakesTheTranslationAStaleWarning() throws {
        let fixture = try ContentFixture()
        #expect(try fixture.loader.load().unrecordedTranslations == 2)
        try stamp(fixture, "tr/templates/paused.md")
        let stamped = try fixture.loader.load()
        #expect(stamped.diagnostics.isEmpty && stamped.warnings.isEmpty, "\(stamped.diagnostics) \(stamped.warnings)")
        #expect(stamped.unrecordedTranslations == 1)

        let english = try fixture.read("en/templates/paused.md")
        try fixture.write(english.replacingOccurrences(of: "submit it for review again", with: "submit it for review"), to: "en/templates/paused.md")
        let edited = try fixture.loader.load()
        #expect(edited.diagnostics.isEmpty, "a stale translation is a warning, not a problem")
        let warning = try #require(edited.warnings.first)
        #expect(edited.warnings.count == 1)
        #expect(warning.path == "content/tr/templates/paused.md" && warning.line == 11)
        #expect(warning.message.hasPrefix("stale translation: content/en/templates/paused.md changed since this translation"))
        #expect(warning.message.hasSuffix("run `fixdesk lint --mark-translated content/tr/templates/paused.md`"))

        // The translation's own edits and its record do not change the version it is compared with.
        try stamp(fixture, "tr/templates/paused.md")
        let turkish = try fixture.read("tr/templates/paused.md")
        try fixture.write(turkish.replacingOccurrences(of: "yeniden gönderin", with: "tekrar gönderin"), to: "tr/templates/paused.md")
        #expect(try fixture.loader.load().warnings.isEmpty)
    }

    @Test func theVersionCoversWhatIsTranslatedAndNothingElse() throws {
        let fixture = try ContentFixture()
        let article = try #require(try fixture.loader.load().article(id: "paused", language: "en"))
        let version = TranslationRecord.version(of: article)
        #expect(version.count == 8 && version.allSatisfy(\.isHexDigit))
        var other = article
        other.updated = "2027-01-01"
        other.tags = ["new"]
        other.sources = []
        #expect(TranslationRecord.version(of: other) == version)
        for change in [{ (a: inout Article) in a.title += "!" }, { $0.summary += "!" }, { $0.errors.append("x") },
                       { $0.codes.append("1") }, { $0.body += "\n" }] {
            var changed = article
            change(&changed)
            #expect(TranslationRecord.version(of: changed) != version)
        }
    }

    @Test func stampingChangesOnlyTheRecordLine() throws {
        let record = TranslationRecord(language: "en", version: "0123abcd")
        let crlf = Array("---\r\nid: x\r\ntitle: \"Başlık\"  # yorum\r\n---\r\n\r\nGövde\r\n".utf8)
        #expect(record.stamped(into: crlf) == Array(
            "---\r\nid: x\r\ntitle: \"Başlık\"  # yorum\r\ntranslation_of: {language: en, version: 0123abcd}\r\n---\r\n\r\nGövde\r\n".utf8))

        let existing = Array("---\nid: x\ntranslation_of:\n  language: en\n  version: old\nupdated: 2026-11-25\n---\nbody".utf8)
        #expect(record.stamped(into: existing) == Array(
            "---\nid: x\ntranslation_of: {language: en, version: 0123abcd}\nupdated: 2026-11-25\n---\nbody".utf8))
        #expect(record.stamped(into: record.stamped(into: existing)!) == record.stamped(into: existing))
        #expect(record.stamped(into: Array("no front matter\n".utf8)) == nil)
    }

    @Test func aMalformedRecordIsAProblemAtItsLine() throws {
        let fixture = try ContentFixture()
        let text = try fixture.read("tr/templates/paused.md")
        try fixture.write(text.replacingOccurrences(of: "updated: 2026-11-25", with: "updated: 2026-11-25\ntranslation_of: en"),
                          to: "tr/templates/paused.md")
        let problems = try fixture.loader.load().diagnostics.map(\.description)
        #expect(problems == ["content/tr/templates/paused.md:10: 'translation_of' must be {language: <code>, version: <hash>}, as `fixdesk lint --mark-translated` writes it"])
    }
}
