import Foundation
import Testing
import FixdeskContent
import FixdeskTestSupport
@testable import FixdeskEvaluation
@testable import FixdeskIndex

/// The matcher on the bundled content over the evaluation set in Tests/Evaluation: real payloads of
/// every catalogued code, the seed's Turkish texts and their variants, paraphrases, multi-error pastes
/// and unrelated text. `swift run fixdesk-eval --verbose` prints the same figures with the misses.
@Suite struct EvaluationTests {
    @Test func matcherBeatsBaselineAndReaches95PercentTop1() throws {
        let folder = PackageRoot.url.appendingPathComponent("Tests/Evaluation")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".jsonl") && $0 != SearchEvaluationReport.fileName }.sorted()
        let cases = try files.flatMap { try EvaluationCase.load(from: folder.appendingPathComponent($0)) }
        #expect(cases.count >= 150)
        let directory = try TemporaryDirectory()
        let index = try KnowledgeIndex.open(at: directory.path + "/index.sqlite",
                                            content: ContentLoader(directory: PackageRoot.content, displayRoot: "content"))
        let evaluator = Evaluator(index: index)
        let ours = try evaluator.runMatcher(cases)
        let baseline = try evaluator.runBaseline(cases)
        print(Evaluator.table(matcher: ours, baseline: baseline))
        let figures = Evaluator.figures(ours)
        let positives = try #require(figures["all positives"])
        #expect(positives.top1Rate >= 0.95, "top-1 \(positives.top1Rate) on \(positives.cases) positives")
        #expect((figures["negative"]?.top1Rate ?? 1) >= 0.95, "unrelated texts must match nothing")
        #expect(positives.top1Rate > Evaluator.figures(baseline)["all positives"]?.top1Rate ?? 0)
    }

    /// The real pastes (Tests/Evaluation/real/) guard against regressions: the held-out half is read as figures
    /// only, and these floors sit just under what the matcher reaches there.
    @Test func realPastesHeldOutDoNotRegress() throws {
        let folder = PackageRoot.url.appendingPathComponent("Tests/Evaluation/real")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".jsonl") }.sorted()
        let cases = try files.flatMap { try EvaluationCase.load(from: folder.appendingPathComponent($0)) }
        #expect(cases.count >= 400)
        #expect(Set(cases.map(\.id)).count == cases.count, "case ids are unique")
        let heldOut = cases.filter { CorpusSplit.half(of: $0) == .holdout }
        let directory = try TemporaryDirectory()
        let index = try KnowledgeIndex.open(at: directory.path + "/index.sqlite",
                                            content: ContentLoader(directory: PackageRoot.content, displayRoot: "content"))
        let outcomes = try Evaluator(index: index).runMatcher(heldOut)
        let figures = Evaluator.figures(outcomes)
        let positives = try #require(figures["all positives"])
        // 0.791 with the fifth collection (`real-fifth.jsonl`, 0.71 on its held-out half, scored before any tuning
        // on it); the floor keeps a margin.
        #expect(positives.top1Rate >= 0.77, "held-out top-1 \(positives.top1Rate)")
        // The third collection (`real-more.jsonl`) brought harder errors of other products (Messenger, unofficial
        // WhatsApp Web gateways, mail servers), the fourth and fifth more (Graph errors of Facebook apps, SMS
        // gateways, payment declines in Turkish and Portuguese): 0.63 of the held-out ones now get no answer (a best
        // match shown under 30% is refused).
        #expect((figures["negative"]?.top1Rate ?? 0) >= 0.61, "held-out unrelated texts answered with nothing")
        // The confidence shown, fitted on the other half, holds here: sure matches are right about as often as
        // they say, doubtful ones about as rarely.
        let shown = outcomes.flatMap { outcome in outcome.top.map { (confidence: $0.confidence, right: Evaluator.isRight($0, for: outcome.testCase)) } }
        let sure = shown.filter { $0.confidence >= 0.8 }, doubtful = shown.filter { $0.confidence < 0.3 }
        for (name, group) in [("80% or more", sure), ("under 30%", doubtful)] {
            let said = group.map(\.confidence).reduce(0, +) / Double(max(group.count, 1))
            let right = Double(group.filter(\.right).count) / Double(max(group.count, 1))
            #expect(group.count >= 50 && abs(right - said) <= Self.calibrationTolerance,
                    "matches shown at \(name): \(group.count), shown \(said) on average, right \(right) of the time")
        }
    }

    /// How far the share of right matches may stray from the confidence shown for them, on the held-out half.
    static let calibrationTolerance = 0.1

    @Test func aPasteFromAPageAnArticleCitesIsKnownHoweverTheAddressIsWritten() throws {
        let article = Article(id: "a", language: "en", section: "s", slug: "a", title: "t", summary: "", codes: [], errors: [],
                              tags: [], related: [], sources: ["https://docs.example.com/errors/"], updated: "2026-01-01",
                              steps: [], body: "", bodyText: "", path: "en/s/a.md")
        let cited = CitedPages(articles: [article])
        func paste(from source: String) throws -> EvaluationCase {
            try JSONDecoder().decode(EvaluationCase.self, from: Data(#"{"id": "x", "input": "e", "source": "\#(source)"}"#.utf8))
        }
        #expect(cited.cites(try paste(from: "http://www.docs.example.com/errors#codes")))
        #expect(cited.cites(try paste(from: "HTTPS://docs.example.com/errors")))
        #expect(!cited.cites(try paste(from: "https://docs.example.com/errors/other")))
    }

    @Test func theSplitIsStableAndEven() {
        // FNV-1a of "a" is 0xE40C292C: the scripts' and the tool's halves are the same.
        #expect(CorpusSplit.hash(of: "a") == 0xE40C_292C)
    }
}
