import Foundation
import Testing
import FixdeskTriage

/// What `--log-unmatched` writes must hold no personal data or secret, and still say which error it was.
struct RedactorTests {
    @Test(arguments: [
        ("call +90 532 123 45 67 now", "call <number> now"),
        ("tel 0532 123 45 67.", "tel <number>."),
        ("to=+905321234567", "to=<number>"),
        ("US (415) 555-0100 failed", "US <number> failed"),
        ("wa_id 905321234567 failed", "wa_id <number> failed"),
        ("mail jane.doe+crm@example.com.tr please", "mail <email> please"),
        ("id wamid.HBgLOTA1MzIxMjM0NTY3FQIAERgSQUFBQUFB", "id <id>"),
        ("token EAAGm0PX4ZCpsBAKZCZAqnZBZCZA1234abcd", "token <token>"),
        ("Authorization: Bearer abc.def-ghi_jkl", "Authorization: Bearer <token>"),
        ("trace 9f86d081884c7d659a2feaa0c55ad015", "trace <id>"),
        (#""fbtrace_id":"AUW3b4dJcYvLJCg5YwYt8n5""#, #""fbtrace_id":"<id>""#),
        ("request 3f2504e0-4f89-11d3-9a0c-0305e82c3301 done", "request <id> done"),
    ])
    func removesPersonalDataAndSecrets(input: String, expected: String) {
        #expect(Redactor.redact(input) == expected)
    }

    @Test(arguments: [
        #"{"error":{"message":"(#131047) Re-engagement message","code":131047,"error_subcode":2494010}}"#,
        "Error 63016: Failed to send freeform message",
        "code=131026 Message undeliverable at 2026-12-01",
        "Şablon duraklatıldı (132015) — WhatsApp'ın kuralı",
        "codes 131047 470",
    ])
    func keepsErrorCodesAndWords(input: String) {
        let redacted = Redactor.redact(input)
        for code in ["131047", "63016", "131026", "132015", "470"] where input.contains(code) {
            #expect(redacted.contains(code), "\(redacted)")
        }
        #expect(!redacted.contains("<email>"))
        if !input.contains("2494010") { #expect(redacted == input) }
    }
}

struct TimestampTests {
    @Test func readsISOAndUnixTimes() throws {
        #expect(Timestamp.unix("1796117400") == Date(timeIntervalSince1970: 1_796_117_400))
        #expect(Timestamp.unix("1796117400123") == Date(timeIntervalSince1970: 1_796_117_400.123))
        #expect(Timestamp.unix("17645x") == nil)
        #expect(Timestamp.firstISO(in: "[2026-12-01T09:30:00Z] ERROR") == Date(timeIntervalSince1970: 1_796_117_400))
        #expect(Timestamp.firstISO(in: "2026-12-01 12:30:00+03:00 error") == Date(timeIntervalSince1970: 1_796_117_400))
        let fraction = try #require(Timestamp.firstISO(in: "at 2026-12-01T09:30:00.250Z"))
        #expect(abs(fraction.timeIntervalSince1970 - 1_796_117_400.25) < 0.001)
        #expect(Timestamp.firstISO(in: "code 131047 on 2026-13-01T09:30:00Z") == nil)
        #expect(Timestamp.format(Date(timeIntervalSince1970: 1_796_117_400)) == "2026-12-01T09:30:00Z")
    }
}
