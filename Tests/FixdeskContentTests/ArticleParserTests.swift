import Testing
import Foundation
import FixdeskTestSupport
@testable import FixdeskContent

@Suite struct ContentLoaderTests {
    @Test func loadsBothLanguagesWithStepsFromTheFixHeading() throws {
        let fixture = try ContentFixture()
        let content = try fixture.loader.load()
        #expect(content.diagnostics == [])
        #expect(content.articles.count == 4)
        let turkish = try #require(content.article(id: "paused", language: "tr"))
        #expect(turkish.title == "Düşük kalite nedeniyle şablon duraklatıldı")
        #expect(turkish.steps == [
            "WhatsApp Yöneticisi’nde Şablonları yönet sekmesini açın ve şablonun kalite durumunu kontrol edin.",
            "Şablonu düzenleyip İNCELEMEYE yeniden gönderin.",
        ])
        let english = try #require(content.article(id: "window", language: "en"))
        #expect(english.codes == ["131047", "470", "twilio:63016"])
        #expect(english.steps == ["Send an approved template.", "Wait for the customer's reply."])
        #expect(english.url == "en/messaging/window/")
        #expect(english.path == "content/en/messaging/window.md")
    }

    @Test func stepsComeOnlyFromTheListUnderTheFixHeading() throws {
        let fixture = try ContentFixture()
        try fixture.write("""
        ---
        id: paused
        title: Şablon duraklatıldı
        summary: Özet.
        section: templates
        codes: ["132015", "2061"]
        updated: 2026-11-25
        sources: ["https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes"]
        ---

        ## Ne anlama geliyor

        1. Bu bir adım değil.

        ## Nasıl düzeltilir

        1. Birinci adım, `code` ile.
        2. İkinci adım.
        """, to: "tr/templates/paused.md")
        let content = try fixture.loader.load()
        #expect(content.article(id: "paused", language: "tr")?.steps == ["Birinci adım, code ile.", "İkinci adım."])
    }

    @Test func anArticleNeedsWebSources() throws {
        let fixture = try ContentFixture()
        let path = "en/messaging/window.md"
        let text = try fixture.read(path)
        try fixture.write(text.replacingOccurrences(
            of: "sources: [\"https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes\"]",
            with: "sources: [\"meta docs\"]"), to: path)
        var messages = try fixture.loader.load().diagnostics.map(\.message)
        #expect(messages == ["source 'meta docs' is not an http(s) address"])
        // An address broken over two lines in a quoted YAML string: the problem stays one line.
        try fixture.write(text.replacingOccurrences(
            of: "sources: [\"https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes\"]",
            with: "sources: [\"https://developers.\\nfacebook.com/docs\"]"), to: path)
        messages = try fixture.loader.load().diagnostics.map(\.message)
        #expect(messages == ["source 'https://developers.\\nfacebook.com/docs' is not an http(s) address"])
        try fixture.write(text.replacingOccurrences(
            of: "sources: [\"https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes\"]\n", with: ""), to: path)
        messages = try fixture.loader.load().diagnostics.map(\.message)
        #expect(messages == ["no sources: list the public pages this article's facts come from under 'sources'"])
        #expect(try fixture.loader.load().article(id: "paused", language: "en")?.sources
            == ["https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes"])
    }

    @Test func rawHTMLIsNotRendered() throws {
        let markdown = "## Nasıl düzeltilir\n\n1. Adım\n2. Adım\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1))\n"
        let html = ArticleBodyRenderer.render(markdown: markdown, fixHeadings: ["Nasıl düzeltilir"]) { _ in nil }
        #expect(!html.contains("<script>"))
        #expect(!html.contains("javascript:"))
        #expect(html.contains("<h2 id=\"nasil-duzeltilir\">Nasıl düzeltilir</h2>"))
        #expect(html.contains("<li id=\"step-2\">Adım</li>"))
    }

    @Test func missingContentFolderIsOneClearError() {
        let loader = ContentLoader(directory: URL(fileURLWithPath: "/nonexistent/fixdesk-content"), displayRoot: "nope")
        #expect(throws: FixdeskError(.content, "The content folder 'nope' does not exist; pass --content DIR to name another.")) {
            try loader.load()
        }
    }
}
