import Testing
@testable import FixdeskMatch

@Suite struct CodeExtractorTests {
    func found(_ text: String) -> [String] {
        CodeExtractor().mentions(in: text).filter { $0.context != .freeText }.map(\.value)
    }

    @Test func graphErrorObject() {
        let paste = #"{"error":{"message":"(#131047) Re-engagement message","type":"OAuthException","code":131047,"fbtrace_id":"A1b2"}}"#
        let mentions = CodeExtractor().mentions(in: paste)
        #expect(mentions.map(\.value) == ["131047", "131047"])
        #expect(mentions[0].context == .hashInParentheses)
        #expect(mentions[1].context == .key(path: "error.code", isSubcode: false))
    }

    @Test func webhookErrorsArray() {
        let paste = #"{"statuses":[{"id":"wamid.HBgM","status":"failed","timestamp":"1700000000","recipient_id":"905321234567","errors":[{"code":131026,"title":"Message undeliverable"}]}]}"#
        let mentions = CodeExtractor().mentions(in: paste)
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
        #expect(CodeExtractor().mentions(in: " 131047\n").first?.context == .bare)
        let twilio = CodeExtractor().mentions(in: "twilio:63016")
        #expect(twilio.first?.provider == "twilio")
        #expect(twilio.first?.value == "63016")
    }

    @Test func numbersThatAreNotCodes() {
        let paste = "Call +90 532 123 45 67 on 2026-11-25 at 10:30, amount 131.047 TL, id 1234567890123, order 131047abc"
        #expect(CodeExtractor().mentions(in: paste).map(\.value).filter { $0.count >= 5 } == [])
        #expect(found(#"{"id": 131047, "timestamp": "131047", "phone_number_id": 131026}"#) == [])
    }

    @Test func turkishSuffixAfterACode() {
        #expect(CodeExtractor().mentions(in: "131047’de takıldım").map(\.value) == ["131047"])
    }
}
