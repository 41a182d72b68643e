import Testing
import FixdeskTestSupport
@testable import FixdeskIndex
@testable import FixdeskMatch

@Suite struct MatcherTests {
    let fixture: ContentFixture
    let matcher: Matcher

    init() throws {
        fixture = try ContentFixture()
        let index = try KnowledgeIndex.open(at: fixture.directory.path + "/index.sqlite", content: fixture.loader)
        matcher = Matcher(index: index)
    }

    func ids(_ paste: String, language: String = "tr") throws -> [String] {
        try matcher.match(PasteInput(text: paste), language: language).matches.map(\.article.id)
    }

    /// A matcher remembers what it analysed of its candidates (the server keeps one per connection): a paste
    /// gets the same answer from a matcher that has answered other pastes as from a new one.
    @Test func aMatcherThatHasAnsweredBeforeAnswersAlike() throws {
        let pastes = ["Template is paused due to low quality", "Mesajınız gönderilemedi. Alıcı 24 saatten uzun süredir aktif değil",
                      "şablon duraklatıldı kalite", "error 131047 template"]
        let fresh = try pastes.map { paste in
            let index = try KnowledgeIndex.open(at: fixture.directory.path + "/index.sqlite", content: fixture.loader)
            return try Matcher(index: index).match(PasteInput(text: paste), language: "en")
        }
        for _ in 0..<2 {
            #expect(try pastes.map { try matcher.match(PasteInput(text: $0), language: "en") } == fresh)
        }
        #expect(fresh.allSatisfy { !$0.matches.isEmpty })
    }

    @Test func graphAPIErrorIsShownInTheAgentsLanguage() throws {
        let paste = #"{"error":{"message":"(#131047) Re-engagement message","type":"OAuthException","code":131047,"fbtrace_id":"AbCdEf123"}}"#
        let report = try matcher.match(PasteInput(text: paste), language: "tr")
        let first = try #require(report.matches.first)
        #expect(first.article.id == "window")
        #expect(first.article.language == "tr")
        #expect(first.article.steps.first == "Onaylı bir şablon gönderin (durum: Onaylandı).")
        #expect(first.reasons.contains("error code 131047 in (#131047)"))
        #expect(report.codes == ["131047"])
        #expect(first.confidence > 0.9)
    }

    @Test func turkishUITextWithoutTurkishLettersAndInCapitals() throws {
        #expect(try ids("Mesajiniz gonderilemedi. Alici 24 saatten uzun suredir aktif degil") == ["window"])
        #expect(try ids("MESAJINIZ GÖNDERİLEMEDİ. ALICI 24 SAATTEN UZUN SÜREDİR AKTİF DEĞİL") == ["window"])
        #expect(try ids("meta bu şablonu düşük kalite puanı nedeniyle duraklattı", language: "en") == ["paused"])
    }

    @Test func providerCodes() throws {
        #expect(try ids("Twilio Error 63016") == ["window"])
        #expect(try ids("twilio:63016") == ["window"])
    }

    @Test func severalErrorsGetOneResultEach() throws {
        let paste = """
        2026-11-25T10:00:01Z send failed code=131047
        2026-11-25T10:00:02Z send failed code=132015
        """
        #expect(Set(try ids(paste)) == ["window", "paused"])
    }

    @Test(arguments: ["The weather is lovely today", "Bugün hava çok güzel, yarın pikniğe gidelim",
                      "Call me at +90 532 123 45 67 tomorrow", "", "1234"])
    func unrelatedTextMatchesNothing(paste: String) throws {
        #expect(try ids(paste, language: "en") == [])
    }

    @Test func missingTranslationFallsBackWithAReason() throws {
        let fixture = try ContentFixture()
        try fixture.write("""
        ---
        id: only-turkish
        title: Yalnızca Türkçe makale
        summary: Çevirisi yok.
        section: templates
        codes: ["132069"]
        updated: 2026-11-25
        sources: ["https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes"]
        ---

        ## Nasıl düzeltilir

        1. Bir saat bekleyin.
        """, to: "tr/templates/only-turkish.md")
        let index = try KnowledgeIndex.open(at: fixture.directory.path + "/index.sqlite", content: fixture.loader)
        let report = try Matcher(index: index).match(PasteInput(text: "error 132069"), language: "en")
        let first = try #require(report.matches.first)
        #expect(first.article.language == "tr")
        #expect(first.reasons.last == "no 'en' translation; shown in 'tr'")
    }

    @Test func hugeAndInvalidInputIsHandled() throws {
        var bytes = Array("code=131047 ".utf8) + [0xFF, 0xFE, 0xC3]
        bytes += Array(repeating: UInt8(ascii: "x"), count: PasteInput.maximumBytes + 10)
        let input = PasteInput(bytes: bytes)
        #expect(input.wasTruncated)
        #expect(input.hadInvalidUTF8)
        let report = try matcher.match(input, language: "en")
        #expect(report.matches.first?.article.id == "window")
        #expect(report.warnings.count == 2)
    }

    @Test func randomAndMutatedPayloadsGiveWellFormedReports() throws {
        var generator = SeededGenerator.fromEnvironment("FIXDESK_TEST_SEED", test: "randomAndMutatedPayloadsGiveWellFormedReports")
        let seed = #"{"error":{"message":"(#132000) Number of parameters does not match","code":132000,"error_subcode":2388040}}"#
        for round in 0..<200 {
            var bytes = Array(seed.utf8)
            for _ in 0..<(round % 20 + 1) {
                let position = Int.random(in: 0..<bytes.count, using: &generator)
                bytes[position] = UInt8.random(in: 0...255, using: &generator)
            }
            if round % 3 == 0 { bytes = (0..<Int.random(in: 0...400, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) } }
            let report = try matcher.match(PasteInput(bytes: bytes), language: round % 2 == 0 ? "tr" : "en")
            // Whatever the bytes: confidences within 0…1, best first, each article once.
            let confidences = report.matches.map(\.confidence)
            #expect(confidences.allSatisfy { (0...1).contains($0) }, "seed \(generator.seed), round \(round)")
            #expect(confidences == confidences.sorted(by: >), "seed \(generator.seed), round \(round)")
            #expect(Set(report.matches.map(\.article.id)).count == report.matches.count, "seed \(generator.seed), round \(round)")
        }
    }
}

@Suite struct LiteralTextTests {
    @Test func aLiteralMatchesWholeWordsOnly() throws {
        // "AuthException" (code 0) must not be found inside "OAuthException", which nearly every Graph error carries.
        let fixture = try ContentFixture()
        try fixture.write("""
        ---
        id: auth
        title: Authentication failed
        summary: The app user could not be authenticated.
        section: messaging
        codes: ["0"]
        errors: ["AuthException"]
        updated: 2026-11-25
        sources: ["https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes"]
        ---

        ## How to fix

        1. Create a new token.
        """, to: "en/messaging/auth.md")
        let index = try KnowledgeIndex.open(at: fixture.directory.path + "/index.sqlite", content: fixture.loader)
        let paste = #"{'error': {'message': '(#3) API Method', 'type': 'OAuthException', 'code': 3}}"#
        let report = try Matcher(index: index).match(PasteInput(text: paste), language: "en")
        #expect(report.matches.map(\.article.id) == [])
    }
}
