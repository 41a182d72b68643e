import Foundation

/// The article a unit matched, as the report shows it.
public struct TriageArticle: Sendable, Equatable {
    public var id: String
    public var title: String
    public var codes: [String]
    public var steps: [String]

    public init(id: String, title: String, codes: [String], steps: [String]) {
        self.id = id
        self.title = title
        self.codes = codes
        self.steps = steps
    }
}

/// Groups many errors by the article they match, in constant memory: one group per article, a
/// bounded cache of answers and a bounded list of unmatched texts.
public final class Triage {
    /// Answers kept for texts seen before; exports repeat the same few errors many times.
    public static let cacheLimit = 8192
    /// Distinct unmatched texts kept for the listing; more are still counted.
    public static let unmatchedLimit = 1000
    /// Characters of an example shown.
    public static let exampleLength = 300

    struct Group {
        var article: TriageArticle
        var count = 0
        var firstSeen: Date?
        var lastSeen: Date?
        var example: String
        var order: Int
    }

    private let match: (String) throws -> TriageArticle?
    private var cache: [String: (answer: TriageArticle?, redacted: String)] = [:]
    private var groups: [String: Group] = [:]
    private var unmatchedTexts: [String: Int] = [:]
    public private(set) var total = 0
    public private(set) var unmatched = 0

    /// `match` gives the best article for a paste, or nil when none fits.
    public init(match: @escaping (String) throws -> TriageArticle?) {
        self.match = match
    }

    public func add(_ unit: TriageUnit) throws {
        total += 1
        let (answer, redacted) = try lookUp(unit.text)
        guard let answer else {
            unmatched += 1
            let key = Self.example(redacted)
            if unmatchedTexts[key] != nil || unmatchedTexts.count < Self.unmatchedLimit { unmatchedTexts[key, default: 0] += 1 }
            return
        }
        var group = groups[answer.id] ?? Group(article: answer, example: Self.example(redacted), order: groups.count)
        group.count += 1
        if let time = unit.timestamp {
            group.firstSeen = min(group.firstSeen ?? time, time)
            group.lastSeen = max(group.lastSeen ?? time, time)
        }
        groups[answer.id] = group
    }

    /// The answer for `text` and its redacted form. The same text is looked up as it is first (exports
    /// repeat error objects verbatim), then redacted (log lines differ only in phone numbers and ids),
    /// and matched only when neither was seen.
    private func lookUp(_ text: String) throws -> (TriageArticle?, String) {
        if let known = cache[text] { return known }
        let redacted = Redactor.redact(text)
        // Not `cache[redacted]?.answer ?? …`: that would match again every text known to match nothing.
        let answer: TriageArticle?
        if let known = cache[redacted] { answer = known.answer } else { answer = try match(text) }
        if cache.count >= Self.cacheLimit { cache.removeAll(keepingCapacity: true) }
        cache[text] = (answer, redacted)
        cache[redacted] = (answer, redacted)
        return (answer, redacted)
    }

    static func example(_ text: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces)
        return line.count > exampleLength ? String(line.prefix(exampleLength)) + "…" : line
    }

    public func report() -> TriageReport {
        let sorted = groups.values.sorted { $0.count != $1.count ? $0.count > $1.count : $0.order < $1.order }
        return TriageReport(
            groups: sorted.map {
                TriageReport.Group(id: $0.article.id, title: $0.article.title, codes: $0.article.codes, count: $0.count,
                                   share: TriageReport.share($0.count, of: total), firstSeen: $0.firstSeen.map(Timestamp.format),
                                   lastSeen: $0.lastSeen.map(Timestamp.format), example: $0.example, steps: $0.article.steps)
            },
            unmatched: unmatched, total: total,
            unmatchedTexts: unmatchedTexts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                .map { TriageReport.UnmatchedText(text: $0.key, count: $0.value) })
    }
}

/// `triage --json`: `{"groups": [{"id", "title", "codes", "count", "share", "first_seen", "last_seen",
/// "example", "steps"}], "unmatched": N, "total": N}`, largest group first.
public struct TriageReport: Encodable, Equatable {
    public struct Group: Encodable, Equatable {
        public var id: String
        public var title: String
        public var codes: [String]
        public var count: Int
        public var share: Double
        public var firstSeen: String?
        public var lastSeen: String?
        public var example: String
        public var steps: [String]

        enum CodingKeys: String, CodingKey {
            case id, title, codes, count, share, example, steps
            case firstSeen = "first_seen"
            case lastSeen = "last_seen"
        }

        /// `first_seen` and `last_seen` are null, not missing, without timestamps.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(title, forKey: .title)
            try container.encode(codes, forKey: .codes)
            try container.encode(count, forKey: .count)
            try container.encode(share, forKey: .share)
            try container.encode(firstSeen, forKey: .firstSeen)
            try container.encode(lastSeen, forKey: .lastSeen)
            try container.encode(example, forKey: .example)
            try container.encode(steps, forKey: .steps)
        }
    }

    public struct UnmatchedText: Equatable, Sendable {
        public var text: String
        public var count: Int

        public init(text: String, count: Int) {
            self.text = text
            self.count = count
        }
    }

    public var groups: [Group]
    public var unmatched: Int
    public var total: Int
    /// The unmatched texts (redacted) with their counts, most frequent first: listed in the text report.
    public var unmatchedTexts: [UnmatchedText]

    enum CodingKeys: String, CodingKey { case groups, unmatched, total }

    /// A share rounded to four decimals, so the JSON shows `0.3333`, not a binary fraction's digits.
    static func share(_ count: Int, of total: Int) -> Double {
        total == 0 ? 0 : (Double(count) / Double(total) * 10_000).rounded() / 10_000
    }
}
