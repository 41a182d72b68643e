import FixdeskAnalysis

/// An FTS5 MATCH expression built from our own terms, never from user text, so no input can cause a syntax error.
///
/// Each group is a word's alternatives joined by OR; groups are joined by AND (or OR for a loose query).
/// Related SQLite documentation: https://sqlite.org/fts5.html#full_text_query_syntax
public struct FTSQuery: Sendable, Equatable {
    public struct Group: Sendable, Equatable {
        public var terms: [String]
        public var prefixes: [String]
        /// Phrases typed as they are, each a list of terms found next to each other (`rate limit`).
        public var phrases: [[String]]
        /// Phrases that mean the same as the typed word (its synonym groups): they find rows as the typed
        /// word does but count less in bm25 (see `QueryPlan.typedWordWeight`).
        public var synonyms: [[String]]
        /// For phrases whose words the index holds with their folded forms between the stems, how many such forms
        /// stand between the first and the last stem (`SynonymTable.gaps`); other phrases are their stems in order.
        public var gaps: [[String]: Int]

        public init(terms: [String], prefixes: [String], phrases: [[String]] = [], synonyms: [[String]] = [],
                    gaps: [[String]: Int] = [:]) {
            self.terms = terms
            self.prefixes = prefixes
            self.phrases = phrases.filter { !$0.isEmpty }
            self.synonyms = synonyms.filter { !$0.isEmpty }
            self.gaps = gaps
        }

        var isEmpty: Bool { terms.isEmpty && prefixes.isEmpty && phrases.isEmpty && synonyms.isEmpty }

        /// Every term the group names, for document frequencies.
        var allTerms: [String] { terms + phrases.joined() + synonyms.joined() }

        /// The group's alternatives as FTS5 strings. FTS5 adds each listed phrase's bm25 share however often
        /// the same phrase is listed, so the typed alternatives are listed `QueryPlan.typedWordWeight` times
        /// when synonyms stand beside them: a row with the typed word outranks one with only a synonym.
        var parts: [String] {
            let phrase = { (terms: [String]) in FTSQuery.phrase(terms, forms: gaps[terms] ?? 0) }
            let typed = terms.map(FTSQuery.quote) + phrases.map(phrase) + prefixes.map { FTSQuery.quote($0) + "*" }
            guard !synonyms.isEmpty else { return typed }
            return Array(repeating: typed, count: QueryPlan.typedWordWeight).flatMap { $0 } + synonyms.map(phrase)
        }
    }

    public var groups: [Group]

    public init(groups: [Group]) {
        self.groups = groups.filter { !$0.isEmpty }
    }

    public var isEmpty: Bool { groups.isEmpty }

    /// The MATCH text; `matchAll` false joins groups by OR. The first `restricted` groups must occur in
    /// one of `columns` (an FTS5 column filter, `{title errors} : (…)`).
    public func expression(matchAll: Bool, restricting restricted: Int = 0, to columns: [String] = []) -> String {
        groups.enumerated().map { offset, group in
            let parts = group.parts
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

    /// Terms of consecutive words. The index holds each word as its stem followed by its folded form when the
    /// two differ (`ödeme yöntemi` → `ode odeme yonte yontemi`): when `forms` such forms stand between the stems,
    /// the stems are looked for in proximity (FTS5's NEAR counts from the end of the first term to the start of
    /// the last, so the terms between count too); otherwise as a phrase, the stems next to each other in order.
    static func phrase(_ terms: [String], forms: Int = 0) -> String {
        guard terms.count > 1, forms > 0 else { return quote(terms.joined(separator: " ")) }
        return "NEAR(" + terms.map(quote).joined(separator: " ") + ", \(terms.count - 2 + forms))"
    }
}
