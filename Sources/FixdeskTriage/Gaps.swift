import Foundation

/// `fixdesk gaps`: the unmatched pastes of a log, grouped by their normalised text with counts,
/// largest first — the "searches with no results" report, for content writers.
public struct Gaps {
    /// Distinct texts kept; a log with more is still counted in `total`.
    public static let groupLimit = 100_000

    public struct Group: Encodable, Equatable {
        public var text: String
        public var count: Int
        public var firstSeen: String?
        public var lastSeen: String?
        public var languages: [String]

        enum CodingKeys: String, CodingKey {
            case text, count, languages
            case firstSeen = "first_seen"
            case lastSeen = "last_seen"
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(text, forKey: .text)
            try container.encode(count, forKey: .count)
            try container.encode(firstSeen, forKey: .firstSeen)
            try container.encode(lastSeen, forKey: .lastSeen)
            try container.encode(languages, forKey: .languages)
        }
    }

    /// `gaps --json`: `{"groups": [{"text", "count", "first_seen", "last_seen", "languages"}], "total": N, "skipped": N}`.
    public struct Report: Encodable, Equatable {
        public var groups: [Group]
        public var total: Int
        /// Lines that were not entries of an unmatched log.
        public var skipped: Int
    }

    private struct Accumulated {
        var group: Group
        var order: Int
        var languages: Set<String>
    }

    private var groups: [String: Accumulated] = [:]
    private var total = 0
    private var skipped = 0

    public init() {}

    /// The text two pastes share when they are the same gap: lower case, single spaces.
    public static func normalise(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    public mutating func add(line: String) {
        guard !line.isBlankLine else { return }
        guard let entry = try? JSONDecoder().decode(UnmatchedLog.Entry.self, from: Data(line.utf8)) else {
            skipped += 1
            return
        }
        total += 1
        let key = Self.normalise(entry.text)
        guard !key.isEmpty else { return }
        if var current = groups[key] {
            current.group.count += 1
            current.group.firstSeen = min(current.group.firstSeen ?? entry.time, entry.time)
            current.group.lastSeen = max(current.group.lastSeen ?? entry.time, entry.time)
            current.languages.insert(entry.lang)
            groups[key] = current
        } else if groups.count < Self.groupLimit {
            let group = Group(text: Triage.example(entry.text), count: 1, firstSeen: entry.time, lastSeen: entry.time, languages: [])
            groups[key] = Accumulated(group: group, order: groups.count, languages: [entry.lang])
        }
    }

    public func report() -> Report {
        let sorted = groups.values.sorted { $0.group.count != $1.group.count ? $0.group.count > $1.group.count : $0.order < $1.order }
        return Report(groups: sorted.map {
            var group = $0.group
            group.languages = $0.languages.sorted()
            return group
        }, total: total, skipped: skipped)
    }
}
