import FixdeskAnalysis

/// The index's vocabulary (`term_docs`, FTS5's terms with their article counts): document frequencies
/// and the terms typo tolerance compares with.
extension KnowledgeIndex {
    /// In how many articles each term occurs (0 for terms the index does not know); what was asked before
    /// is remembered while the index is open. The terms not known yet are read in one statement: a match
    /// asks for hundreds at once, and a statement for each cost more than the looking up.
    public func documentFrequencies(of terms: some Sequence<String>) throws -> [String: Int] {
        var result: [String: Int] = [:]
        var missing: [String] = []
        for term in terms where result[term] == nil {
            if let known = documentCounts[term] {
                result[term] = known
            } else {
                result[term] = 0
                missing.append(term)
            }
        }
        guard !missing.isEmpty else { return result }
        defer { database.finishReads() }
        if missing.count == 1 {
            let statement = try database.prepare("SELECT docs FROM term_docs WHERE term = ?1")
            try statement.bind([.text(missing[0])])
            if try statement.step() { result[missing[0]] = Int(statement.int(0)) }
        } else {
            let statement = try database.prepare(
                "SELECT j.value, t.docs FROM json_each(?1) AS j JOIN term_docs AS t ON t.term = j.value")
            try statement.bind([.text(ListCoding.encode(missing))])
            while try statement.step() { result[statement.text(0)] = Int(statement.int(1)) }
        }
        for term in missing { documentCounts[term] = result[term] }
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
