import Testing
import FixdeskContent
import FixdeskTestSupport
@testable import FixdeskIndex
@testable import FixdeskMatch

/// Other products' errors that share a few words with an article, pasted by real people (the real corpus's
/// tuning half), get no answer from the bundled catalog.
@Suite struct UnlikelyMatchRefusalTests {
    let directory: TemporaryDirectory
    let matcher: Matcher

    init() throws {
        directory = try TemporaryDirectory()
        let loader = ContentLoader(directory: PackageRoot.content, displayRoot: "content")
        matcher = Matcher(index: try KnowledgeIndex.open(at: directory.path + "/index.sqlite", content: loader))
    }

    func ids(_ paste: String, language: String = "en") throws -> [String] {
        try matcher.match(PasteInput(text: paste), language: language).matches.map(\.article.id)
    }

    @Test func aBestMatchRightTooSeldomIsNotShown() throws {
        // A WhatsApp Web gateway's session text and an SMS gateway's sender-name error: a few shared words each,
        // a best match that the calibrated table says is right about one time in five.
        #expect(try ids("Diese WhatsApp-Sitzung wurde nicht initialisiert. Überprüfen Sie die Verbindungsseite.", language: "tr") == [])
        #expect(try ids("Mesaj başlığınız (gönderici adınızın) sistemde tanımlı değil.") == [])
        #expect(try ids("Error message: Message was not sent due to missing guest email address.", language: "tr") == [])
        // Shown to fit the table: every accepted match, refused or not.
        matcher.showsUnlikelyMatches = true
        defer { matcher.showsUnlikelyMatches = false }
        #expect(try !ids("Mesaj başlığınız (gönderici adınızın) sistemde tanımlı değil.").isEmpty)
    }

    @Test func aLikelyWordMatchIsStillShown() throws {
        // An inbox sentence sharing a few words with its article, in the step of words right half the time.
        #expect(try ids("Only HSM template can be sent to the session expired contacts.").first == "whatsapp-24-hour-window")
        #expect(try ids("Meta limited marketing messages to this person right now. We'll try again later.", language: "tr").first
            == "marketing-template-frequency-cap")
    }

    @Test func otherProductsOwnWordsNameThem() throws {
        // Messenger's message tags, a card processor's decline and AWS's throttling, each worded like a WhatsApp error.
        #expect(try ids("Your last interaction with this contact was more than 24 hours ago.\nOnly Tagged Messages are allowed outside the standard messaging window", language: "tr") == [])
        #expect(try ids(#"""
        "error": {
        	"message": "Your card was declined.",
        	"type": "card_error",
        	"code": "card_declined",
        	"decline_code": "generic_decline",
        	"charge": "ch_1A6og3EKzP5C7dKHbsJ4insn"
        }
        """#) == [])
        #expect(try ids("An error occurred (ThrottlingException) when calling the publish operation: Rate exceeded", language: "tr") == [])
    }
}
