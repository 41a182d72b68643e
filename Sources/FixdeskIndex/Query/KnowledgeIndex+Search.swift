import FixdeskAnalysis
import FixdeskContent

/// One result of `search`: the article in the language to show, with a snippet.
public struct SearchResult: Sendable, Equatable {
    public var article: IndexedArticle
    /// The language whose text matched (may differ from `article.language`).
    public var matchedLanguage: String
    public var snippet: String
}

extension KnowledgeIndex {
    /// The longest query that is answered; longer input is refused by the caller.
    public static let maximumQueryLength = 1 << 20

    /// Articles matching `query`, best first, one per article id, shown in `language` where translated.
    ///
    /// Every word must match (its stem in any language, its folded form, a one-letter typo of an indexed
    /// term for words of five letters or more, or a prefix for the word being typed); when fewer than
    /// `QueryPlan.fewWholeMatches` articles match all words, the best partial matches follow them. A word
    /// or phrase of a synonym group (`synonyms:` of any language) also matches the group's other members,
    /// which count less than the words typed; `expandingSynonyms` false searches for the typed words alone.
    public func search(_ query: String, language: String, limit: Int = 10, expandingSynonyms: Bool = true) throws -> [SearchResult] {
        try reading { try searchWithinOneRead(query, language: language, limit: limit, expandingSynonyms: expandingSynonyms) }
    }

    /// Runs `body`, whose reads of the index make one read transaction (`Database.reading`): a search or a match
    /// makes dozens of small reads, each of which would otherwise lock the file and check it anew.
    public func reading<T>(_ body: () throws -> T) throws -> T {
        try database.reading(body)
    }

    private func searchWithinOneRead(_ query: String, language: String, limit: Int, expandingSynonyms: Bool) throws -> [SearchResult] {
        let words = Array(analyzers.alternatives(in: query).prefix(64))
        let content = words.filter { !$0.isStopWord }
        let used = content.isEmpty ? words : content
        guard !used.isEmpty else { return [] }
        let typingLastWord = !(query.last?.isWhitespace ?? true)
        let found = expandingSynonyms ? synonymTable.members(in: used) : []
        var groups: [FTSQuery.Group] = []
        var offset = 0
        while offset < used.count {
            if let member = found.first(where: { $0.words.lowerBound == offset }), member.words.count > 1 {
                // A phrase of a group is looked for as a phrase, beside the group's other members.
                groups.append(FTSQuery.Group(terms: [], prefixes: [], phrases: [member.typed], synonyms: member.alternatives,
                                             gaps: synonymTable.gaps))
                offset = member.words.upperBound
                continue
            }
            let word = used[offset]
            var terms = word.terms.isEmpty ? [word.surface] : word.terms
            var prefixes: [String] = []
            if !word.isNumber, word.surface.count >= 5 {
                terms += try typoCorrections(of: word.surface, excluding: Set(terms))
            }
            if offset == used.count - 1, typingLastWord, !word.isNumber, word.surface.count >= 2 {
                prefixes.append(word.surface)
            }
            let synonyms = found.first { $0.words.lowerBound == offset }?.alternatives ?? []
            groups.append(FTSQuery.Group(terms: terms, prefixes: prefixes, synonyms: synonyms, gaps: synonymTable.gaps))
            offset += 1
        }
        let query = FTSQuery(groups: groups)
        var hits = try rankedRows(query, matchAll: true, limit: limit * 4)
        let whole = Set(hits.map(\.0))
        if hits.count < QueryPlan.fewWholeMatches, query.groups.count > 1 {
            // Few articles have every word: the best partial matches follow them.
            hits += try rankedRows(query, matchAll: false, limit: limit * 4).filter { !whole.contains($0.0) }
        }
        var results: [SearchResult] = []
        var seen: Set<String> = []
        for rowID in try providerWeighted(hits, wholeMatches: whole.count, words: used) {
            guard let matched = try article(rowID: rowID), !seen.contains(matched.id) else { continue }
            seen.insert(matched.id)
            let shown = matched.language == language ? matched : try article(id: matched.id, preferring: language) ?? matched
            let snippet = SnippetBuilder().snippet(
                from: [shown.title, shown.summary] + shown.errors + [shown.bodyText], words: words,
                prepared: try snippetWords(rowID: shown.rowID), language: shown.language)
            results.append(SearchResult(article: shown, matchedLanguage: matched.language, snippet: snippet))
            if results.count == limit { break }
        }
        return results
    }

    /// The rows, best first: within the whole matches and within the partial ones after them, an article whose
    /// codes are all one provider's counts `QueryPlan.otherProviderShare` of its bm25 score unless a word of the
    /// search names that provider.
    private func providerWeighted(_ hits: [(Int64, Double)], wholeMatches: Int, words: [QueryWord]) throws -> [Int64] {
        let named = Set(words.map { $0.surface.lowercased() })
        let providers = try codeProviders(ofRows: hits.map(\.0))
        let ranked = hits.enumerated().map { position, hit in
            let own = providers[hit.0] ?? []
            let isOtherProviders = !own.isEmpty && own.allSatisfy { $0.map { !named.contains($0) } ?? false }
            // bm25() is negative, best lowest: a share of it is a higher (worse) score.
            return (rowID: hit.0, score: isOtherProviders ? hit.1 * QueryPlan.otherProviderShare : hit.1,
                    tier: position < wholeMatches ? 0 : 1, position: position)
        }
        return ranked.sorted { ($0.tier, $0.score, $0.position) < ($1.tier, $1.score, $1.position) }.map(\.rowID)
    }

