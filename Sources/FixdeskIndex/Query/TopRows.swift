import Foundation

/// Ranks the best rows of an any-word query without having FTS5 score every row the query finds, the way
/// search engines do (MaxScore): a word in many articles adds little to any row's bm25, so a row with only
/// such words cannot reach the best rows' scores. Only the rows with one of the rarer words are scored,
/// with the whole query's bm25, so each score is the one FTS5 gives; the result stands only when the last
/// of the best rows scores more than any row with only the common words could, else the whole query is
/// ranked. Either way the rows and their order are those of ranking the whole query.
enum TopRows {
    /// bm25's `k1` in FTS5 (`fts5_aux.c`): a phrase adds less than idf × (k1 + 1) to a row's score,
    /// however often the row holds it.
    static let k1 = 1.2
    /// The common words are set aside while their bounds together stay under this share of the rarest
    /// word's: a guess at how much less than the best rows score they can add; a wrong guess costs a
    /// second statement, never a different answer.
    static let setAsideShare = 0.5
    /// Room for rounding when a bound is compared with a score FTS5 computed.
    static let rounding = 1e-9

    /// The rarer groups of a query, and the most a row with only the other groups' terms can score
    /// (bm25 with its sign turned, higher is better).
    struct Split: Equatable {
        var scored: FTSQuery
        var othersBound: Double
    }

    /// FTS5's idf of a phrase `rows` of `rowCount` rows hold; never below its floor of 1e-6.
    static func idf(rows: Int, rowCount: Int) -> Double {
        let idf = log((Double(rowCount) - Double(rows) + 0.5) / (Double(rows) + 0.5))
        return idf <= 0 ? 1e-6 : idf
    }

    /// The split of an any-word query of plain terms, or nil when no group can be set aside (a query with
    /// phrases or prefixes is ranked whole: their rows are not counted in `frequencies`).
    static func split(_ query: FTSQuery, frequencies: [String: Int], rowCount: Int) -> Split? {
        guard query.groups.count > 1,
              query.groups.allSatisfy({ $0.prefixes.isEmpty && $0.phrases.isEmpty && $0.synonyms.isEmpty }) else { return nil }
        // Each term is one phrase of the MATCH expression, with its own share of the score.
        let bounds = query.groups.map { group in
            group.terms.reduce(0.0) { $0 + idf(rows: frequencies[$1] ?? 0, rowCount: rowCount) * (k1 + 1) }
        }
        guard let strongest = bounds.max() else { return nil }
        var setAside: Set<Int> = []
        var othersBound = 0.0
        for position in bounds.indices.sorted(by: { (bounds[$0], $0) < (bounds[$1], $1) }).dropLast() {
            guard othersBound + bounds[position] < strongest * setAsideShare else { break }
            othersBound += bounds[position]
            setAside.insert(position)
        }
        guard !setAside.isEmpty else { return nil }
        let scored = query.groups.indices.filter { !setAside.contains($0) }.map { query.groups[$0] }
        return Split(scored: FTSQuery(groups: scored), othersBound: othersBound)
    }

    /// Whether the best rows of the scored part are the best rows of the whole query: `limit` of them, the
    /// last scoring more than any row with only the set-aside words can (`score` is bm25's, negative).
    static func isCertain(_ rows: [(Int64, Double)], limit: Int, split: Split) -> Bool {
        guard rows.count == limit, let last = rows.last else { return false }
        return -last.1 > split.othersBound * (1 + rounding) + rounding
    }
}
