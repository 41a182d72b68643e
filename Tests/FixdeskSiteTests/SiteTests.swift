import Foundation
import Testing
import FixdeskContent
import FixdeskTestSupport
@testable import FixdeskSite

/// The generated site on the bundled content: pages, links, alternates, determinism, safety.
@Suite struct SiteTests {
    static let content: ContentSet = {
        try! ContentLoader(directory: PackageRoot.content, displayRoot: "content").load(renderingBodies: true)
    }()

    static func generate(theme folder: URL? = nil) throws -> [SiteFile] {
        let theme = try SiteTheme.load(overridesIn: folder, displayPath: "content/_theme")
        return try SiteGenerator(content: content, theme: theme, contentDisplayPath: "content").generate()
    }

    static let files: [SiteFile] = try! generate()
    static let byPath = Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0) })

    static func text(_ path: String) -> String {
        byPath[path].map { String(decoding: $0.contents, as: UTF8.self) } ?? ""
    }

    @Test func everyArticleHasAPageAndAJSONFileInItsLanguage() {
        #expect(Self.content.articles.count >= 2 * 80)
        for article in Self.content.articles {
            #expect(Self.byPath["\(article.language)/\(article.section)/\(article.slug)/index.html"] != nil, "\(article.path)")
            #expect(Self.byPath["api/\(article.language)/\(article.id).json"] != nil, "\(article.path)")
        }
        for language in ["en", "tr"] {
            for page in ["index.html", "search/index.html", "errors/index.html", "404.html", "search-index.js"] {
                #expect(Self.byPath["\(language)/\(page)"] != nil, "\(language)/\(page)")
            }
        }
        for page in ["index.html", "404.html", "sitemap.xml", "robots.txt", "assets/site.css", "assets/site.js"] {
            #expect(Self.byPath[page] != nil, "\(page)")
        }
    }

    @Test func pageTitlesNameThePageThenTheSite() {
        #expect(Self.text("tr/index.html").contains("<title>WhatsApp Business Yardım Merkezi</title>"))
        #expect(Self.text("tr/templates/template-does-not-exist/index.html")
            .contains("<title>Şablon bu dilde bulunamadı · WhatsApp Business Yardım Merkezi</title>"))
    }

    @Test func everyCodeHasAStablePage() throws {
        let html = Self.text("tr/errors/131047/index.html")
        #expect(html.contains("<html lang=\"tr\""))
        #expect(html.contains("131047"))
        #expect(html.contains("24 saat"))
        #expect(Self.byPath["en/errors/twilio-63016/index.html"] != nil)
        #expect(Self.text("en/errors/index.html").contains("errors/131047/index.html"))
    }

    @Test func articlePagesCarryNumberedStepsWithAnchorsInTurkish() {
        let html = Self.text("tr/templates/template-does-not-exist/index.html")
        #expect(html.contains("<h1>Şablon bu dilde bulunamadı</h1>"))
        #expect(html.contains("<ol class=\"steps\">"))
        #expect(html.contains("<li id=\"step-1\">WhatsApp Yöneticisi → Mesaj şablonları"))
        #expect(html.contains("<h2 id=\"nasil-duzeltilir\">Nasıl düzeltilir</h2>"))
        #expect(html.contains("hreflang=\"en\" lang=\"en\">English</a>"))
        #expect(html.contains("<time datetime=\"2026-"))
    }

    @Test func noInternalLinkIsBroken() {
        var broken: [String] = []
        for file in Self.files where file.path.hasSuffix(".html") && !file.path.hasSuffix("404.html") {
            let html = String(decoding: file.contents, as: UTF8.self)
            for target in Self.references(in: html) {
                if target.hasPrefix("http") || target.hasPrefix("mailto:") || target.hasPrefix("#") { continue }
                let path = target.split(separator: "#").first.map(String.init) ?? target
                guard let resolved = Self.resolve(path, from: file.path), Self.byPath[resolved] != nil else {
                    broken.append("\(file.path) → \(target)")
                    continue
                }
            }
        }
        let brokenCount = broken.count
        #expect(brokenCount == 0, "\(broken.prefix(10))")
    }

    @Test func hreflangAlternatesArePairedBothWays() {
        let base = Self.content.site.baseURL
        var alternatesByURL: [String: Set<String>] = [:]
        for file in Self.files where file.path.hasSuffix("index.html") && file.path.contains("/") {
            let html = String(decoding: file.contents, as: UTF8.self)
            let url = SitePaths.absoluteURL(of: file.path, baseURL: base)
            let alternates = Self.attributeValues(in: html, after: "<link rel=\"alternate\" hreflang=\"", attribute: "href")
            alternatesByURL[url] = Set(alternates)
        }
        var checked = 0
        for (url, alternates) in alternatesByURL where !alternates.isEmpty {
            #expect(alternates.contains(url), "\(url) does not list itself")
            for other in alternates where other != url {
                guard let back = alternatesByURL[other] else { continue }
                #expect(back == alternates, "\(url) and \(other) disagree")
                checked += 1
            }
        }
        #expect(checked > 100)
        #expect(Self.text("sitemap.xml").contains("hreflang=\"tr\" href=\"https://help.example.com/tr/messaging/"))
    }

    @Test func twoBuildsAreByteIdentical() throws {
        #expect(try Self.generate() == Self.files)
    }

    @Test func theOutputNamesNoPathOfTheBuildMachine() {
        let machinePaths = [PackageRoot.url.path, NSHomeDirectory(), NSTemporaryDirectory()].filter { $0.count > 1 }
        for file in Self.files {
            let text = String(decoding: file.contents, as: UTF8.self)
            for path in machinePaths { #expect(!text.contains(path), "\(file.path) contains \(path)") }
        }
    }

    @Test func theBrowserIndexUsesTheSharedAnalysis() {
        let index = Self.text("tr/search-index.js")
        #expect(index.hasPrefix("window.FIXDESK_INDEX = {"))
        // Folded surface words next to stems: the browser only has to fold what is typed.
        #expect(index.contains("sablon"))
        #expect(!index.contains("\"t\":\"Şablon"))
        // A Turkish agent on the English pages pastes the Turkish text their panel showed.
        #expect(Self.text("en/search-index.js").contains("Mesajınız gönderilemedi. Alıcı 24 saatten uzun süredir aktif değil."))
        // …or describes it in Turkish: the Turkish title's words are there too ("hizmet penceresi").
        #expect(Self.text("en/search-index.js").contains(" penceresi "))
    }

    @Test func aThemeFileOverridesTheBuiltInTemplate() throws {
        let folder = try TemporaryDirectory()
        _ = try folder.write("<p class=\"mine\">{{title}} — {{ui.updated}}</p>{{{body}}}", to: "article.mustache")
        _ = try folder.write("body { color: rebeccapurple; }\n", to: "site.css")
        let files = try Self.generate(theme: folder.url)
        let page = files.first { $0.path == "tr/messaging/whatsapp-24-hour-window/index.html" }
        let html = page.map { String(decoding: $0.contents, as: UTF8.self) } ?? ""
        #expect(html.contains("<p class=\"mine\">"))
        #expect(html.contains("Son güncelleme"))
        #expect(files.first { $0.path == "assets/site.css" }?.contents == Data("body { color: rebeccapurple; }\n".utf8))
    }

    @Test func aBrokenThemeTemplateIsReportedWithItsFile() throws {
        let folder = try TemporaryDirectory()
        _ = try folder.write("{{#unclosed}}", to: "home.mustache")
        #expect(throws: FixdeskError.self) { try SiteTheme.load(overridesIn: folder.url, displayPath: "content/_theme") }
        do {
            _ = try SiteTheme.load(overridesIn: folder.url, displayPath: "content/_theme")
        } catch {
            #expect(error.message.contains("content/_theme/home.mustache"))
        }
    }

    @Test func theBuiltInThemeIsTheDefaultThemeFolder() throws {
        let folder = PackageRoot.url.appendingPathComponent("Sources/FixdeskSite/DefaultTheme")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }.sorted()
        let builtIn = try SiteTheme.defaultFiles()
        #expect(names == builtIn.keys.sorted())
        for name in names {
            #expect(builtIn[name] == FileManager.default.contents(atPath: folder.appendingPathComponent(name).path), "\(name)")
        }
    }

    // MARK: Helpers

    static func references(in html: String) -> [String] {
        attributeValues(in: html, after: " href=\"", attribute: nil) + attributeValues(in: html, after: " src=\"", attribute: nil)
    }

    /// Values of `attribute` in tags that start with `marker`, or the value right after `marker`.
    static func attributeValues(in html: String, after marker: String, attribute: String?) -> [String] {
        var values: [String] = []
        var rest = html[...]
        while let start = rest.range(of: marker) {
            var tail = rest[start.upperBound...]
            if let attribute {
                guard let tagEnd = tail.firstIndex(of: ">"), let found = tail[..<tagEnd].range(of: " \(attribute)=\"") else {
                    rest = tail; continue
                }
                tail = tail[found.upperBound...]
            }
            guard let end = tail.firstIndex(of: "\"") else { break }
            values.append(String(tail[..<end]).replacingOccurrences(of: "&amp;", with: "&"))
            rest = tail[end...]
        }
        return values
    }

    static func resolve(_ link: String, from page: String) -> String? {
        var parts = page.split(separator: "/").dropLast().map(String.init)
        for component in link.split(separator: "/") {
            switch component {
            case ".": continue
            case "..": if parts.isEmpty { return nil }; parts.removeLast()
            default: parts.append(String(component))
            }
        }
        return parts.joined(separator: "/")
    }
}
