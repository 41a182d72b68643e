/// The report on typed searches (`Tests/Evaluation/searches.jsonl`): `search` with its synonym groups beside
/// `search` on the typed words alone, by kind of search and by language, for the tuning and held-out halves.
public struct SearchEvaluationReport {
    /// The file of typed searches in the evaluation folder; the matcher's written cases are the folder's other files.
    public static let fileName = "searches.jsonl"

    public var expanded: [Evaluator.Outcome]
    public var typedOnly: [Evaluator.Outcome]

    public init(expanded: [Evaluator.Outcome], typedOnly: [Evaluator.Outcome]) {
        self.expanded = expanded
        self.typedOnly = typedOnly
    }

    static func outcomes(_ outcomes: [Evaluator.Outcome], in half: CorpusSplit.Half) -> [Evaluator.Outcome] {
        outcomes.filter { CorpusSplit.half(of: $0.testCase) == half }
    }

    /// Figures of one half by the search's language (`want`), with "all positives" across both.
    public func figuresByLanguage(in half: CorpusSplit.Half) -> [String: Evaluator.Figures] {
        Evaluator.figures(Self.outcomes(expanded, in: half), by: \.want)
    }

    public var text: String {
        var parts: [String] = []
        for half in [CorpusSplit.Half.tune, .holdout] {
            let ours = Self.outcomes(expanded, in: half), plain = Self.outcomes(typedOnly, in: half)
            parts.append("typed searches, \(half.rawValue) half, by kind (right: without synonyms)\n"
                + Evaluator.table(matcher: ours, baseline: plain, by: \.kind, heading: "kind", baselineName: "typd"))
            parts.append("typed searches, \(half.rawValue) half, by language\n"
                + Evaluator.table(matcher: ours, baseline: plain, by: \.want, heading: "language", baselineName: "typd"))
        }
        return parts.joined(separator: "\n\n")
    }
}
