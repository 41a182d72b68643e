import Foundation
import Testing
import FixdeskContent
import FixdeskTestSupport
@testable import FixdeskEvaluation
@testable import FixdeskIndex

/// `search` on the typed searches of Tests/Evaluation/searches.jsonl: words agents type that the articles may
/// not have. The held-out half is read as figures only; the floors sit just under what search reaches there.
/// `swift run fixdesk-eval --searches --verbose` prints the same figures with the tuning half's misses.
@Suite struct SearchEvaluationTests {
    @Test func typedSearchesFindTheirArticleInTheTopThree() throws {
        let file = PackageRoot.url.appendingPathComponent("Tests/Evaluation/" + SearchEvaluationReport.fileName)
        let cases = try EvaluationCase.load(from: file)
        #expect(cases.count >= 180)
        #expect(cases.filter { $0.source != nil }.allSatisfy { $0.source?.hasPrefix("http") == true }, "a source is a public page")
        #expect(Set(cases.map(\.id)).count == cases.count, "search ids are unique")
        for language in ["en", "tr"] {
            #expect(cases.filter { $0.want == language }.count >= 60, "searches in \(language)")
        }
        let directory = try TemporaryDirectory()
        let index = try KnowledgeIndex.open(at: directory.path + "/index.sqlite",
                                            content: ContentLoader(directory: PackageRoot.content, displayRoot: "content"))
        let evaluator = Evaluator(index: index)
        let heldOut = cases.filter { CorpusSplit.half(of: $0) == .holdout }
        let expanded = try evaluator.runSearch(heldOut)
        let typedOnly = try evaluator.runSearch(heldOut, expandingSynonyms: false)
        let figures = Evaluator.figures(expanded, by: \.want)
        // The held-out half holds titles of public issues and questions since the set grew to 181 searches:
        // 0.830 in English and 0.860 in Turkish, where the 137 searches before gave 0.882 in both. At 209
        // searches (28 more titles, their held-out cases never tuned on) 0.810 and 0.851; the 181 before them
        // reach 0.872 and 0.907 with the vocabulary written for the tuning half's misses.
        for (language, floor) in [("en", 0.80), ("tr", 0.84)] {
            let top3 = figures[language]?.top3Rate ?? 0
            #expect(top3 >= floor, "held-out top-3 in \(language): \(top3)")
        }
        let plain = Evaluator.figures(typedOnly)["all positives"]?.top3Rate ?? 0
        #expect((Evaluator.figures(expanded)["all positives"]?.top3Rate ?? 0) > plain, "synonyms find more than the typed words alone")
    }
}
