import Foundation
import Testing
import FixdeskTestSupport
@testable import FixdeskContent

/// Each broken copy of the mini content must be reported at the right file and line.
@Suite struct LintTests {
    func diagnostics(after edit: (ContentFixture) throws -> Void) throws -> [String] {
        let fixture = try ContentFixture()
        try edit(fixture)
        return try fixture.loader.load().diagnostics.map(\.description)
    }

    @Test func unknownFrontMatterKeyIsReportedWithItsLine() throws {
        let problems = try diagnostics { fixture in
            let text = try fixture.read("tr/templates/paused.md")
            try fixture.write(text.replacingOccurrences(of: "updated: 2026-11-25", with: "updated: 2026-11-25\nyazar: Ayşe"),
                              to: "tr/templates/paused.md")
        }
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix("content/tr/templates/paused.md:10: unknown front matter key 'yazar'") == true)
    }

    @Test func brokenYAMLNamesTheLine() throws {
        let problems = try diagnostics { fixture in
            let text = try fixture.read("en/templates/paused.md")
            try fixture.write(text.replacingOccurrences(of: "summary: Meta paused", with: "summary: [Meta paused"),
                              to: "en/templates/paused.md")
        }
        #expect(problems.contains { $0.hasPrefix("content/en/templates/paused.md:") && $0.contains("invalid YAML") })
        // The article cannot be read, so its translation now misses a partner.
        #expect(problems.contains { $0.contains("content/tr/templates/paused.md") && $0.contains("no 'en' translation") })
    }

    @Test func aSectionTitleWithAnUnquotedCommaIsReported() throws {
        let problems = try diagnostics { fixture in
            let text = try fixture.read("tr/_strings.yml")
            try fixture.write(text.replacingOccurrences(of: "{title: Şablonlar,", with: "{title: Şablonlar, kalite ve inceleme,"),
                              to: "tr/_strings.yml")
        }
        #expect(problems.contains { $0.hasPrefix("content/tr/_strings.yml:") && $0.contains("section 'templates' has an unknown key 'kalite ve inceleme'") })
    }

    @Test func missingTranslationIsReported() throws {
        let problems = try diagnostics { fixture in
            try FileManager.default.removeItem(at: fixture.contentURL.appendingPathComponent("tr/messaging/window.md"))
        }
        #expect(problems.contains("content/en/messaging/window.md:2: article 'window' has no 'tr' translation (expected tr/messaging/window.md)"))
    }

    @Test func codeClaimedTwiceAndMalformedCodes() throws {
        let problems = try diagnostics { fixture in
            for language in ["en", "tr"] {
                let text = try fixture.read("\(language)/templates/paused.md")
                try fixture.write(text.replacingOccurrences(of: #"codes: ["132015", "2061"]"#, with: #"codes: ["132015", "131047", "twilio 1"]"#),
                                  to: "\(language)/templates/paused.md")
            }
        }
        #expect(problems.contains { $0.hasPrefix("content/en/templates/paused.md:6: code '131047' is already claimed by content/en/messaging/window.md") })
        #expect(problems.contains { $0.hasPrefix("content/tr/templates/paused.md:6: code 'twilio 1' is not well formed") })
    }

    @Test func missingStepsBadLinksBadIdsAndRelated() throws {
        let problems = try diagnostics { fixture in
            try fixture.write("""
            ---
            id: Şablon_Yok
            title: Adımsız makale
            summary: Adımı yok.
            section: templates
            related: [olmayan]
            updated: 2026-11-25
            sources: ["https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes"]
            ---

            ## Nasıl düzeltilir

            Adım yok, yalnızca [kırık bir bağlantı](../olmayan/makale.md).
            """, to: "tr/templates/bad-article.md")
        }
        let file = "content/tr/templates/bad-article.md"
        #expect(problems.contains("\(file):2: id 'Şablon_Yok' may use only a-z, 0-9 and '-'"))
        #expect(problems.contains("\(file):6: related article 'olmayan' does not exist in 'tr'"))
        #expect(problems.contains { $0.hasPrefix("\(file):13: link '../olmayan/makale.md' does not resolve") })
        #expect(problems.contains { $0.hasPrefix("\(file):11: no fix steps") })
        #expect(problems.contains { $0.hasPrefix("\(file):2: article 'Şablon_Yok' has no 'en' translation") })
    }

    @Test func aFixOfOneStepIsReportedAtItsHeading() throws {
        let problems = try diagnostics { fixture in
            let text = try fixture.read("en/messaging/window.md")
            try fixture.write(text.replacingOccurrences(of: "2. Wait for the customer's reply.\n", with: ""), to: "en/messaging/window.md")
        }
        let heading = try #require(try ContentFixture().read("en/messaging/window.md").components(separatedBy: "\n")
            .firstIndex(of: "## How to fix")) + 1
        #expect(problems == ["content/en/messaging/window.md:\(heading): only 1 fix step: give at least 2 (what to check, then what to change)"])
    }

    @Test func invalidUTF8IsReportedWithItsLine() throws {
        let problems = try diagnostics { fixture in
            var bytes = Array("---\nid: paused\n".utf8)
            bytes += [0x74, 0x69, 0x74, 0x6C, 0x65, 0x3A, 0x20, 0xC5, 0x0A]
            try Data(bytes).write(to: fixture.contentURL.appendingPathComponent("tr/templates/paused.md"))
        }
        #expect(problems.contains("content/tr/templates/paused.md:3: the file is not valid UTF-8"))
    }

    static let turkishTerms = """
    apostrophe: "’"
    terms:
      - prefer: WhatsApp Yöneticisi
        avoid: [WhatsApp Manager]
      - prefer: erişim belirteci
        avoid: [erişim token*, access token*]
    """

    /// A paused-template article in Turkish whose prose uses English terms, a straight apostrophe and quotes.
    static let turkishArticleWithVariants = """
    ---
    id: paused
    title: "Şablon duraklatıldı (access token sorunu değil)"
    summary: Meta, şablonu düşük kalite puanı nedeniyle duraklattı.
    section: templates
    codes: ["132015", "2061"]
    errors:
      - "Open WhatsApp Manager and check the access token"
    updated: 2026-11-25
    sources: ["https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes"]
    ---

    ## Nasıl düzeltilir

    1. WhatsApp Manager'da şablonun kalite durumunu kontrol edin.
    2. Graph "Invalid access token" derse ya da `access token` alanı boşsa erişim tokenini yenileyin.
    3. Şablonu [WhatsApp Manager](https://business.facebook.com/wa/manage/) üzerinden yeniden gönderin.
    """

    @Test func terminologyVariantsAreReportedWithThePreferredTermAtTheirLines() throws {
        let problems = try diagnostics { fixture in
            try fixture.write(Self.turkishTerms, to: "tr/_terms.yml")
            try fixture.write(Self.turkishArticleWithVariants, to: "tr/templates/paused.md")
        }
        let file = "content/tr/templates/paused.md"
        #expect(problems.contains("\(file):3: 'access token': write 'erişim belirteci' (_terms.yml)"), "\(problems)")
        #expect(problems.contains("\(file):15: 'WhatsApp Manager': write 'WhatsApp Yöneticisi' (_terms.yml)"), "\(problems)")
        #expect(problems.contains("\(file):15: 'Manager'da': write the apostrophe as ’ (_terms.yml)"), "\(problems)")
        #expect(problems.contains("\(file):16: 'erişim tokenini': write 'erişim belirteci' (_terms.yml)"), "\(problems)")
        // The error text, the quoted Graph message, the code span and the link's address and text in
        // brackets: only the link text is prose, and it is reported.
        #expect(!problems.contains { $0.hasPrefix("\(file):8:") })
        #expect(!problems.contains { $0.hasPrefix("\(file):16:") && $0.contains("'access token'") }, "\(problems)")
        #expect(problems.filter { $0.hasPrefix("\(file):17:") } == ["\(file):17: 'WhatsApp Manager': write 'WhatsApp Yöneticisi' (_terms.yml)"])
        // The English articles have no list, so their "WhatsApp Manager" is fine.
        #expect(!problems.contains { $0.contains("content/en/") })
    }

    @Test func aTerminologyEntryWithoutAvoidIsReported() throws {
        let problems = try diagnostics { fixture in
            try fixture.write("terms:\n  - prefer: erişim belirteci\napostrophe: x\n", to: "tr/_terms.yml")
        }
        #expect(problems.contains { $0.hasPrefix("content/tr/_terms.yml:2: each term needs 'prefer'") }, "\(problems)")
        #expect(problems.contains("content/tr/_terms.yml:3: 'apostrophe' must be ’ or '"), "\(problems)")
    }

    @Test func theSameErrorTextInTwoArticlesNamesBothFiles() throws {
        let problems = try diagnostics { fixture in
            let text = try fixture.read("en/templates/paused.md")
            // Another case and spacing: compared folded, it is the same text.
            try fixture.write(text.replacingOccurrences(of: "errors:\n", with: "errors:\n  - \"RE-ENGAGEMENT  message\"\n"),
                              to: "en/templates/paused.md")
        }
        #expect(problems == ["content/en/templates/paused.md:8: error text 'RE-ENGAGEMENT  message' is also claimed by content/en/messaging/window.md: keep it in the article whose cause and fix it is"])
    }

    @Test func aControlCharacterInTheBodyIsReportedWithItsLine() throws {
        let problems = try diagnostics { fixture in
            let text = try fixture.read("en/templates/paused.md")
            try fixture.write(text.replacingOccurrences(of: "2. Edit", with: "2. Edit\u{1B}[31m"), to: "en/templates/paused.md")
        }
        #expect(problems == ["content/en/templates/paused.md:16: the text contains the control character U+001B, which no reader sees; remove it"])
    }

    @Test(arguments: [
        ("help.example.com", "'base_url' must be an absolute address such as https://help.example.com/ (http or https)"),
        ("ftp://help.example.com/", "'base_url' must be an absolute address such as https://help.example.com/ (http or https)"),
        ("https:///docs/", "'base_url' has no host; it must be an absolute address such as https://help.example.com/"),
        ("https://help.example.com/?lang=tr", "'base_url' must not have a query or fragment ('?' or '#'): page paths are appended to it"),
        ("https://help.example.com/#top", "'base_url' must not have a query or fragment ('?' or '#'): page paths are appended to it"),
    ])
    func anInvalidBaseURLIsReported(value: String, message: String) throws {
        let problems = try diagnostics { fixture in
            let text = try fixture.read("_site.yml")
            try fixture.write(text.replacingOccurrences(of: "https://help.example.com/", with: value), to: "_site.yml")
        }
        #expect(problems == ["content/_site.yml:2: \(message)"])
    }

    @Test func aBaseURLWithAPathIsFine() throws {
        let problems = try diagnostics { fixture in
            let text = try fixture.read("_site.yml")
            try fixture.write(text.replacingOccurrences(of: "https://help.example.com/", with: "http://localhost:8080/help"), to: "_site.yml")
        }
        #expect(problems.isEmpty)
    }

    @Test func bundledContentIsClean() throws {
        let content = try ContentLoader(directory: PackageRoot.content, displayRoot: "content").load()
        #expect(content.diagnostics.map(\.description) == [])
        #expect(content.articles.count >= 2)
    }
}
