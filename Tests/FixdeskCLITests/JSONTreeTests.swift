import Foundation
import Testing
import FixdeskContent
import FixdeskTestSupport
@testable import FixdeskCLI

/// Issue 12: `match --json` and `search --json` are written by `JSONTree` instead of `JSONEncoder`, so
/// the documents must be the bytes `JSONDocument.encode` gives, and what it escapes must be left to it.
@Suite struct JSONTreeTests {
    static func encoded(_ value: some Encodable) throws -> String {
        String(decoding: try JSONDocument.encode(value), as: UTF8.self)
    }

    static let item = MatchJSON.Item(
        id: "whatsapp-24-hour-window", lang: "tr", title: "Şablon \"duraklatıldı\" \\ a/b", codes: ["131047", "twilio:63016"],
        confidence: 0.86, reasons: ["error text “Mesajınız gönderilemedi…”", "words: mesajiniz, alici"], steps: [],
        url: "tr/messaging/x/", href: "https://help.example.com/tr/messaging/x/", path: "content/tr/messaging/x.md")

    @Test func matchDocumentsAreTheEncodersBytes() throws {
        var other = Self.item
        other.confidence = 1
        other.steps = ["Open **Settings** → Templates.", "Wait 24 hours; then send again."]
        for json in [MatchJSON(input: .init(codes: [], language: "en"), matches: []),
                     MatchJSON(input: .init(codes: ["131047", "470"], language: "tr"), matches: [Self.item, other])] {
            #expect(json.tree.document() == (try Self.encoded(json)))
        }
    }

    @Test func searchDocumentsAreTheEncodersBytes() throws {
        let result = SearchJSON.Result(id: "a", lang: "en", title: "Template paused", codes: [], snippet: "your [template] was paused",
                                       url: "en/templates/a/", href: "https://help.example.com/en/templates/a/", path: "content/en/templates/a.md")
        for json in [SearchJSON(results: []), SearchJSON(results: [result, result])] {
            #expect(json.tree.document() == (try Self.encoded(json)))
        }
    }

    @Test func numbersAreWrittenAsTheEncoderWritesThem() throws {
        var generator = SeededGenerator.fromEnvironment("FIXDESK_SEED", test: "numbersAreWrittenAsTheEncoderWritesThem")
        var numbers: [Double] = [0, 1, 0.5, 0.1, 0.86, 0.07, 0.999, 2, 100, 0.001]
        for _ in 0..<500 {
            let number = Double.random(in: 0...1, using: &generator)
            numbers += [number, (number * 100).rounded() / 100]
        }
        var written = 0
        for number in numbers {
            guard let document = JSONTree.object(["confidence": .number(number)]).document() else { continue }
            written += 1
            #expect(document == (try Self.encoded(["confidence": number])), "\(number)")
        }
        #expect(written >= numbers.count - 5)
    }

    @Test func whatTheEncoderEscapesIsLeftToIt() {
        for text in ["line\nbreak", "tab\there", "\u{1B}[31m", "del\u{7F}", "c1\u{85}"] {
            #expect(JSONTree.strings([text]).document() == nil, "\(text.debugDescription)")
        }
        #expect(JSONTree.array([.number(.infinity)]).document() == nil)
        #expect(JSONTree.object([:]).document() == nil)
    }
}
