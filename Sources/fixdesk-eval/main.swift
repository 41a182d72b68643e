import Foundation
import FixdeskContent
import FixdeskEvaluation
import FixdeskIndex

// Prints the matcher's top-1, top-3 and MRR per input format beside plain FTS5 bm25: on the written cases, then
// on the real-paste corpus (Tests/Evaluation/real/) by its tuning and held-out halves, by language and by fold,
// with the held-out half's reliability of the confidence shown; then `search` on the typed searches
// (Tests/Evaluation/searches.jsonl) by kind and language, per half.
// With --calibrate it also fits the confidence table on the tuning half and writes it to
// Sources/FixdeskMatch/CalibrationData.swift (rebuild, then run again to see the held-out reliability with it).
// Usage: see `usage` below.
// (files given: only those, as one table; --searches: only the typed searches)
var arguments = Array(CommandLine.arguments.dropFirst())
let usage = "usage: fixdesk-eval [--content DIR] [--verbose] [--searches] [--calibrate] [--explain ID,…] [CASES.jsonl …]"
if arguments.contains("--help") || arguments.contains("-h") {
    print(usage)
    exit(0)
}
var content = "content"
var verbose = false
var calibrate = false
var explained: Set<String> = []
if let flag = arguments.firstIndex(of: "--explain"), flag + 1 < arguments.count {
    explained = Set(arguments[flag + 1].split(separator: ",").map(String.init))
    arguments.removeSubrange(flag...(flag + 1))
}
if let flag = arguments.firstIndex(of: "--calibrate") {
    calibrate = true
    arguments.remove(at: flag)
}
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
if let unknown = arguments.first(where: { $0.hasPrefix("-") }) {
    FileHandle.standardError.write(Data("fixdesk-eval: unknown option '\(unknown)'\n\(usage)\n".utf8))
    exit(2)
}

func jsonLines(in folder: String) throws -> [URL] {
    try FileManager.default.contentsOfDirectory(atPath: folder)
        .filter { $0.hasSuffix(".jsonl") && $0 != SearchEvaluationReport.fileName }.sorted()
        .map { URL(fileURLWithPath: folder).appendingPathComponent($0) }
}

func printMisses(_ outcomes: [Evaluator.Outcome], verbose: Bool) {
    guard verbose else { return }
    for outcome in outcomes where outcome.rank != 1 {
        let got = outcome.top.prefix(3).map {
            "\($0.id) \($0.codes.prefix(2)) \($0.evidence?.rawValue ?? "-") \($0.score)→\($0.confidence)"
        }.joined(separator: "; ")
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
        // --explain ID,…: why the matcher answered as it did, for tuning-half cases only.
        for outcome in matched where explained.contains(outcome.testCase.id) && CorpusSplit.half(of: outcome.testCase) == .tune {
            print("EXPLAIN \(outcome.testCase.id) want \(outcome.testCase.expectedCodes ?? [])")
            for ranked in outcome.top {
                print("  \(ranked.id) \(ranked.evidence?.rawValue ?? "-") \(ranked.score)→\(ranked.confidence): "
                    + ranked.reasons.joined(separator: " | "))
            }
        }
        print("\n" + RealCorpusReport(matcher: matched, baseline: try evaluator.runBaseline(real), cited: CitedPages(articles: try loader.load().articles)).text)
        let tuning = matched.filter { CorpusSplit.half(of: $0.testCase) == .tune }
        print("\nreal corpus, holdout half, every match shown by its confidence\n"
            + CalibrationFit.reliabilityTable(matched.filter { CorpusSplit.half(of: $0.testCase) == .holdout }))
        if calibrate {
            // Fitted on every accepted match, also of reports refused for a best match right too seldom: the
            // refusal reads the table, so the table must see them.
            let samples = CalibrationFit.samples(of: try evaluator.runMatcher(tuning.map(\.testCase), showingUnlikely: true))
            let source = "the tuning half of Tests/Evaluation/real, \(tuning.count) cases, \(samples.count) matches shown"
            let file = "Sources/FixdeskMatch/CalibrationData.swift"
            try CalibrationFit.swiftSource(of: CalibrationFit.fit(samples, source: source))
                .write(toFile: file, atomically: true, encoding: .utf8)
            print("\nwrote \(file) from \(source)")
        }
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
