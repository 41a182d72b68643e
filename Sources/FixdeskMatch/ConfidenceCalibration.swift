/// What kind of evidence a match rests on: its strongest one decides.
public enum EvidenceKind: String, Sendable, CaseIterable, Codable {
    /// A catalog code found in the paste.
    case code
    /// Most of one of the article's literal error texts.
    case literal
    /// The paste's words, titles and synonyms only.
    case words
}

/// Where a match stands in its report: a runner-up is right far less often than the match above it with
/// the same kind and score (it often shares only a generic error text with the paste).
public enum MatchPlace: String, Sendable, CaseIterable, Codable {
    case first, below
}

/// Turns a match's raw score into the confidence shown: how often a match of that kind, place and score was
/// right on the real-paste corpus. The raw score still ranks and accepts matches; this only says how sure
/// to be. The table is fitted by `fixdesk-eval --calibrate` (isotonic, pooled), not written by hand.
public struct ConfidenceCalibration: Sendable, Equatable {
    /// One fitted step: matches scoring `fromScore` or more (up to the next step) were right `share` of the time.
    public struct Step: Sendable, Equatable {
        public var fromScore: Double
        public var share: Double
        public var count: Int

        public init(fromScore: Double, share: Double, count: Int) {
            self.fromScore = fromScore
            self.share = share
            self.count = count
        }
    }

    /// Steps per `"kind/place"` (see `key`), ascending by score; a cell with too few matches is absent and
    /// falls back to its kind (`"kind/any"`), then to all matches (`"any/any"`).
    public var steps: [String: [Step]]
    /// Where the table came from: the corpus, its half and its size.
    public var source: String

    public init(steps: [String: [Step]], source: String) {
        self.steps = steps
        self.source = source
    }

    public static func key(kind: EvidenceKind?, place: MatchPlace?) -> String {
        "\(kind?.rawValue ?? "any")/\(place?.rawValue ?? "any")"
    }

    /// The share of matches like this one that were right, within 0…`MatchTuning.maximumConfidence`.
    public func confidence(score: Double, kind: EvidenceKind, place: MatchPlace) -> Double {
        let table = steps[Self.key(kind: kind, place: place)] ?? steps[Self.key(kind: kind, place: nil)]
            ?? steps[Self.key(kind: nil, place: nil)] ?? []
        guard let first = table.first else { return min(score, MatchTuning.maximumConfidence) }
        let step = table.last { $0.fromScore <= score } ?? first
        return (min(step.share, MatchTuning.maximumConfidence) * 100).rounded() / 100
    }

    /// Confidences for a report's matches in order: each calibrated, and none shown as more certain than a
    /// match above it.
    func confidences(of items: [(score: Double, kind: EvidenceKind)]) -> [Double] {
        var result: [Double] = []
        for (position, item) in items.enumerated() {
            let value = confidence(score: item.score, kind: item.kind, place: position == 0 ? .first : .below)
            result.append(min(value, result.last ?? value))
        }
        return result
    }
}
