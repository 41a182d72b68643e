import Foundation
import FixdeskContent
import FixdeskEvaluation
import FixdeskIndex

// Prints the matcher's top-1, top-3 and MRR per input format beside plain FTS5 bm25: on the written cases, then
// on the real-paste corpus (Tests/Evaluation/real/) by its tuning and held-out halves, by language and by fold;
// then `search` on the typed searches (Tests/Evaluation/searches.jsonl) by kind and language, per half.
// Usage: fixdesk-eval [--content DIR] [--verbose] [--searches] [CASES.jsonl …]   (files given: only those, as one
// table; --searches: only the typed searches)
var arguments = Array(CommandLine.arguments.dropFirst())
var content = "content"
var verbose = false
if let flag = arguments.firstIndex(of: "--content"), flag + 1 < arguments.count {
    content = arguments[flag + 1]
    arguments.removeSubrange(flag...(flag + 1))
}
if let flag = arguments.firstIndex(of: "--verbose") {
    verbose = true
    arguments.remove(at: flag)
}
let searchesOnly = arguments.contains("--searches")
arguments.removeAll { $0 == "--searches" }

func jsonLines(in folder: String) throws -> [URL] {
    try FileManager.default.contentsOfDirectory(atPath: folder)
        .filter { $0.hasSuffix(".jsonl") && $0 != SearchEvaluationReport.fileName }.sorted()
        .map { URL(fileURLWithPath: folder).appendingPathComponent($0) }
}

func printMisses(_ outcomes: [Evaluator.Outcome], verbose: Bool) {
    guard verbose else { return }
    for outcome in outcomes where outcome.rank != 1 {
        let got = outcome.top.prefix(2).map { "\($0.id) \($0.codes.prefix(2))" }.joined(separator: "; ")
        let what = outcome.testCase.kind == "?" ? outcome.testCase.format : "\(outcome.testCase.kind) \"\(outcome.testCase.input)\""
        print("MISS \(outcome.testCase.id) [\(what)] rank=\(outcome.rank.map(String.init) ?? "-") got: \(got)")
    }
}

do {
    let loader = ContentLoader(directory: URL(fileURLWithPath: content, isDirectory: true), displayRoot: content)
    let index = try KnowledgeIndex.open(at: NSTemporaryDirectory() + "fixdesk-eval-\(getpid()).sqlite", content: loader)
    defer { try? FileManager.default.removeItem(atPath: NSTemporaryDirectory() + "fixdesk-eval-\(getpid()).sqlite") }
    let evaluator = Evaluator(index: index)
    if !searchesOnly {
        let written = arguments.isEmpty ? try jsonLines(in: "Tests/Evaluation") : arguments.map { URL(fileURLWithPath: $0) }
        let cases = try written.flatMap { try EvaluationCase.load(from: $0) }
        let ours = try evaluator.runMatcher(cases)
        printMisses(ours, verbose: verbose)
        print((arguments.isEmpty ? "written cases\n" : "") + Evaluator.table(matcher: ours, baseline: try evaluator.runBaseline(cases)))
    }
    if arguments.isEmpty, !searchesOnly {
        let real = try jsonLines(in: "Tests/Evaluation/real").flatMap { try EvaluationCase.load(from: $0) }
        // Only the tuning half's misses are listed: the held-out half is read as figures alone.
        let matched = try evaluator.runMatcher(real)
        printMisses(matched.filter { CorpusSplit.half(of: $0.testCase) == .tune }, verbose: verbose)
        print("\n" + RealCorpusReport(matcher: matched, baseline: try evaluator.runBaseline(real)).text + "\n")
    }
    if arguments.isEmpty {
        let searches = try EvaluationCase.load(from: URL(fileURLWithPath: "Tests/Evaluation/" + SearchEvaluationReport.fileName))
        let expanded = try evaluator.runSearch(searches)
        printMisses(expanded.filter { CorpusSplit.half(of: $0.testCase) == .tune }, verbose: verbose)
        let report = SearchEvaluationReport(expanded: expanded, typedOnly: try evaluator.runSearch(searches, expandingSynonyms: false))
        print(report.text)
    }
} catch {
    FileHandle.standardError.write(Data("fixdesk-eval: \(error)\n".utf8))
    exit(2)
}
