import Testing
@testable import FixdeskMatch

@Suite struct CodeExtractorTests {
    let extractor = CodeExtractor(providers: ProviderNames(namespaces: ["twilio", "gupshup"]))

    func found(_ text: String) -> [String] {
        extractor.mentions(in: text).filter { $0.context != .freeText }.map(\.value)
    }

    @Test func graphErrorObject() {
        let paste = #"{"error":{"message":"(#131047) Re-engagement message","type":"OAuthException","code":131047,"fbtrace_id":"A1b2"}}"#
        let mentions = extractor.mentions(in: paste)
        #expect(mentions.map(\.value) == ["131047", "131047"])
        #expect(mentions[0].context == .hashInParentheses)
        #expect(mentions[1].context == .key(path: "error.code", isSubcode: false))
    }

    @Test func webhookErrorsArray() {
        let paste = #"{"statuses":[{"id":"wamid.HBgM","status":"failed","timestamp":"1700000000","recipient_id":"905321234567","errors":[{"code":131026,"title":"Message undeliverable"}]}]}"#
        let mentions = extractor.mentions(in: paste)
        #expect(mentions.map(\.value) == ["131026"])
        #expect(mentions[0].placeDescription == "in errors[].code")
    }

    @Test func pythonReprLogLinesAndSDKMessages() {
        #expect(found("{'error': {'message': 'Template is paused', 'code': 132015, 'error_subcode': 2494100}}") == ["132015", "2494100"])
        #expect(found("2026-11-25 10:31:02 ERROR send failed code=131048 to=+905321234567") == ["131048"])
        #expect(found("WhatsAppError: error 131026 while sending") == ["131026"])
        #expect(found("Twilio Error 63016 - Outside messaging window") == ["63016"])
        #expect(found("hata kodu: 131047") == ["131047"])
        #expect(found("#132000") == ["132000"])
    }

    @Test func bareCodesWithAndWithoutProvider() {
        #expect(extractor.mentions(in: " 131047\n").first?.context == .bare)
        let twilio = extractor.mentions(in: "twilio:63016")
        #expect(twilio.first?.provider == "twilio")
        #expect(twilio.first?.value == "63016")
    }

    @Test func numbersThatAreNotCodes() {
        let paste = "Call +90 532 123 45 67 on 2026-11-25 at 10:30, amount 131.047 TL, id 1234567890123, order 131047abc"
        #expect(extractor.mentions(in: paste).map(\.value).filter { $0.count >= 5 } == [])
        #expect(found(#"{"id": 131047, "timestamp": "131047", "phone_number_id": 131026}"#) == [])
    }

    @Test func turkishSuffixAfterACode() {
        #expect(extractor.mentions(in: "131047’de takıldım").map(\.value) == ["131047"])
    }
}

@Suite struct CodeShapesOfRealPastes {
    let extractor = CodeExtractor(providers: ProviderNames(namespaces: ["twilio", "gupshup"]))

    func mentions(_ text: String) -> [CodeMention] { extractor.mentions(in: text) }

    @Test func aCodeFollowedByAColonInsideQuotesAfterAWordInAnyLanguage() {
        #expect(mentions(#"hata: "132001: şablon bulunamadı""#).map(\.value) == ["132001"])
        #expect(mentions(#"hata: "132001: şablon bulunamadı""#).first?.context != .freeText)
        #expect(mentions("Erro: código 131026 ao enviar").first?.context == .keyword("código"))
        #expect(mentions("Fehlercode 131049").first?.context == .keyword("fehlercode"))
        #expect(mentions(#"{"erro": 131047}"#).first?.context == .key(path: "erro", isSubcode: false))
    }

    @Test func bareCodesAloneInAListOrWithTrailingPunctuation() {
        #expect(mentions("63024:").map(\.value) == ["63024"])
        #expect(mentions("131047 132015").map(\.value) == ["131047", "132015"])
        #expect(mentions("131047, 132015").allSatisfy { $0.context == .bare })
        #expect(mentions("Twilio:63016").first?.provider == "twilio")
        // A list of small numbers is not a list of codes.
        #expect(mentions("1 2 3").allSatisfy { $0.context != .bare })
    }

    @Test func aCodeRunIntoTheNextTableCellsWord() {
        // A documentation table's row copied without the space between its cells.
        #expect(mentions("131021Unable to send message to this phone number").map(\.value) == ["131021"])
        // Digits glued to a lowercase word or to an identifier stay part of it.
        #expect(mentions("order 131047abc, ref A131047Unable").isEmpty)
    }

    @Test func digitsGroupedWithUnderscores() {
        #expect(mentions("err=131_047").map(\.value) == ["131047"])
    }

    @Test func aNamespacePathNamesTheAPI() {
        let mention = mentions("reason: whatsapp::external::1013").first
        #expect(mention?.value == "1013")
        #expect(mention?.context == .keyword("whatsapp"))
        #expect(mentions("gupshup/1002 failed").first?.provider == "gupshup")
    }

    @Test func providersAreFoundInTheOrderTheyAppear() {
        let names = ProviderNames(namespaces: ["twilio", "gupshup", "webex"])
        let order = names.namespaces(in: ByteSearch.asciiLowercased(Array("Gupshup forwards to Twilio and imiconnect".utf8)))
        #expect(order == ["gupshup", "twilio", "webex"])
    }

    @Test func aCodeFirstOnItsLineAsTablesAndListsPutIt() {
        #expect(mentions("`1013, not a WhatsApp user`\n`1006, unknown contact`").map(\.context) == [.lineStart, .lineStart])
        #expect(mentions("8007 | Failed to send message").first?.context == .lineStart)
        #expect(mentions("410 – Nachricht abgelaufen").first?.context == .lineStart)
        // A count at the start of a sentence is not a code.
        #expect(mentions("1013 messages were sent today").first?.context == .freeText)
    }
}

@Suite struct PasteUnescaperTests {
    @Test func aLoggedJSONStringReadsAsWritten() {
        #expect(PasteUnescaper.unescape(#"{\"error\":{\"code\":131047}}"#) == #"{"error":{"code":131047}}"#)
        #expect(PasteUnescaper.unescape(#"Erro de download de m\u00eddia"#) == "Erro de download de mídia")
        #expect(PasteUnescaper.unescape(#"\ud83d\ude00 ok\nnext"#) == "😀 ok\nnext")
        #expect(PasteUnescaper.unescape(#"C:\path \q \u12"#) == #"C:\path \q \u12"#)
    }
}
