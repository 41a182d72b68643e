import Foundation
import Testing
@testable import FixdeskCLI
import FixdeskService
import FixdeskContent
import FixdeskTestSupport
import FixdeskIndex
import FixdeskMatch

/// The command line in the agent's language, with addresses a customer can open.
@Suite(.serialized) struct LocalisedCLITests {
    let fixture: ContentFixture

    init() throws { fixture = try ContentFixture() }

    func bundled(_ arguments: [String], environment: [String: String] = [:]) throws -> CLIRun {
        try CLIRun(arguments + ["--content", PackageRoot.content.path], in: fixture.directory.url, environment: environment)
    }

    @Test func turkishMatchSpeaksTurkishWithItsNumbersAndFullAddresses() throws {
        let result = try bundled(["match", "131047 132015", "--lang", "tr"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        // Percentages as Turkish writes them, whatever the matcher's confidence is.
        #expect(lines.contains { $0.range(of: #"^1\. 24 saatlik hizmet penceresi kapandı  %\d{1,3}$"#, options: .regularExpression) != nil })
        #expect(lines.contains { $0.hasPrefix("   neden: 131047 hata kodu ") })
        #expect(lines.contains { $0.hasPrefix("   https://help.example.com/tr/messaging/whatsapp-24-hour-window/  (") })
        for english in ["why:", "error code", "words:", "85%"] { #expect(!result.stdout.contains(english)) }
        let none = try bundled(["match", "--lang", "tr", "Hava bugün çok güzel, pikniğe gidelim"])
        #expect(none.status == 1)
        #expect(none.stderr == "Bu hataya uyan bir makale yok.\n")
        let unknown = try bundled(["show", "yok-boyle-bir-makale", "--lang", "tr"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.hasPrefix("fixdesk: 'yok-boyle-bir-makale' kimliğine veya koduna sahip bir makale yok"))
        let overContent = try CLIRun(["site", "--out", "content", "--lang", "tr"], in: PackageRoot.url)
        #expect(overContent.status == 2)
        #expect(overContent.stderr == "fixdesk: --out 'content' içerik klasörünün kendisi ya da onu içeriyor; 'site' gibi ayrı bir klasör seçin.\n")
        let language = try bundled(["show", "x", "--lang", "xx"], environment: ["LANG": "tr_TR.UTF-8"])
        #expect(language.stderr == "fixdesk: Bilinmeyen dil 'xx'; bu içerikte şu diller var: en, tr.\n")
    }

    @Test func showPrintsTheWholeArticleWithTurkishDate() throws {
        let result = try bundled(["show", "whatsapp-24-hour-window", "--lang", "tr_TR.UTF-8"], environment: ["COLUMNS": "60"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Kodlar: 131047, 470, Twilio 63016"))
        #expect(result.stdout.range(of: #"Son güncelleme: \d{1,2} (Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|Ağustos|Eylül|Ekim|Kasım|Aralık) 20\d\d"#,
                                    options: .regularExpression) != nil)
        #expect(result.stdout.contains("Ne anlama geliyor\n─────────────────"))
        #expect(result.stdout.contains("\n• "))
        #expect(result.stdout.split(separator: "\n").allSatisfy { $0.count <= 59 || $0.contains("https://") })
        #expect(!result.stdout.contains("\u{1B}["))
    }

    @Test func severalCodesInArgumentsComeBackInPasteOrder() throws {
        for arguments in [["132015", "131047"], ["132015 131047"]] {
            let result = try bundled(["match", "--json"] + arguments)
            #expect(result.status == 0)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            let ids = (json["matches"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
            #expect(ids == ["template-paused-low-quality", "whatsapp-24-hour-window"], "\(arguments)")
        }
    }

    @Test func jsonKeepsTheRelativeURLAndAddsTheAbsoluteHref() throws {
        let result = try run(["match", "--json", "--lang", "tr", "131047"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let first = try #require((json["matches"] as? [[String: Any]])?.first)
        #expect(first["url"] as? String == "tr/messaging/window/")
        #expect(first["href"] as? String == "https://help.example.com/tr/messaging/window/")
        let search = try run(["search", "--json", "template"])
        #expect(search.stdout.contains(#""href" : "https://help.example.com/en/templates/paused/""#))
        let show = try run(["show", "--json", "paused"])
        #expect(show.stdout.contains(#""href" : "https://help.example.com/en/templates/paused/""#))
    }

    @Test func showResolvesAProviderCodeWithoutItsPrefix() throws {
        let result = try run(["show", "63016", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(#""id" : "window""#))
        #expect(try run(["show", "Twilio 63016", "--json"]).stdout.contains(#""id" : "window""#))
    }

    @Test func contentIsFoundInAParentFolderOrFromTheEnvironment() throws {
        let nested = fixture.directory.url.appendingPathComponent("notes/deeper")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        let result = try CLIRun(["match", "--json", "131047"], in: nested)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(#""path" : "../../content/en/messaging/window.md""#))
        #expect(FileManager.default.fileExists(atPath: fixture.directory.path + "/.fixdesk"))
        #expect(!FileManager.default.fileExists(atPath: nested.path + "/.fixdesk"))
        let outside = try TemporaryDirectory()
        let lost = try CLIRun(["match", "131047"], in: outside.url)
        #expect(lost.status == 3)
        #expect(lost.stderr == "fixdesk: No content folder here or in any parent folder; pass --content DIR or set FIXDESK_CONTENT.\n")
        let fromVariable = try CLIRun(["show", "paused", "--json"], in: outside.url, environment: ["FIXDESK_CONTENT": fixture.contentURL.path])
        #expect(fromVariable.status == 0, "\(fromVariable.stderr)")
    }

    @Test func systemErrorsAreOneSentenceNotFoundationsDump() throws {
        let blocker = fixture.directory.url.appendingPathComponent("not-a-folder")
        try Data("x".utf8).write(to: blocker)
        let result = try run(["match", "131047", "--index", blocker.path + "/index.sqlite"])
        #expect(result.status == 4)
        #expect(result.stderr.hasPrefix("fixdesk: Cannot build the index at '\(blocker.path)/index.sqlite': "))
        #expect(!result.stderr.contains("Domain="), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
        let turkish = try bundled(["match", "131047", "--lang", "tr", "--index", blocker.path + "/index.sqlite"])
        #expect(turkish.stderr.hasPrefix("fixdesk: '\(blocker.path)/index.sqlite' konumunda dizin oluşturulamadı: "))
    }

    @Test func versionIsPrinted() throws {
        let result = try run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout == "fixdesk \(FixdeskVersion.current)\n")
    }

    func run(_ arguments: [String]) throws -> CLIRun { try CLIRun(arguments, in: fixture.directory.url) }
}

/// The pure parts: language tags, content lookup, code lookup, formats.
struct CLIRulesTests {
    @Test(arguments: ["tr", "TR", "tr-TR", "tr_TR", "tr_TR.UTF-8", "tr_TR.utf8@euro"])
    func turkishIsNamedManyWays(option: String) throws {
        let resolver = LanguageResolver(available: ["en", "tr"], fallback: "en")
        #expect(try resolver.resolve(option: option, environment: [:]) == "tr")
    }

    @Test func aRegionalLanguageWinsOverItsBase() throws {
        let resolver = LanguageResolver(available: ["pt", "pt-br"], fallback: "pt")
        #expect(try resolver.resolve(option: "pt_BR.UTF-8", environment: [:]) == "pt-br")
        #expect(try resolver.resolve(option: "pt_PT", environment: [:]) == "pt")
        #expect(throws: FixdeskError.self) { try resolver.resolve(option: "de", environment: [:]) }
    }

    @Test func contentIsLookedForUpwards() {
        let present: Set<String> = ["/home/a/repo/content/_site.yml"]
        let locator = ContentLocator(currentDirectory: "/home/a/repo/docs/x", environment: [:], fileExists: present.contains)
        #expect(locator.locate(option: nil) == .init(path: "../../content", indexFolder: "../../"))
        #expect(locator.locate(option: "mine") == .init(path: "mine", indexFolder: ""))
        let lost = ContentLocator(currentDirectory: "/srv", environment: [:], fileExists: { _ in false })
        #expect(lost.locate(option: nil).found == false)
        let named = ContentLocator(currentDirectory: "/srv", environment: ["FIXDESK_CONTENT": "/data/kb/content"], fileExists: { _ in false })
        #expect(named.locate(option: nil) == .init(path: "/data/kb/content", indexFolder: "/data/kb/"))
    }

    @Test func aCodeWithoutProviderIsFoundOrSuggested() throws {
        let claims = ["131047": ["window"], "twilio:63016": ["window"], "twilio:21610": ["opt-out"], "cmcom:21610": ["cm-stop"]]
        let lookup = ArticleLookup(isArticleID: { $0 == "window" }, codes: Set(claims.keys), claimants: { claims[$0] ?? [] })
        #expect(try lookup.resolve("window") == .article("window"))
        #expect(try lookup.resolve("63016") == .article("window"))
        #expect(try lookup.resolve("Twilio 63016") == .article("window"))
        #expect(try lookup.resolve("#131047") == .article("window"))
        #expect(try lookup.resolve("21610") == .ambiguous([("cmcom:21610", "cm-stop"), ("twilio:21610", "opt-out")]))
        #expect(try lookup.resolve("CM.com:21610") == .article("cm-stop"))
        #expect(try lookup.resolve("99999") == .unknown)
    }

    /// A failed read of the index is an error to report, not "no such article" (it was, through `try?`).
    @Test func aFailedIndexReadIsNotAnUnknownArticle() {
        struct ReadFailed: Error {}
        let unreadable = ArticleLookup(isArticleID: { _ in throw ReadFailed() }, codes: ["131047"], claimants: { _ in [] })
        #expect(throws: ReadFailed.self) { try unreadable.resolve("window") }
        let noClaims = ArticleLookup(isArticleID: { _ in false }, codes: ["131047"], claimants: { _ in throw ReadFailed() })
        #expect(throws: ReadFailed.self) { try noClaims.resolve("131047") }
    }

    @Test func progressIsNeverShownToScriptsOrCI() {
        #expect(!ProgressDisplay.isWanted(json: true, quiet: false, environment: [:]))
        #expect(!ProgressDisplay.isWanted(json: false, quiet: true, environment: [:]))
        #expect(!ProgressDisplay.isWanted(json: false, quiet: false, environment: ["CI": "true"]))
        // The tests' standard error is not a terminal.
        #expect(!ProgressDisplay.isWanted(json: false, quiet: false, environment: [:]))
    }

    @Test func turkishFormatsPercentAndDate() {
        let turkish = LanguageFormats(percent: "%{value}", date: "{day} {month} {year}",
                                      months: ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos",
                                               "Eylül", "Ekim", "Kasım", "Aralık"])
        #expect(turkish.percent(0.985) == "%99")
        #expect(turkish.date(iso: "2026-11-25") == "25 Kasım 2026")
        #expect(turkish.date(iso: "soon") == "soon")
        #expect(LanguageFormats.english.date(iso: "2026-03-02") == "March 2, 2026")
        #expect(CLIText(strings: ["why": "neden: {reasons}"])("why", ["reasons": "x"]) == "neden: x")
        #expect(CLIText()("why", ["reasons": "x"]) == "why: x")
    }
}

/// The reasons as data say what the matcher's English sentences say, so no front end words less.
struct ReasonWordingTests {
    @Test func englishWordingOfTheDetailsIsTheMatchersReasons() throws {
        let fixture = try ContentFixture()
        let index = try KnowledgeIndex.open(at: fixture.directory.path + "/index.sqlite", content: fixture.loader)
        let pastes = [#"{"error":{"message":"(#131047) Re-engagement message","code":131047}}"#, "132015", "twilio error 63016",
                      "Re-engagement message", "template paused low quality"]
        for paste in pastes {
            for language in ["en", "tr"] {
                let report = try Matcher(index: index).match(PasteInput(text: paste), language: language)
                #expect(!report.matches.isEmpty, "\(paste)")
                for match in report.matches {
                    #expect(match.details.map(CLIText().reason) == match.reasons.map { $0.replacingOccurrences(of: "twilio:63016", with: "Twilio 63016") }, "\(paste)")
                }
            }
        }
    }
}
