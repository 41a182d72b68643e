import Foundation
import FixdeskContent
import FixdeskEvaluation
import FixdeskIndex

// Prints the matcher's top-1, top-3 and MRR per input format beside plain FTS5 bm25: on the written cases, then
// on the real-paste corpus (Tests/Evaluation/real/) by its tuning and held-out halves, by language and by fold.
// Usage: fixdesk-eval [--content DIR] [--verbose] [CASES.jsonl …]   (files given: only those, as one table)
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

func jsonLines(in folder: String) throws -> [URL] {
    try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".jsonl") }.sorted()
        .map { URL(fileURLWithPath: folder).appendingPathComponent($0) }
}

func printMisses(_ outcomes: [Evaluator.Outcome], verbose: Bool) {
    guard verbose else { return }
    for outcome in outcomes where outcome.rank != 1 {
        let got = outcome.top.prefix(2).map { "\($0.id) \($0.codes.prefix(2))" }.joined(separator: "; ")
        print("MISS \(outcome.testCase.id) [\(outcome.testCase.format)] rank=\(outcome.rank.map(String.init) ?? "-") got: \(got)")
    }
}

do {
    let loader = ContentLoader(directory: URL(fileURLWithPath: content, isDirectory: true), displayRoot: content)
    let index = try KnowledgeIndex.open(at: NSTemporaryDirectory() + "fixdesk-eval-\(getpid()).sqlite", content: loader)
    defer { try? FileManager.default.removeItem(atPath: NSTemporaryDirectory() + "fixdesk-eval-\(getpid()).sqlite") }
    let evaluator = Evaluator(index: index)
    let written = arguments.isEmpty ? try jsonLines(in: "Tests/Evaluation") : arguments.map { URL(fileURLWithPath: $0) }
    let cases = try written.flatMap { try EvaluationCase.load(from: $0) }
    let ours = try evaluator.runMatcher(cases)
    printMisses(ours, verbose: verbose)
    print((arguments.isEmpty ? "written cases\n" : "") + Evaluator.table(matcher: ours, baseline: try evaluator.runBaseline(cases)))
    if arguments.isEmpty {
        let real = try jsonLines(in: "Tests/Evaluation/real").flatMap { try EvaluationCase.load(from: $0) }
        // Only the tuning half's misses are listed: the held-out half is read as figures alone.
        let matched = try evaluator.runMatcher(real)
        printMisses(matched.filter { CorpusSplit.half(of: $0.testCase) == .tune }, verbose: verbose)
        print("\n" + RealCorpusReport(matcher: matched, baseline: try evaluator.runBaseline(real)).text)
    }
} catch {
    FileHandle.standardError.write(Data("fixdesk-eval: \(error)\n".utf8))
    exit(2)
}
