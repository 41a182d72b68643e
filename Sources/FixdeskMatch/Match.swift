import FixdeskIndex

/// One article that fits a paste, shown in the language the agent asked for.
public struct Match: Sendable, Equatable {
    public var article: IndexedArticle
    /// From 0 to 1: how often a match of this kind, place and score was right on the real-paste corpus.
    public var confidence: Double
    /// Why it matched, in plain words: "error code 131047 in error.code", "phrase “…”".
    public var reasons: [String]
    /// The same reasons as data, for wording them in another language.
    public var details: [Reason] = []
    /// The raw score, 0 to 1, that ranked and accepted the match.
    public var score: Double = 0
    /// The strongest kind of evidence the match rests on.
    public var evidence: EvidenceKind = .words
}

/// What the matcher found in a paste and which articles fit it, best first.
public struct MatchReport: Sendable, Equatable {
    /// The catalog codes found in the paste.
    public var codes: [String]
    /// The language results are shown in.
    public var language: String
    public var matches: [Match]
    /// Notes for the user: a cut paste, replaced bytes.
    public var warnings: [String]
}
