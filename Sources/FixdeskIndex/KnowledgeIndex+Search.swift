import FixdeskAnalysis

/// One result of `search`: the article in the language to show, with a snippet.
public struct SearchResult: Sendable, Equatable {
    public var article: IndexedArticle
    /// The language whose text matched (may differ from `article.language`).
    public var matchedLanguage: String
    /// bm25 score: lower is better, as SQLite reports it.
    public var score: Double
    public var snippet: String
}

extension KnowledgeIndex {
    /// The longest query that is answered; longer input is refused by the caller.
    public static let maximumQueryLength = 1 << 20

    /// Articles matching `query`, best first, one per article id, shown in `language` where translated.
    ///
    /// Every word must match (its stem in any language, its folded form, a one-letter typo of an indexed
    /// term for words of five letters or more, or a prefix for the word being typed); when nothing
    /// matches all words, the best partial matches are returned.
    public func search(_ query: String, language: String, limit: Int = 10) throws -> [SearchResult] {
        let words = Array(analyzers.alternatives(in: query).prefix(64))
        let content = words.filter { !$0.isStopWord }
        let used = content.isEmpty ? words : content
        guard !used.isEmpty else { return [] }
        let typingLastWord = !(query.last?.isWhitespace ?? true)
        var groups: [FTSQuery.Group] = []
        for (offset, word) in used.enumerated() {
            var terms = word.terms.isEmpty ? [word.surface] : word.terms
            var prefixes: [String] = []
            if !word.isNumber, word.surface.count >= 5 {
                terms += try typoCorrections(of: word.surface, excluding: Set(terms))
            }
            if offset == used.count - 1, typingLastWord, !word.isNumber, word.surface.count >= 2 {
                prefixes.append(word.surface)
            }
            groups.append(FTSQuery.Group(terms: terms, prefixes: prefixes))
        }
        let query = FTSQuery(groups: groups)
        var hits = try rankedRows(query, matchAll: true, limit: limit * 4)
        if hits.isEmpty, query.groups.count > 1 {
            hits = try rankedRows(query, matchAll: false, limit: limit * 4)
        }
        var results: [SearchResult] = []
        var seen: Set<String> = []
        for (rowID, score) in hits {
            guard let matched = try article(rowID: rowID), !seen.contains(matched.id) else { continue }
            seen.insert(matched.id)
            let shown = matched.language == language ? matched : try article(id: matched.id, preferring: language) ?? matched
            let snippet = SnippetBuilder().snippet(
                from: [shown.title, shown.summary] + shown.errors + [shown.bodyText], words: words,
                analyzer: analyzers.analyzer(for: shown.language))
            results.append(SearchResult(article: shown, matchedLanguage: matched.language, score: score, snippet: snippet))
            if results.count == limit { break }
        }
        return results
    }

    /// Row ids and bm25 scores for a query, best first: FTS5's bm25, computed from the posting lists.
    public func rankedRows(_ query: FTSQuery, matchAll: Bool, limit: Int) throws -> [(Int64, Double)] {
        defer { database.finishReads() }
        guard !query.isEmpty else { return [] }
        let store = PostingStore(database: database)
        var groups: [[BM25Ranker.Phrase]] = []
        for group in query.groups {
            var phrases = try group.terms.map { term in try store.list(for: term).map { [$0] } ?? [] }
            phrases += try group.prefixes.map { try store.lists(withPrefix: $0) }
            groups.append(phrases)
        }
        return try ranker().rank(groups, matchAll: matchAll, limit: limit).map { ($0.row, $0.score) }
    }

    /// The same ranking asked of SQLite's FTS5 itself: the evaluation's plain-bm25 baseline, and the
    /// reference the posting lists are tested against.
    public func fts5RankedRows(_ query: FTSQuery, matchAll: Bool, limit: Int) throws -> [(Int64, Double)] {
        defer { database.finishReads() }
        guard !query.isEmpty else { return [] }
        let statement = try database.prepare("""
            SELECT rowid, bm25(article_terms, \(IndexSchema.bm25Weights)) AS score FROM article_terms
            WHERE article_terms MATCH ?1 ORDER BY score, rowid LIMIT ?2
            """)
        try statement.bind([.text(query.expression(matchAll: matchAll)), .integer(Int64(limit))])
        var rows: [(Int64, Double)] = []
        while try statement.step() { rows.append((statement.int(0), statement.double(1))) }
        return rows
    }

    /// Indexed terms one edit (insert, delete, substitute, swap) away from `word`, when `word` itself is not indexed.
    public func typoCorrections(of word: String, excluding known: Set<String>) throws -> [String] {
        defer { database.finishReads() }
        let exists = try database.prepare("SELECT 1 FROM vocabulary WHERE term = ?1")
        for term in known {
            try exists.bind([.text(term)])
            if try exists.step() { return [] }
        }
        // Typos in the first letter are rare: only terms that share it are compared, a range of the primary key.
        guard let first = word.unicodeScalars.first, let next = Unicode.Scalar(first.value + 1) else { return [] }
        let length = word.count
        let candidates = try database.prepare("""
            SELECT term FROM vocabulary WHERE term >= ?1 AND term < ?2 AND length BETWEEN ?3 AND ?4 ORDER BY documents DESC
            """)
        try candidates.bind([.text(String(first)), .text(String(next)), .integer(Int64(length - 1)), .integer(Int64(length + 1))])
        var result: [String] = []
        let letters = Array(word)
        while try candidates.step() {
            let term = candidates.text(0)
            if EditDistance.isWithinOne(letters, Array(term)) {
                result.append(term)
                if result.count == 3 { break }
            }
        }
        return result
    }
}

