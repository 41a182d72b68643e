import Foundation
import FixdeskAnalysis
import FixdeskIndex
import FixdeskMatch

/// Runs the matcher, and a plain FTS5 bm25 baseline, over evaluation cases; reports top-1, top-3 and MRR per format.
public struct Evaluator {
    public struct Ranked: Sendable {
        public var id: String
        public var title: String
        public var codes: [String]
        /// The matcher's raw score, the confidence it showed and the kind of evidence (nil for the baseline).
        public var score: Double = 0
        public var confidence: Double = 0
        public var evidence: EvidenceKind?
        public var reasons: [String] = []
    }

    public struct Outcome: Sendable {
        public var testCase: EvaluationCase
        /// 1-based rank of the first right article; nil when none. For negatives: 1 when nothing matched.
        public var rank: Int?
        public var top: [Ranked]
    }

    public struct Figures: Sendable {
        public var cases = 0
        public var top1 = 0
        public var top3 = 0
        public var reciprocalRanks = 0.0

        public var top1Rate: Double { cases == 0 ? 0 : Double(top1) / Double(cases) }
        public var top3Rate: Double { cases == 0 ? 0 : Double(top3) / Double(cases) }
        public var mrr: Double { cases == 0 ? 0 : reciprocalRanks / Double(cases) }

        mutating func add(rank: Int?) {
            cases += 1
            if rank == 1 { top1 += 1 }
            if let rank, rank <= 3 { top3 += 1 }
            if let rank { reciprocalRanks += 1 / Double(rank) }
        }
    }

    let index: KnowledgeIndex
    let matcher: Matcher

    public init(index: KnowledgeIndex) {
        self.index = index
        matcher = Matcher(index: index)
    }

    /// `showingUnlikely`: every accepted match, even of reports the matcher would refuse for a best match right too
    /// seldom (what the confidence table is fitted on).
    public func runMatcher(_ cases: [EvaluationCase], showingUnlikely: Bool = false) throws -> [Outcome] {
        try cases.map { testCase in
            let report = try matcher.match(PasteInput(text: testCase.input), language: testCase.want,
                                           showingUnlikely: showingUnlikely)
            let top = report.matches.map {
                Ranked(id: $0.article.id, title: $0.article.title, codes: $0.article.codes, score: $0.score,
                       confidence: $0.confidence, evidence: $0.evidence, reasons: $0.reasons)
            }
            return Outcome(testCase: testCase, rank: Self.rank(of: testCase, in: top), top: top)
        }
    }

    /// Plain FTS5 bm25 over the pasted words (any word, no codes, no thresholds): the baseline to beat.
    public func runBaseline(_ cases: [EvaluationCase]) throws -> [Outcome] {
        try cases.map { testCase in
            let words = index.analyzers.alternatives(in: testCase.input).filter { !$0.isStopWord }.prefix(64)
            let query = FTSQuery(groups: words.map { FTSQuery.Group(terms: $0.terms.isEmpty ? [$0.surface] : $0.terms, prefixes: []) })
            var top: [Ranked] = []
            for (rowID, _) in try index.exactRankedRows(query, matchAll: false, limit: 20) {
                guard let article = try index.article(rowID: rowID), !top.contains(where: { $0.id == article.id }) else { continue }
                top.append(Ranked(id: article.id, title: article.title, codes: article.codes))
            }
            return Outcome(testCase: testCase, rank: Self.rank(of: testCase, in: top), top: top)
        }
    }

    /// `search` as an agent types it, in the case's language; `expandingSynonyms` false is the typed words alone.
    public func runSearch(_ cases: [EvaluationCase], expandingSynonyms: Bool = true) throws -> [Outcome] {
        try cases.map { testCase in
            let top = try index.search(testCase.input, language: testCase.want, limit: 10, expandingSynonyms: expandingSynonyms)
                .map { Ranked(id: $0.article.id, title: $0.article.title, codes: $0.article.codes) }
            return Outcome(testCase: testCase, rank: Self.rank(of: testCase, in: top), top: top)
        }
    }

    static func rank(of testCase: EvaluationCase, in top: [Ranked]) -> Int? {
        if testCase.expectNone { return top.isEmpty ? 1 : nil }
        return top.firstIndex { isRight($0, for: testCase) }.map { $0 + 1 }
    }

    /// True when `ranked` is an answer to the case (never, for a text that must match nothing).
    static func isRight(_ ranked: Ranked, for testCase: EvaluationCase) -> Bool {
        if testCase.expectNone { return false }
        if let codes = testCase.expectedCodes {
            let have = Set(ranked.codes.map { $0.lowercased() })
            return codes.contains { have.contains($0.lowercased()) }
        }
        return (testCase.expectTitleContains ?? []).allSatisfy { ranked.title.lowercased().contains($0.lowercased()) }
    }

    /// Figures per format (or per `group` of a case), plus "all positives" and "negative".
    public static func figures(_ outcomes: [Outcome], by group: (EvaluationCase) -> String = \.format) -> [String: Figures] {
        var result: [String: Figures] = [:]
        for outcome in outcomes {
            let key = outcome.testCase.expectNone ? "negative" : group(outcome.testCase)
            result[key, default: Figures()].add(rank: outcome.rank)
            if !outcome.testCase.expectNone { result["all positives", default: Figures()].add(rank: outcome.rank) }
        }
        return result
    }

    /// A table of matcher and baseline figures side by side, one row per format (or `group`).
    public static func table(matcher: [Outcome], baseline: [Outcome], by group: (EvaluationCase) -> String = \.format,
                             heading: String = "format", baselineName: String = "bm25") -> String {
        let ours = figures(matcher, by: group)
        let theirs = figures(baseline, by: group)
        var lines = [heading.padding(toLength: 14, withPad: " ", startingAt: 0) + "  cases   top1   top3    mrr | "
            + baselineName.padding(toLength: 4, withPad: " ", startingAt: 0) + " top1   top3    mrr"]
        for format in ours.keys.sorted() {
            let a = ours[format]!, b = theirs[format] ?? Figures()
            let name = format.padding(toLength: 14, withPad: " ", startingAt: 0)
            lines.append(name + String(format: " %6d  %5.3f  %5.3f  %5.3f |     %5.3f  %5.3f  %5.3f",
                                       a.cases, a.top1Rate, a.top3Rate, a.mrr, b.top1Rate, b.top3Rate, b.mrr))
        }
        return lines.joined(separator: "\n")
    }
}
