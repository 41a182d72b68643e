import Foundation

/// Ranks rows with the bm25 that SQLite's FTS5 computes, from our own posting lists.
///
/// FTS5 evaluates its `bm25()` for every row that matches, which on a large catalog costs far more than
/// the rest of a search. Here each phrase's list is read once and scores accumulate per row, so a query
/// costs about one pass over its postings. The scores equal FTS5's: per phrase
/// `idf × f·(k1+1) / (f + k1·(1 − b + b·D/avgdl))`, with `f` the weighted count, `D` the row's tokens,
/// `idf = ln((N − n + 0.5)/(n + 0.5))` (at least 1e-6), k1 = 1.2, b = 0.75, negated as FTS5 reports it.
/// https://sqlite.org/fts5.html#the_bm25_function
struct BM25Ranker {
    static let k1 = 1.2
    static let b = 0.75

    /// A query term: one list, or for a prefix every matching term's list, counted as one phrase.
    typealias Phrase = [PostingList]

    let lengths: DocumentLengths

    /// Rows and scores (lower is better), best first, ties in row order. A row matches a group when
    /// any of its phrases occurs in it; with `matchAll` it must match every group, otherwise any.
    func rank(_ groups: [[Phrase]], matchAll: Bool, limit: Int) -> [(row: Int64, score: Double)] {
        let rowLimit = lengths.rowLimit
        guard rowLimit > 0, limit > 0, !groups.isEmpty else { return [] }
        var scores = [Double](repeating: 0, count: rowLimit)
        var groupsMatched = [Int32](repeating: 0, count: rowLimit)
        var lastGroup = [Int32](repeating: -1, count: rowLimit)
        var phraseWeight = [Int64](repeating: 0, count: rowLimit)
        var matchedRows: [Int32] = []
        var phraseRows: [Int32] = []
        let rowCount = Double(lengths.rowCount)
        let averageLength = lengths.averageLength
        let (k1, b) = (Self.k1, Self.b)

        lengths.counts.withUnsafeBufferPointer { tokens in
            for (groupIndex, group) in groups.enumerated() {
                let groupNumber = Int32(groupIndex)
                for phrase in group {
                    phraseRows.removeAll(keepingCapacity: true)
                    phraseWeight.withUnsafeMutableBufferPointer { weights in
                        for list in phrase {
                            list.forEach { row, weight in
                                let index = Int(row)
                                guard index < rowLimit, tokens[index] >= 0 else { return }
                                if weights[index] == 0 { phraseRows.append(Int32(index)) }
                                weights[index] += weight
                            }
                        }
                    }
                    guard !phraseRows.isEmpty else { continue }
                    let hits = Double(phraseRows.count)
                    var idf = log((rowCount - hits + 0.5) / (hits + 0.5))
                    if idf <= 0 { idf = 1e-6 }
                    for row in phraseRows {
                        let index = Int(row)
                        let frequency = Double(phraseWeight[index])
                        phraseWeight[index] = 0
                        let length = Double(tokens[index])
                        scores[index] += idf * (frequency * (k1 + 1)) / (frequency + k1 * (1 - b + b * length / averageLength))
                        if lastGroup[index] != groupNumber {
                            lastGroup[index] = groupNumber
                            if groupsMatched[index] == 0 { matchedRows.append(row) }
                            groupsMatched[index] += 1
                        }
                    }
                }
            }
        }
        let required = Int32(matchAll ? groups.count : 1)
        var results: [(row: Int64, score: Double)] = []
        for row in matchedRows where groupsMatched[Int(row)] >= required {
            results.append((Int64(row), -scores[Int(row)]))
        }
        return Self.best(results, limit: limit)
    }

    /// The `limit` lowest scores, sorted, ties in row order.
    static func best(_ results: [(row: Int64, score: Double)], limit: Int) -> [(row: Int64, score: Double)] {
        let ordered: ((row: Int64, score: Double), (row: Int64, score: Double)) -> Bool = {
            ($0.score, $0.row) < ($1.score, $1.row)
        }
        guard results.count > limit * 4 else { return Array(results.sorted(by: ordered).prefix(limit)) }
        // A bounded selection: keep the best `limit` seen so far, sorted.
        var kept: [(row: Int64, score: Double)] = []
        kept.reserveCapacity(limit + 1)
        for result in results {
            if kept.count == limit, let worst = kept.last, !ordered(result, worst) { continue }
            let position = kept.firstIndex { ordered(result, $0) } ?? kept.count
            kept.insert(result, at: position)
            if kept.count > limit { kept.removeLast() }
        }
        return kept
    }
}
