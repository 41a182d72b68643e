import FixdeskAnalysis

/// The index's vocabulary (`term_docs`, FTS5's terms with their article counts): document frequencies
/// and the terms typo tolerance compares with.
extension KnowledgeIndex {
    /// In how many articles each term occurs (0 for terms the index does not know), each looked up by
    /// primary key; what was asked before is remembered while the index is open.
    public func documentFrequencies(of terms: some Sequence<String>) throws -> [String: Int] {
        var result: [String: Int] = [:]
        var lookup: Statement?
        defer { if lookup != nil { database.finishReads() } }
        for term in terms where result[term] == nil {
            if let known = documentCounts[term] {
                result[term] = known
                continue
            }
            let statement = try lookup ?? database.prepare("SELECT docs FROM term_docs WHERE term = ?1")
            lookup = statement
            try statement.bind([.text(term)])
            let count = try statement.step() ? Int(statement.int(0)) : 0
            documentCounts[term] = count
            result[term] = count
        }
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
            "SELECT term, docs FROM term_docs WHERE term >= ?1 AND term < ?2 ORDER BY docs DESC, term")
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
