import Foundation
import Testing
import FixdeskEvaluation
import FixdeskTestSupport
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

/// The scanner replaces exactly what the regular expression it stands for (ICU's, through
/// NSRegularExpression) replaced, so no match result moves.
@Suite struct PasteCleanerScannerTests {
    static let reference = try! NSRegularExpression(pattern: [
        #"https?://\S{1,2000}"#, #"www\.\S{1,2000}"#, #"wamid\.[A-Za-z0-9=_\-+/]{1,400}"#,
        #"[\w.+-]{1,64}@[\w-]{1,63}\.[\w.]{1,63}"#,
        #"\b(?=[A-Za-z_\-]{0,80}\d)(?=\d{0,80}[A-Za-z])[A-Za-z0-9_\-]{6,200}\b"#,
    ].joined(separator: "|"))

    /// `PasteCleaner.clean` as it was: the same quick check, then the regular expression.
    static func referenceClean(_ text: String) -> String {
        guard PasteCleaner.mayHaveNoise(text) else { return text }
        return reference.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: " ")
    }

    @Test func everyEvaluationPasteIsCleanedAsBefore() throws {
        let folder = PackageRoot.url.appendingPathComponent("Tests/Evaluation")
        var inputs: [String] = []
        for file in ["cases-handwritten.jsonl", "cases-structured.jsonl", "real/real-github.jsonl", "real/real-web.jsonl"] {
            inputs += try EvaluationCase.load(from: folder.appendingPathComponent(file)).map(\.input)
        }
        #expect(inputs.count > 600)
        for input in inputs { #expect(PasteCleaner.clean(input) == Self.referenceClean(input), "\(input)") }
    }

    @Test func randomPastesAreCleanedAsBefore() {
        var random = SeededGenerator.fromEnvironment("FIXDESK_CLEANER_SEED", test: "randomPastesAreCleanedAsBefore")
        let seed = random.seed
        // Pieces near every edge of the patterns: scripts' digits and letters, marks, format and space characters.
        let pieces = ["http", "https", "://", "www.", "wamid.", "@", ".", "-", "_", "+", "/", "=", " ", "\n", "a", "Z", "7",
                      "x9", "AbC123", "ş", "ı", "İ", "é", "e\u{301}", "\u{301}", "\u{200D}", "\u{200C}", "\u{AD}", "\u{200B}",
                      "\u{A0}", "\u{85}", "\u{2028}", "\u{3000}", "١٣١", "０", "٣", "😀", "\u{FE0F}", "\u{E0041}", "\u{1ACF}",
                      "\u{11DE0}", "a1b2c3d4e5f6", String(repeating: "k", count: 79), String(repeating: "9", count: 81),
                      String(repeating: "q1", count: 101), "ops@example.com", "x@y", "ab-", "-cd"]
        for _ in 0..<4000 {
            let count = Int(random.next() % 14) + 1
            let text = (0..<count).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            let ours = PasteCleaner.clean(text)
            #expect(ours == Self.referenceClean(text), "seed \(seed): \(Array(text.unicodeScalars))")
        }
    }

    /// The character classes agree with ICU's for every Unicode scalar.
    @Test func characterClassesAreICUs() {
        let all = (0...0x10FFFF).compactMap { Unicode.Scalar(UInt32($0)) }.filter { $0 != "!" && $0 != "a" }
        func icu(_ pattern: String, separator: Unicode.Scalar?) -> Set<UInt32> {
            var text = String.UnicodeScalarView()
            var scalarAt: [Int: UInt32] = [:]
            var offset = 0
            for scalar in all {
                if let separator { text.append(separator); offset += 1 }
                scalarAt[offset] = scalar.value
                text.append(scalar)
                offset += scalar.utf16.count
            }
            let string = String(text)
            let shift = separator == nil ? 0 : 1
            let matches = try! NSRegularExpression(pattern: pattern).matches(in: string, range: NSRange(string.startIndex..., in: string))
            return Set(matches.compactMap { scalarAt[$0.range.location + shift] })
        }
        func ours(_ belongs: (Unicode.Scalar) -> Bool) -> Set<UInt32> { Set(all.filter(belongs).map(\.value)) }
        #expect(icu(#"\w"#, separator: nil) == ours(NoiseClasses.isWord))
        #expect(icu(#"\d"#, separator: nil) == ours(NoiseClasses.isDigit))
        #expect(icu(#"\s"#, separator: nil) == ours(NoiseClasses.isSpace))
        // After "!" (no word) a boundary comes before a word character that is not looked through; after "a", before a non-word one.
        #expect(icu(#"!\b"#, separator: "!") == ours { !NoiseClasses.isBoundaryTransparent($0) && NoiseClasses.isWord($0) })
        #expect(icu(#"a\b"#, separator: "a") == ours { !NoiseClasses.isBoundaryTransparent($0) && !NoiseClasses.isWord($0) })
    }
}
