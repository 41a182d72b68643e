import Testing
import FixdeskTestSupport
@testable import FixdeskContent

/// A body rendered once, when the catalog is loaded, must give the site the HTML that parsing and
/// rendering it anew with the same link rewriting gives.
@Suite struct RenderedBodyTests {
    let body = """

        ## Nasıl düzeltilir

        1. [Şablonu](../templates/paused.md#step-2) açın & bakın
        2. [Bozuk](javascript:alert(1)) değil, [dış](<https://example.com/a b?x=1&y='2'>) bağlantı

        ![resim [iç](x.md)](pic.png "başlık") ve [başlıklı](x.md "Bir \\"başlık\\"")
        """

    /// Rewrites `.md` links to an address with characters cmark escapes; keeps the others.
    func rewrite(_ destination: String) -> String? {
        destination.contains(".md") ? "../../tr/x/\(destination.count)/#p'&\" ş" : nil
    }

    func loaded(_ body: String) throws -> Article {
        let fixture = try ContentFixture()
        let path = "tr/messaging/window.md"
        let text = try fixture.read(path)
        let front = text.components(separatedBy: "\n---\n")[0] + "\n---\n"
        try fixture.write(front + body + "\n", to: path)
        return try #require(try fixture.loader.load(renderingBodies: true).article(id: "window", language: "tr"))
    }

    @Test func slotsGiveWhatRenderingAgainGives() throws {
        let article = try loaded(body)
        let rendered = try #require(article.renderedBody)
        #expect(rendered.links == ["../templates/paused.md#step-2", "javascript:alert(1)", "https://example.com/a b?x=1&y='2'", "x.md"])
        for rewriting in [rewrite, { _ in nil }] as [(String) -> String?] {
            let again = ArticleBodyRenderer.render(markdown: article.body, fixHeadings: ["Nasıl düzeltilir"], rewriteLink: rewriting)
            #expect(rendered.html(rewritingLinks: rewriting) == again)
            #expect(!again.contains("javascript:"))
            #expect(again.contains("<li id=\"step-1\">"))
        }
    }

    @Test func aBodyWithoutLinksIsOnePiece() throws {
        let rendered = try #require(try loaded("\nDüz metin.").renderedBody)
        #expect(rendered.links.isEmpty)
        #expect(rendered.html { _ in "unused" } == "<p>Düz metin.</p>\n")
    }

    @Test func aCatalogLoadedForLintIsNotRendered() throws {
        let fixture = try ContentFixture()
        let article = try #require(try fixture.loader.load().article(id: "window", language: "tr"))
        #expect(article.renderedBody == nil)
        #expect(!article.steps.isEmpty)
    }

    @Test func anArticleLoadedForTheIndexIsNotRendered() throws {
        let fixture = try ContentFixture()
        let files = try fixture.loader.listFiles()
        let settings = try fixture.loader.loadSettings(files: files)
        let file = try #require(files.first { $0.relativePath == "tr/messaging/window.md" })
        #expect(fixture.loader.loadArticle(file, settings: settings)?.renderedBody == nil)
    }
}
