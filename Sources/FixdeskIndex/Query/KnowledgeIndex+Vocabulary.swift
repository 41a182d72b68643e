import FixdeskAnalysis

/// FTS5's vocabulary of the index (`article_vocab`): document frequencies and the terms typo tolerance compares with.
extension KnowledgeIndex {
    /// In how many articles each term occurs (0 for terms the index does not know), from FTS5's own
    /// vocabulary; the terms not asked before are looked up in one statement over a JSON array of them.
    public func documentFrequencies(of terms: some Sequence<String>) throws -> [String: Int] {
        let wanted = Set(terms)
        let missing = wanted.filter { documentCounts[$0] == nil }
        if !missing.isEmpty {
            defer { database.finishReads() }
            let statement = try database.prepare("""
                SELECT j.value, coalesce(v.doc, 0) FROM json_each(?1) j LEFT JOIN article_vocab v ON v.term = j.value
                """)
            try statement.bind([.text(ListCoding.encode(Array(missing)))])
            while try statement.step() { documentCounts[statement.text(0)] = Int(statement.int(1)) }
        }
        var result: [String: Int] = [:]
        for term in wanted { result[term] = documentCounts[term] ?? 0 }
        return result
    }

    /// An indexed term as letters, for typo comparisons.
    struct VocabularyTerm {
        var text: String
        var letters: [Character]
    }

    /// The indexed terms that start with `initial`, the commonest first (ties in term order).
    func vocabulary(startingWith initial: Unicode.Scalar) throws -> [VocabularyTerm] {
        if let known = vocabularyByInitial[initial] { return known }
        defer { database.finishReads() }
        guard let next = Unicode.Scalar(initial.value + 1) else { return [] }
        let statement = try database.prepare(
            "SELECT term, doc FROM article_vocab WHERE term >= ?1 AND term < ?2 ORDER BY doc DESC, term")
        try statement.bind([.text(String(initial)), .text(String(next))])
        var terms: [VocabularyTerm] = []
        while try statement.step() {
            let text = statement.text(0)
            documentCounts[text] = Int(statement.int(1))
            terms.append(VocabularyTerm(text: text, letters: Array(text)))
        }
        vocabularyByInitial[initial] = terms
        return terms
    }
}
