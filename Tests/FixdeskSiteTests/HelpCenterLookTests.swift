import Foundation
import Testing
@testable import FixdeskContent
import FixdeskTestSupport
@testable import FixdeskSite

/// What makes the site read like a help center: names people use, dates in the language, a table
/// of contents, codes grouped by provider, a logo, and a 404 page that keeps its look anywhere.
struct HelpCenterLookTests {
    static func text(_ path: String) -> String { SiteTests.text(path) }

    @Test func articlesNameCodesAsPeopleDoAndDateInTheirLanguage() {
        let page = Self.text("tr/messaging/whatsapp-24-hour-window/index.html")
        #expect(page.contains(">Twilio 63016</a>"))
        #expect(!page.contains(">twilio:63016<"))
        let turkishDate = #"<time datetime="20\d\d-\d\d-\d\d">\d{1,2} (Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|Ağustos|Eylül|Ekim|Kasım|Aralık) 20\d\d</time>"#
        #expect(page.range(of: turkishDate, options: .regularExpression) != nil)
        let english = Self.text("en/messaging/whatsapp-24-hour-window/index.html")
        #expect(english.range(of: #">(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, 20\d\d</time>"#,
                              options: .regularExpression) != nil)
    }

    @Test func articlesHaveATableOfContentsOfTheirSections() {
        let page = Self.text("en/messaging/whatsapp-24-hour-window/index.html")
        #expect(page.contains(#"<nav class="toc" aria-labelledby="toc-title">"#))
        #expect(page.contains(##"<li><a href="#how-to-fix">How to fix</a></li>"##))
        #expect(page.contains(#"<h2 id="how-to-fix">"#))
        #expect(ArticleOutline.sections(inHTML: #"<h2 id="a-b">A &amp; <code>b</code></h2><h3 id="c">C</h3>"#)
            == [.init(title: "A &amp; b", anchor: "a-b")])
    }

    @Test func theCodeIndexIsGroupedByProviderWithAFilter() {
        let page = Self.text("tr/errors/index.html")
        #expect(page.contains(#"<input id="code-filter" type="search""#))
        let meta = page.range(of: #"<h2 id="provider-meta">Meta WhatsApp</h2>"#)
        let twilio = page.range(of: #"<h2 id="provider-twilio">Twilio</h2>"#)
        #expect(meta != nil && twilio != nil)
        if let meta, let twilio { #expect(meta.lowerBound < twilio.lowerBound) }
        #expect(page.contains(#"<h2 id="provider-cmcom">CM.com</h2>"#))
    }

    @Test func theHomePageLeadsWithSearchCardsWithCountsAndTheLogo() {
        let page = Self.text("tr/index.html")
        #expect(page.contains(#"<form class="hero-search" action="search/index.html" role="search">"#))
        #expect(page.contains(#"<ul class="cards">"#))
        #expect(page.range(of: #"<span class="count">\d+ makale</span>"#, options: .regularExpression) != nil)
        #expect(page.contains(#"<img class="logo" src="../assets/logo.svg""#))
        #expect(page.contains(#"<link rel="icon" href="../assets/favicon.svg""#))
        #expect(SiteTests.byPath["assets/logo.svg"] != nil && SiteTests.byPath["assets/favicon.svg"] != nil)
    }

    @Test func the404PageCarriesItsStyleSoItLooksRightFromAnyAddress() {
        let page = Self.text("404.html")
        #expect(page.contains("<style>"))
        #expect(!page.contains(#"<link rel="stylesheet""#))
        #expect(page.contains(#"<link rel="icon" href="data:image/svg+xml;base64,"#))
        #expect(page.contains(#"<img class="logo" src="data:image/svg+xml;base64,"#))
        #expect(!page.contains("<script"))
    }

    @Test func thePasteBoxGetsTheStepsAndItsStrings() {
        let index = Self.text("tr/search-index.js")
        #expect(index.contains(#""steps":["#))
        let home = Self.text("tr/index.html")
        #expect(home.contains(#"data-copy="Adımları kopyala""#))
        #expect(home.contains(#"<div id="paste-recent" class="paste-recent" hidden"#))
    }

    @Test func aLogoOutsideTheSiteIsRefused() {
        var diagnostics: [Diagnostic] = []
        let settings = SiteSettings.parse("title: T\nlanguages: [en]\nlogo: https://cdn.example.com/l.svg\nfavicon: ../x.svg\n",
                                          path: "content/_site.yml", into: &diagnostics)
        #expect(settings?.logo == SiteSettings.defaultLogo)
        #expect(diagnostics.map(\.line) == [3, 4])
    }
}
