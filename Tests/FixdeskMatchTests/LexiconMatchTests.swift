import Testing
@testable import FixdeskIndex
@testable import FixdeskMatch

/// Pastes in languages without articles, read through their lexicons (content/_lexicon/), answered in the
/// agent's language. The texts are CRM screens' own translations of the 24-hour window banner and a real
/// Hindi paste. (The suite is `BundledCatalogMatchTests`, whose catalog has the lexicons.)
extension BundledCatalogMatchTests {
    func first(_ paste: String, language: String = "tr") throws -> IndexedArticle? {
        try matcher.match(PasteInput(text: paste), language: language).matches.first?.article
    }

    @Test func arabicWindowBanner() throws {
        let article = try first("يمكنك فقط الرد على هذه المحادثة باستخدام رسالة قالب بسبب قيد نافذة الـ 24 ساعة")
        #expect(article?.id == "whatsapp-24-hour-window")
        #expect(article?.language == "tr")
    }

    @Test func chineseWindowBannerIsCutIntoWordsWithoutSpaces() throws {
        let article = try first("您只能使用模板信息回复此会话，原因是 24 小时消息窗口限制", language: "en")
        #expect(article?.id == "whatsapp-24-hour-window")
    }

    @Test func hindiClosedWindow() throws {
        let article = try first("माफ़ करना! 24 बजे की खिड़की बंद। इस समय आपका संदेश नहीं भेजा जा सकता है।", language: "en")
        #expect(article?.id == "whatsapp-24-hour-window")
    }

    @Test func greekWindowBanner() throws {
        let article = try first("Μπορείτε να απαντήσετε μόνο σε αυτή τη συνομιλία χρησιμοποιώντας ένα πρότυπο μήνυμα επειδή του περιορισμού των 24 ωρών")
        #expect(article?.id == "whatsapp-24-hour-window")
    }

    @Test func longestMatchCutsARunOfHanCharactersAndKeepsTheUnknownTogether() {
        let known: Set<String> = ["无法", "发送", "消息", "消"]
        #expect(UnspacedWords.segment("无法发送消息", known: known) == ["无法", "发送", "消息"])
        #expect(UnspacedWords.segment("请稍后无法", known: known) == ["请稍后", "无法"])
        #expect(UnspacedWords.runs(of: "whatsapp消息").map(\.text) == ["whatsapp", "消息"])
    }
}
