/// Narrower forms of a query for FTS5 to rank when the query itself would find too many rows.
///
/// FTS5 computes `bm25()` for every row a `MATCH` finds, one to three microseconds per row on this
/// kind of data: a word that is in most articles would make it score most of the catalog. Search
/// engines avoid that by scoring the rows that can rank first; here the words are ordered by their
/// document frequency (FTS5's `fts5vocab`), and the forms below are tried widest first until one
/// finds at most `scoredRowBudget` rows. A query that finds fewer rows than that is ranked as it is,
/// so on a catalog of a few hundred articles every query is ranked exactly.
enum QueryPlan {
    /// The most rows FTS5 is asked to score for one query before the query is narrowed.
    static let scoredRowBudget = 600

    /// The columns that carry most of bm25's weight (see `IndexSchema.fieldWeights`), strongest last:
    /// a narrowed query looks for its rarest word only in these.
    static let strongColumns: [[String]] = [["title", "errors", "codes"], ["title"]]

    /// A word in more than this share of the articles gets FTS5's smallest idf (1e-6): it cannot
    /// change a rank, only add rows to score.
    static let uninformativeShare = 0.5

    /// How many times a typed word counts in bm25 for each time one of its synonyms counts: a row with the
    /// word the agent typed ranks above a row with only a word of the same meaning.
    static let typedWordWeight = 2
    /// Fewer articles than this with every word of a search: the best partial matches are listed after them
    /// (an agent's extra word, "yok", "please", should not leave the page empty or with one guess).
    static let fewWholeMatches = 3
    /// A search that names no provider is about WhatsApp itself: an article that only one provider's users meet
    /// (all its codes in that provider's namespace) counts this share of its bm25 score. On the typed searches'
    /// tuning half 0.5, 0.7 and 0.8 give the same top-3 and top-1; the mildest is kept.
    static let otherProviderShare = 0.8

    /// The narrower MATCH expressions of `query`, widest first. An any-word query keeps its rarer
    /// words (dropping those in most articles, then the commonest while the rest would still find
    /// more than the budget); every query then looks for its rarest word in the strong columns only,
    /// and an all-words query last for all its words in the title.
    /// `frequencies` are the terms' document frequencies; a prefix counts as every article, a phrase as
    /// its rarest term.
    static func narrowings(of query: FTSQuery, matchAll: Bool, frequencies: [String: Int], articleCount: Int) -> [String] {
        func rows(_ group: FTSQuery.Group) -> Int {
            guard group.prefixes.isEmpty else { return articleCount }
            let phrases = (group.phrases + group.synonyms).reduce(0) { total, phrase in
                total + (phrase.map { frequencies[$0] ?? 0 }.min() ?? 0)
            }
            return group.terms.reduce(phrases) { $0 + (frequencies[$1] ?? 0) }
        }
        // Rarest first; ties keep the query's order.
        let ordered = query.groups.enumerated()
            .sorted { (rows($0.element), $0.offset) < (rows($1.element), $1.offset) }
            .map(\.element)
        guard let rarest = ordered.first else { return [] }
        var forms: [FTSQuery] = []
        if !matchAll {
            let informative = ordered.filter { Double(rows($0)) <= uninformativeShare * Double(articleCount) }
            if !informative.isEmpty, informative.count < ordered.count { forms.append(FTSQuery(groups: informative)) }
            // The rarest words whose rows together stay within the budget: certain to find no more.
            var total = 0
            let within = informative.prefix { group in
                total += rows(group)
                return total <= scoredRowBudget
            }
            if !within.isEmpty, within.count < informative.count { forms.append(FTSQuery(groups: Array(within))) }
            if within.count != 1 { forms.append(FTSQuery(groups: [rarest])) }
        }
        var expressions = forms.map { $0.expression(matchAll: matchAll) }
        let kept = FTSQuery(groups: matchAll ? ordered : [rarest])
        for columns in strongColumns {
            expressions.append(kept.expression(matchAll: true, restricting: 1, to: columns))
        }
        // Last, every word of an all-words query in the strongest columns.
        if matchAll, ordered.count > 1, let strongest = strongColumns.last {
            expressions.append(kept.expression(matchAll: true, restricting: ordered.count, to: strongest))
        }
        return expressions
    }
}
