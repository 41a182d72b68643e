import Foundation
import FixdeskContent
import FixdeskEvaluation
import FixdeskIndex

// Prints the matcher's top-1, top-3 and MRR per input format beside plain FTS5 bm25.
// Usage: fixdesk-eval [--content DIR] [--verbose] CASES.jsonl …
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
if arguments.isEmpty { arguments = ["Tests/Evaluation/cases-structured.jsonl", "Tests/Evaluation/cases-handwritten.jsonl"] }
do {
    let loader = ContentLoader(directory: URL(fileURLWithPath: content, isDirectory: true), displayRoot: content)
    let index = try KnowledgeIndex.open(at: NSTemporaryDirectory() + "fixdesk-eval-\(getpid()).sqlite", content: loader)
    let cases = try arguments.flatMap { try EvaluationCase.load(from: URL(fileURLWithPath: $0)) }
    let evaluator = Evaluator(index: index)
    let ours = try evaluator.runMatcher(cases)
    let baseline = try evaluator.runBaseline(cases)
    if verbose {
        for outcome in ours where outcome.rank != 1 {
            let got = outcome.top.prefix(2).map { "\($0.id) \($0.codes.prefix(2))" }.joined(separator: "; ")
            print("MISS \(outcome.testCase.id) [\(outcome.testCase.format)] rank=\(outcome.rank.map(String.init) ?? "-") got: \(got)")
        }
    }
    print(Evaluator.table(matcher: ours, baseline: baseline))
} catch {
    FileHandle.standardError.write(Data("fixdesk-eval: \(error)\n".utf8))
    exit(2)
}
