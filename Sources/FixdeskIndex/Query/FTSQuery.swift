import FixdeskAnalysis

/// An FTS5 MATCH expression built from our own terms, never from user text, so no input can cause a syntax error.
///
/// Each group is a word's alternatives joined by OR; groups are joined by AND (or OR for a loose query).
/// Related SQLite documentation: https://sqlite.org/fts5.html#full_text_query_syntax
public struct FTSQuery: Sendable, Equatable {
    public struct Group: Sendable, Equatable {
        public var terms: [String]
        public var prefixes: [String]

        public init(terms: [String], prefixes: [String]) {
            self.terms = terms
            self.prefixes = prefixes
        }
    }

    public var groups: [Group]

    public init(groups: [Group]) {
        self.groups = groups.filter { !$0.terms.isEmpty || !$0.prefixes.isEmpty }
    }

    public var isEmpty: Bool { groups.isEmpty }

    /// The MATCH text; `matchAll` false joins groups by OR. The first `restricted` groups must occur in
    /// one of `columns` (an FTS5 column filter, `{title errors} : (…)`).
    public func expression(matchAll: Bool, restricting restricted: Int = 0, to columns: [String] = []) -> String {
        groups.enumerated().map { offset, group in
            let parts = group.terms.map(Self.quote) + group.prefixes.map { Self.quote($0) + "*" }
            guard offset < restricted, !columns.isEmpty else {
                return parts.count == 1 ? parts[0] : "(" + parts.joined(separator: " OR ") + ")"
            }
            return "{" + columns.joined(separator: " ") + "} : (" + parts.joined(separator: " OR ") + ")"
        }.joined(separator: matchAll ? " AND " : " OR ")
    }

    /// A string token: `"…"` with inner quotes doubled, NUL removed.
    static func quote(_ term: String) -> String {
        // Almost every term has neither; Foundation's replacing costs more than the rest of the expression.
        guard term.utf8.contains(where: { $0 == 0 || $0 == UInt8(ascii: "\"") }) else { return "\"" + term + "\"" }
        return "\"" + term.replacingOccurrences(of: "\0", with: "").replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
