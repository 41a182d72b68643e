/// The report on the real-paste corpus: the tuning half and the held-out half by format, the held-out half by
/// the paste's language, and the top-1 of each of five folds, each beside plain FTS5 bm25.
public struct RealCorpusReport {
    public var matcher: [Evaluator.Outcome]
    public var baseline: [Evaluator.Outcome]
    /// The pages the articles cite: the held-out half is reported once more without the pastes taken from them.
    public var cited: CitedPages?

    public init(matcher: [Evaluator.Outcome], baseline: [Evaluator.Outcome], cited: CitedPages? = nil) {
        self.matcher = matcher
        self.baseline = baseline
        self.cited = cited
    }

    func outcomes(_ outcomes: [Evaluator.Outcome], in half: CorpusSplit.Half) -> [Evaluator.Outcome] {
        outcomes.filter { CorpusSplit.half(of: $0.testCase) == half }
    }

    /// Top-1 over all cases of one fold, positives and negatives together (a negative is right when nothing matched).
    public func foldTop1(_ fold: Int) -> Double {
        let inFold = matcher.filter { CorpusSplit.fold(of: $0.testCase) == fold }
        return inFold.isEmpty ? 0 : Double(inFold.filter { $0.rank == 1 }.count) / Double(inFold.count)
    }

    public var text: String {
        var parts: [String] = []
        for half in [CorpusSplit.Half.tune, .holdout] {
            parts.append("real corpus, \(half.rawValue) half\n"
                + Evaluator.table(matcher: outcomes(matcher, in: half), baseline: outcomes(baseline, in: half)))
        }
        if let cited {
            let unseen = { (outcomes: [Evaluator.Outcome]) in self.outcomes(outcomes, in: .holdout).filter { !cited.cites($0.testCase) } }
            let held = outcomes(matcher, in: .holdout).count
            parts.append("real corpus, holdout half, pastes from pages no article cites (\(unseen(matcher).count) of \(held))\n"
                + Evaluator.table(matcher: unseen(matcher), baseline: unseen(baseline)))
        }
        parts.append("real corpus, holdout half, by collection (the id's prefix; each collection's README tells when it was collected)\n"
            + Evaluator.table(matcher: outcomes(matcher, in: .holdout), baseline: outcomes(baseline, in: .holdout),
                              by: \.collection, heading: "collection"))
        parts.append("real corpus, holdout half, by the paste's language\n"
            + Evaluator.table(matcher: outcomes(matcher, in: .holdout), baseline: outcomes(baseline, in: .holdout),
                              by: \.language, heading: "language"))
        let folds = (0..<CorpusSplit.foldCount).map(foldTop1)
        let mean = folds.reduce(0, +) / Double(folds.count)
        parts.append("real corpus, 5 folds, top-1 of all cases: "
            + folds.map { String(format: "%.3f", $0) }.joined(separator: " ") + String(format: "  mean %.3f", mean))
        return parts.joined(separator: "\n\n")
    }
}
