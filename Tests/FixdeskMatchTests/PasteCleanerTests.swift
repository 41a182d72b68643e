import Testing
@testable import FixdeskMatch

@Suite struct PasteCleanerTests {
    @Test func variablePartsAreRemoved() {
        let cleaned = PasteCleaner.clean(
            "Send failed wamid.HBgLOTA1MzIxNzY1NDMyFQIAERgSQUFCQkND see https://developers.facebook.com/docs/x trace AbC123xYz9 mail ops@example.com")
        #expect(!cleaned.contains("wamid"))
        #expect(!cleaned.contains("https"))
        #expect(!cleaned.contains("AbC123xYz9"))
        #expect(!cleaned.contains("example.com"))
        #expect(cleaned.contains("Send failed"))
    }

    @Test func plainSentencesAreLeftAsTheyAre() {
        for text in ["Şablonunuz kalite puanı düştüğü için duraklatıldı", "Message failed to send because the window closed"] {
            #expect(!PasteCleaner.mayHaveNoise(text))
            #expect(PasteCleaner.clean(text) == text)
        }
        // Digits of any script, an address or a link still go through the patterns.
        #expect(PasteCleaner.mayHaveNoise("hata ١٣١٠٤٧"))
        #expect(PasteCleaner.mayHaveNoise("see WWW.example.org"))
        #expect(PasteCleaner.mayHaveNoise("a@b.co"))
    }
}
