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

    @Test func invalidUTF8IsReportedWithItsLine() throws {
        let problems = try diagnostics { fixture in
            var bytes = Array("---\nid: paused\n".utf8)
            bytes += [0x74, 0x69, 0x74, 0x6C, 0x65, 0x3A, 0x20, 0xC5, 0x0A]
            try Data(bytes).write(to: fixture.contentURL.appendingPathComponent("tr/templates/paused.md"))
        }
        #expect(problems.contains("content/tr/templates/paused.md:3: the file is not valid UTF-8"))
    }

    @Test func bundledContentIsClean() throws {
        let content = try ContentLoader(directory: PackageRoot.content, displayRoot: "content").load()
        #expect(content.diagnostics.map(\.description) == [])
        #expect(content.articles.count >= 2)
    }
}
