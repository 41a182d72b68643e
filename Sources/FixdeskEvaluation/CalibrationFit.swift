import Foundation
import FixdeskMatch

/// Fits the matcher's confidence table on evaluated cases: every match a report showed, right or wrong, by
/// the kind of its evidence and its place, its share right as a monotone (isotonic) function of its raw score.
public enum CalibrationFit {
    /// One match a report showed.
    public struct Sample: Sendable, Equatable {
        public var kind: EvidenceKind
        public var place: MatchPlace
        public var score: Double
        public var right: Bool

        public init(kind: EvidenceKind, place: MatchPlace, score: Double, right: Bool) {
            self.kind = kind
            self.place = place
            self.score = score
            self.right = right
        }
    }

    /// Every match of every outcome: a match shown for a text that must match nothing is wrong.
    public static func samples(of outcomes: [Evaluator.Outcome]) -> [Sample] {
        outcomes.flatMap { outcome in
            outcome.top.enumerated().compactMap { position, ranked -> Sample? in
                guard let kind = ranked.evidence else { return nil }
                return Sample(kind: kind, place: position == 0 ? .first : .below, score: ranked.score,
                              right: Evaluator.isRight(ranked, for: outcome.testCase))
            }
        }
    }

    /// The table: one monotone step function per kind and place with enough matches, per kind, and over all.
    public static func fit(_ samples: [Sample], source: String) -> ConfidenceCalibration {
        let minimum = MatchTuning.calibrationStepMatches
        var steps: [String: [ConfidenceCalibration.Step]] = [:]
        func add(_ key: String, _ cell: [Sample]) {
            guard cell.count >= minimum else { return }
            steps[key] = isotonicSteps(cell, minimumCount: minimum)
        }
        add(ConfidenceCalibration.key(kind: nil, place: nil), samples)
        for kind in EvidenceKind.allCases {
            let ofKind = samples.filter { $0.kind == kind }
            add(ConfidenceCalibration.key(kind: kind, place: nil), ofKind)
            for place in MatchPlace.allCases {
                add(ConfidenceCalibration.key(kind: kind, place: place), ofKind.filter { $0.place == place })
            }
        }
        return ConfidenceCalibration(steps: steps, source: source)
    }

    /// Pool-adjacent-violators over the samples sorted by score, then neighbouring blocks pooled until each
    /// holds `minimumCount` matches; pooling keeps the steps monotone.
    static func isotonicSteps(_ cell: [Sample], minimumCount: Int) -> [ConfidenceCalibration.Step] {
        struct Block { var from: Double; var right: Double; var count: Int; var mean: Double { right / Double(count) } }
        // Equal scores are one block: the table cannot tell them apart.
        var blocks: [Block] = []
        for sample in cell.sorted(by: { $0.score < $1.score }) {
            if let last = blocks.last, last.from == sample.score {
                blocks[blocks.count - 1].right += sample.right ? 1 : 0
                blocks[blocks.count - 1].count += 1
            } else {
                blocks.append(Block(from: sample.score, right: sample.right ? 1 : 0, count: 1))
            }
        }
        func merge(_ position: Int) {
            blocks[position].right += blocks[position + 1].right
            blocks[position].count += blocks[position + 1].count
            blocks.remove(at: position + 1)
        }
        /// Pool-adjacent-violators: neighbours whose `value` does not rise become one block.
        func poolUntilRising(_ value: (Block) -> Double) {
            var position = 0
            while position < blocks.count - 1 {
                if value(blocks[position]) >= value(blocks[position + 1]) {
                    merge(position)
                    position = max(position - 1, 0)
                } else {
                    position += 1
                }
            }
        }
        poolUntilRising(\.mean)
        // A small block joins the neighbour nearer its share; the result stays monotone.
        while blocks.count > 1, let small = blocks.indices.min(by: { blocks[$0].count < blocks[$1].count }),
              blocks[small].count < minimumCount {
            if small == 0 { merge(0) } else if small == blocks.count - 1 { merge(small - 1) } else {
                let below = abs(blocks[small - 1].mean - blocks[small].mean)
                let above = abs(blocks[small + 1].mean - blocks[small].mean)
                merge(below <= above ? small - 1 : small)
            }
        }
        // The prior pulls a small block's share further toward a half than a large one's: two neighbours whose
        // shares it turns round (0.92 of 12 below 0.90 of 100) are one step, so the shares shown still rise.
        let prior = MatchTuning.calibrationPrior
        func share(_ block: Block) -> Double { (block.right + prior.right) / (Double(block.count) + prior.matches) }
        poolUntilRising(share)
        return blocks.map {
            ConfidenceCalibration.Step(fromScore: $0.from, share: share($0), count: $0.count)
        }
    }

    /// The generated Swift file that holds `table` in the matcher.
    public static func swiftSource(of table: ConfidenceCalibration) -> String {
        var lines = [
            "// Generated by `fixdesk-eval --calibrate`: do not edit by hand.",
            "",
            "/// The fitted confidence table (see `ConfidenceCalibration`): \(table.source).",
            "enum CalibrationData {",
            "    static let table = ConfidenceCalibration(",
            "        steps: [",
        ]
        for key in table.steps.keys.sorted() {
            lines.append("            \"\(key)\": [")
            for step in table.steps[key]! {
                lines.append(String(format: "                .init(fromScore: %.2f, share: %.4f, count: %d),",
                                    step.fromScore, step.share, step.count))
            }
            lines.append("            ],")
        }
        lines += ["        ],", "        source: \"\(table.source)\")", "}", ""]
        return lines.joined(separator: "\n")
    }

    /// Matches by the confidence they showed, in bins of 0.1 (the top bin up to 1): how many, their mean
    /// confidence and the share that was right. A calibrated matcher's two last columns agree.
    public static func reliabilityTable(_ outcomes: [Evaluator.Outcome]) -> String {
        var bins = [(count: Int, confidence: Double, right: Int)](repeating: (0, 0, 0), count: 10)
        for outcome in outcomes {
            for ranked in outcome.top where ranked.evidence != nil {
                let bin = min(Int(ranked.confidence * 10), 9)
                bins[bin].count += 1
                bins[bin].confidence += ranked.confidence
                bins[bin].right += Evaluator.isRight(ranked, for: outcome.testCase) ? 1 : 0
            }
        }
        var lines = ["confidence  matches  mean shown  share right"]
        for (bin, figures) in bins.enumerated() where figures.count > 0 {
            lines.append(String(format: "%.1f–%.1f     %6d       %5.3f        %5.3f", Double(bin) / 10, Double(bin + 1) / 10,
                                figures.count, figures.confidence / Double(figures.count),
                                Double(figures.right) / Double(figures.count)))
        }
        return lines.joined(separator: "\n")
    }
}
