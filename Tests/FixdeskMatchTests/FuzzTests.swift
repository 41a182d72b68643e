import Foundation
import Testing
import FixdeskTestSupport
@testable import FixdeskContent
@testable import FixdeskEvaluation
@testable import FixdeskIndex
@testable import FixdeskMatch

/// Seeded fuzzing of what users and content writers feed fixdesk: mutated pastes, queries and
/// article files. Nothing may crash or throw, and every answer must keep its invariants. The seed is
/// printed; `FIXDESK_FUZZ_SEED=<seed>` repeats a run exactly.
@Suite(.serialized, .timeLimit(.minutes(1))) struct FuzzTests {
    static let pastes = 1200
    static let queries = 800
    static let contentEdits = 60

    /// Pieces that have broken parsers elsewhere: control characters, NUL, quotes, deep nesting, long numbers.
    static let fragments: [[UInt8]] = [
        [0], [0x1B, 0x5B, 0x32, 0x4A], [0x1B, 0x5D, 0x30, 0x3B, 0x78, 0x07], [0xFF, 0xFE], [0xC3], [0xE2, 0x80, 0xAE],
        Array("{\"error\":{\"code\":".utf8), Array("}}}}".utf8), Array(String(repeating: "[", count: 300).utf8),
        Array("(#131047)".utf8), Array("twilio:63016".utf8), Array(" error_subcode ".utf8), Array("\"\\u0000\"".utf8),
        Array(String(repeating: "9", count: 400).utf8), Array("İıŞşĞğ".utf8), Array(" AND OR NOT NEAR( * \" ^ ".utf8),
        Array("'; DROP TABLE articles; --".utf8), Array("\r\n\r\n".utf8), Array(String(repeating: "a ", count: 2000).utf8),
    ]

    static func mutate(_ bytes: [UInt8], using random: inout SeededGenerator) -> [UInt8] {
        var bytes = bytes
        for _ in 0..<Int.random(in: 1...6, using: &random) {
            let position = bytes.isEmpty ? 0 : Int.random(in: 0...bytes.count, using: &random)
            switch Int.random(in: 0..<5, using: &random) {
            case 0: bytes.insert(contentsOf: fragments.randomElement(using: &random)!, at: position)
            case 1: if position < bytes.count { bytes.removeSubrange(position..<min(bytes.count, position + Int.random(in: 1...40, using: &random))) }
            case 2: if position < bytes.count { bytes[position] = UInt8.random(in: 0...255, using: &random) }
            case 3: if position < bytes.count { bytes.insert(contentsOf: bytes[position..<min(bytes.count, position + 200)], at: position) }
            default: bytes = Array(bytes.prefix(position))
            }
        }
        return bytes
    }

    static func seedTexts() throws -> [String] {
        let folder = PackageRoot.url.appendingPathComponent("Tests/Evaluation")
        return try ["cases-handwritten.jsonl", "cases-structured.jsonl"].flatMap {
            try EvaluationCase.load(from: folder.appendingPathComponent($0)).map(\.input)
        }
    }

    static func checkReport(_ report: MatchReport, _ paste: [UInt8], seed: UInt64) {
        let context = Comment(rawValue: "seed \(seed), paste \(String(decoding: paste.prefix(200), as: UTF8.self).debugDescription)")
        #expect(report.matches.count <= 5, context)
        for match in report.matches {
            #expect(match.confidence.isFinite && match.confidence > 0 && match.confidence <= 1, context)
            #expect(!match.article.id.isEmpty && !match.reasons.isEmpty, context)
        }
        #expect(Set(report.matches.map { $0.article.id }).count == report.matches.count, context)
    }

    @Test func mutatedPastesAndQueriesAreAnsweredWithinBounds() throws {
        var random = SeededGenerator.fromEnvironment("FIXDESK_FUZZ_SEED", test: "FuzzTests.pastesAndQueries")
        let fixture = try ContentFixture()
        let index = try KnowledgeIndex.open(at: fixture.directory.path + "/index.sqlite", content: fixture.loader)
        let matcher = Matcher(index: index)
        let seeds = try Self.seedTexts()
        for _ in 0..<Self.pastes {
            let paste = Self.mutate(Array(seeds.randomElement(using: &random)!.utf8), using: &random)
            let language = Bool.random(using: &random) ? "tr" : "en"
            Self.checkReport(try matcher.match(PasteInput(bytes: paste), language: language), paste, seed: random.seed)
        }
        for _ in 0..<Self.queries {
            let words = seeds.randomElement(using: &random)!.split(separator: " ").shuffled(using: &random).prefix(Int.random(in: 1...6, using: &random))
            let query = String(decoding: Self.mutate(Array(words.joined(separator: " ").utf8), using: &random), as: UTF8.self)
            let results = try index.search(query, language: Bool.random(using: &random) ? "tr" : "en", limit: 5)
            #expect(results.count <= 5, "seed \(random.seed), query \(query.debugDescription)")
        }
    }

    @Test func mutatedArticlesAreReportedNeverACrash() throws {
        var random = SeededGenerator.fromEnvironment("FIXDESK_FUZZ_SEED", test: "FuzzTests.content")
        let fixture = try ContentFixture()
        let files = ["en/messaging/window.md", "tr/templates/paused.md", "en/_strings.yml", "_site.yml"]
        let originals = try files.map { try Data(contentsOf: fixture.contentURL.appendingPathComponent($0)) }
        let indexPath = fixture.directory.path + "/index.sqlite"
        for round in 0..<Self.contentEdits {
            let which = Int.random(in: 0..<files.count, using: &random)
            let mutated = Self.mutate(Array(originals[which]), using: &random)
            try Data(mutated).write(to: fixture.contentURL.appendingPathComponent(files[which]))
            let context = Comment(rawValue: "seed \(random.seed), round \(round), \(files[which])")
            do {
                let content = try fixture.loader.load()
                for diagnostic in content.diagnostics {
                    #expect(diagnostic.path.hasPrefix("content/") && !diagnostic.description.contains("\n"), "\(context): \(diagnostic.description.debugDescription)")
                }
                let index = try KnowledgeIndex.open(at: indexPath, content: fixture.loader)
                let report = try Matcher(index: index).match(PasteInput(text: "131047 template paused"), language: "en")
                Self.checkReport(report, Array("131047".utf8), seed: random.seed)
            } catch let error as FixdeskError {
                // Unusable settings stop a command with one sentence; that is an answer, not a crash.
                #expect(!error.message.isEmpty && error.kind != .io, context)
            }
            try originals[which].write(to: fixture.contentURL.appendingPathComponent(files[which]))
        }
    }
}