    /// What the index analysed of a row's sentences for snippets.
    private func snippetWords(rowID: Int64) throws -> SnippetWords {
        defer { database.finishReads() }
        let statement = try database.prepare("SELECT snippet_words FROM articles WHERE rowid = ?1")
        try statement.bind([.integer(rowID)])
        return SnippetWords(encoded: try statement.step() ? statement.text(0) : "")
    }

    /// Per row, the provider of each of its codes (nil for the platform's own), read by row id at once.
    private func codeProviders(ofRows rowIDs: [Int64]) throws -> [Int64: [String?]] {
        defer { database.finishReads() }
        let statement = try database.prepare("SELECT rowid, codes FROM articles WHERE rowid IN (SELECT value FROM json_each(?1))")
        try statement.bind([.text("[" + rowIDs.map(String.init).joined(separator: ",") + "]")])
        var providers: [Int64: [String?]] = [:]
        while try statement.step() { providers[statement.int(0)] = ListCoding.decode(statement.text(1)).map(ErrorCode.provider(of:)) }
        return providers
    }

    /// Row ids and bm25 scores for a query, best first, ties in row order: FTS5 finds and ranks them.
    /// A query that would make FTS5 score more than `QueryPlan.scoredRowBudget` rows is narrowed
    /// first (see `QueryPlan`), as long as the narrower form still finds `limit` rows.
    public func rankedRows(_ query: FTSQuery, matchAll: Bool, limit: Int) throws -> [(Int64, Double)] {
        defer { database.finishReads() }
        guard !query.isEmpty else { return [] }
        let budget = QueryPlan.scoredRowBudget
        var chosen = query.expression(matchAll: matchAll)
        // An index of no more rows than the budget never needs narrowing: the count is not asked for.
        if articleCount > budget, try matchingRows(chosen, atMost: budget + 1) > budget {
            let terms = query.groups.flatMap(\.allTerms)
            let narrowings = QueryPlan.narrowings(of: query, matchAll: matchAll, frequencies: try documentFrequencies(of: terms),
                                                  articleCount: articleCount)
            for expression in narrowings {
                let rows = try matchingRows(expression, atMost: budget + 1)
                // Too narrow to fill the page: the wider form it came from is ranked instead.
                if rows < limit { break }
                chosen = expression
                if rows <= budget { break }
            }
        }
        return try bm25Rows(chosen, limit: limit)
    }

    /// The query ranked as it is, however many rows it finds: the evaluation's plain-bm25 baseline.
    public func exactRankedRows(_ query: FTSQuery, matchAll: Bool, limit: Int) throws -> [(Int64, Double)] {
        defer { database.finishReads() }
        guard !query.isEmpty else { return [] }
        return try bm25Rows(query.expression(matchAll: matchAll), limit: limit)
    }

    private func bm25Rows(_ expression: String, limit: Int) throws -> [(Int64, Double)] {
        let statement = try database.prepare("""
            SELECT rowid, bm25(article_terms, \(IndexSchema.bm25Weights)) AS score FROM article_terms
            WHERE article_terms MATCH ?1 ORDER BY score, rowid LIMIT ?2
            """)
        try statement.bind([.text(expression), .integer(Int64(limit))])
        var rows: [(Int64, Double)] = []
        while try statement.step() { rows.append((statement.int(0), statement.double(1))) }
        return rows
    }

    /// How many rows `expression` finds, counting no further than `cap`: finding rows without ranking
    /// them costs FTS5 a small fraction of ranking them.
    private func matchingRows(_ expression: String, atMost cap: Int) throws -> Int {
        let statement = try database.prepare(
            "SELECT count(*) FROM (SELECT 1 FROM article_terms WHERE article_terms MATCH ?1 LIMIT ?2)")
        try statement.bind([.text(expression), .integer(Int64(cap))])
        return try statement.step() ? Int(statement.int(0)) : 0
    }

    /// Indexed terms one edit (insert, delete, substitute, swap) away from `word`, when `word` itself is
    /// not indexed; the commonest first, at most three.
    public func typoCorrections(of word: String, excluding known: Set<String>) throws -> [String] {
        if try documentFrequencies(of: known).values.contains(where: { $0 > 0 }) { return [] }
        // Typos in the first letter are rare: only terms that share it are compared.
        guard let first = word.unicodeScalars.first else { return [] }
        let letters = Array(word)
        var result: [String] = []
        for term in try vocabulary(startingWith: first) where abs(term.letters.count - letters.count) <= 1 {
            if EditDistance.isWithinOne(letters, term.letters) {
                result.append(term.text)
                if result.count == 3 { break }
            }
        }
        return result
    }
}
