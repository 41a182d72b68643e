import Foundation
import Testing
import FixdeskContent
@testable import FixdeskSite

/// `assets/match-rules.js`: the paste box's copy of the matcher's rules, read from the matcher and the content.
@Suite struct MatchRulesTests {
    /// Read anew by each test: a parsed JSON value is not `Sendable`, so it is not kept in a static.
    static var rules: [String: Any] {
        let text = SiteTests.text(MatchRulesBuilder.path)
        let prefix = "window.FIXDESK_MATCH = "
        guard text.hasPrefix(prefix) else { return [:] }
        let json = text.dropFirst(prefix.count).trimmingCharacters(in: CharacterSet(charactersIn: ";\n"))
        return (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [String: Any] ?? [:]
    }

    @Test func theMatchersNumbersAndTablesAreExportedFromItsConstants() throws {
        let matcher = try #require(Self.rules["matcher"] as? [String: Any])
        let tuning = try #require(matcher["tuning"] as? [String: Double])
        // Spot checks of names the browser reads; the values are whatever MatchTuning holds.
        for name in ["freeTextDigits", "placedCodeDigits", "subcodeReach", "textCandidates", "enoughWords.share",
                     "standOut.lead", "genericLiteral.score", "keptShareOfBest", "maximumConfidence"] {
            #expect(tuning[name] != nil, "\(name)")
        }
        #expect((matcher["codeWords"] as? [String])?.contains("hata kodu") == true)
        #expect((matcher["strengths"] as? [String: Double])?.count == 8)
        // Provider names come from the catalog's namespaces and the aliases (`nexmo` is Vonage's old name).
        let providers = try #require(matcher["providers"] as? [[String]])
        #expect(providers.contains(["twilio", "twilio"]))
        #expect(providers.contains(["nexmo", "vonage"]))
    }

    @Test func theContentsPartHasEveryTranslationLexiconAndMarker() throws {
        let profiles = try #require(Self.rules["profiles"] as? [[String: Any]])
        #expect(profiles.count == SiteTests.content.articles.count)
        #expect(profiles.allSatisfy { ($0["columns"] as? [String])?.count == 5 })
        let lexicons = try #require(Self.rules["lexicons"] as? [[String: String]])
        #expect(lexicons.contains { $0["code"] == "pt" && $0["table"]?.contains("\nmensagem\tmessage\n") == true })
        let subject = try #require(Self.rules["subject"] as? [String: [String]])
        #expect(subject["otherProducts"]?.contains("stripe") == true)
        // Stems the browser cannot compute, as the index computes them.
        let stems = try #require(Self.rules["stems"] as? [String: String])
        #expect(stems["en"]?.contains("\nmessages\tmessag\n") == true)
        let synonyms = try #require(Self.rules["synonyms"] as? [String: [[String]]])
        #expect(synonyms["en"]?.contains { $0.contains("too many requests") } == true)
    }

    @Test func onlyThePagesWithThePasteBoxLoadTheRules() {
        #expect(SiteTests.text("tr/index.html").contains("../assets/match-rules.js"))
        #expect(SiteTests.text("en/search/index.html").contains("assets/match-rules.js"))
        let article = SiteTests.content.articles[0]
        #expect(!SiteTests.text("\(article.language)/\(article.section)/\(article.slug)/index.html").contains("match-rules.js"))
    }
}
