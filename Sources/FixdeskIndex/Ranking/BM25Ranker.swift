import Foundation

/// Ranks rows with the bm25 that SQLite's FTS5 computes, from our own posting lists.
///
/// FTS5 evaluates its `bm25()` for every row that matches, which on a large catalog costs far more than
/// the rest of a search. Here each phrase's list is read once and scores accumulate per row, so a query
/// costs about one pass over its postings. The scores equal FTS5's: per phrase
/// `idf × f·(k1+1) / (f + k1·(1 − b + b·D/avgdl))`, with `f` the weighted count, `D` the row's tokens,
/// `idf = ln((N − n + 0.5)/(n + 0.5))` (at least 1e-6), k1 = 1.2, b = 0.75, negated as FTS5 reports it.
/// https://sqlite.org/fts5.html#the_bm25_function
///
/// The ranker keeps per-row scratch space between queries (cleared row by row after each), so one
/// ranker serves one thread.
final class BM25Ranker {
    static let k1 = 1.2
    static let b = 0.75

    /// A query term: one list, or for a prefix every matching term's list, counted as one phrase.
    typealias Phrase = [PostingList]

    let lengths: DocumentLengths
    /// Per row, the length part of the denominator, `k1·(1 − b + b·D/avgdl)`; -1 for a missing row.
    private let denominators: UnsafeMutableBufferPointer<Double>
    private let scores: UnsafeMutableBufferPointer<Double>
    /// Per row: how many groups it matched, and the last group that counted.
    private let groupsMatched: UnsafeMutableBufferPointer<Int32>
    private let lastGroup: UnsafeMutableBufferPointer<Int32>
    /// Per row, a prefix phrase's weight summed over its terms.
    private let phraseWeight: UnsafeMutableBufferPointer<Int64>

    init(lengths: DocumentLengths) {
        self.lengths = lengths
        let rows = lengths.rowLimit
        let average = lengths.averageLength
        denominators = .allocate(capacity: rows)
        for (row, count) in lengths.counts.enumerated() {
            denominators[row] = count < 0 ? -1 : Self.k1 * (1 - Self.b + Self.b * Double(count) / average)
        }
        scores = .allocate(capacity: rows)
        scores.initialize(repeating: 0)
        groupsMatched = .allocate(capacity: rows)
        groupsMatched.initialize(repeating: 0)
        lastGroup = .allocate(capacity: rows)
        lastGroup.initialize(repeating: -1)
        phraseWeight = .allocate(capacity: rows)
        phraseWeight.initialize(repeating: 0)
    }

    deinit {
        for buffer in [denominators, scores] { buffer.deallocate() }
        for buffer in [groupsMatched, lastGroup] { buffer.deallocate() }
        phraseWeight.deallocate()
    }

    /// Rows and scores (lower is better), best first, ties in row order. A row matches a group when
    /// any of its phrases occurs in it; with `matchAll` it must match every group, otherwise any.
    func rank(_ groups: [[Phrase]], matchAll: Bool, limit: Int) -> [(row: Int64, score: Double)] {
        let rowLimit = lengths.rowLimit
        guard rowLimit > 0, limit > 0, !groups.isEmpty else { return [] }
        var matchedRows: [Int] = []
        var phraseRows: [Int] = []
        let rowCount = Double(lengths.rowCount)
        let (k1, denominators, scores, groupsMatched, lastGroup, phraseWeight) =
            (Self.k1, self.denominators, self.scores, self.groupsMatched, self.lastGroup, self.phraseWeight)

        func idf(hits: Int) -> Double {
            let value = log((rowCount - Double(hits) + 0.5) / (Double(hits) + 0.5))
            return value <= 0 ? 1e-6 : value
        }
        /// Adds a phrase's score to a row; counts the row's groups only when every group must match.
        @inline(__always) func add(_ row: Int, frequency: Double, idfTimesK1Plus1: Double, group: Int32) {
            let previous = scores[row]
            scores[row] = previous + idfTimesK1Plus1 * frequency / (frequency + denominators[row])
            if !matchAll {
                if previous == 0 { matchedRows.append(row) }
            } else if lastGroup[row] != group {
                lastGroup[row] = group
                if groupsMatched[row] == 0 { matchedRows.append(row) }
                groupsMatched[row] += 1
            }
        }

        for (groupIndex, group) in groups.enumerated() {
            let groupNumber = Int32(groupIndex)
            for phrase in group {
                if phrase.count == 1 {
                    // One term: its entry count is its number of rows. This loop is most of a query's time.
                    let factor = idf(hits: phrase[0].count) * (k1 + 1)
                    phrase[0].bytes.withUnsafeBufferPointer { buffer in
                        var position = 0
                        _ = PostingList.readVarint(buffer, &position)
                        var row = 0
                        while position < buffer.count {
                            row &+= Int(truncatingIfNeeded: PostingList.readVarint(buffer, &position))
                            let frequency = Double(PostingList.readVarint(buffer, &position))
                            guard row < rowLimit, denominators[row] >= 0 else { continue }
                            add(row, frequency: frequency, idfTimesK1Plus1: factor, group: groupNumber)
                        }
                    }
                    continue
                }
                // A prefix: several terms' weights summed per row, rows counted once.
                phraseRows.removeAll(keepingCapacity: true)
                for list in phrase {
                    var reader = PostingList.Reader(list)
                    while let (row, weight) = reader.next() {
                        let index = Int(row)
                        guard index < rowLimit, denominators[index] >= 0 else { continue }
                        if phraseWeight[index] == 0 { phraseRows.append(index) }
                        phraseWeight[index] += weight
                    }
                }
                guard !phraseRows.isEmpty else { continue }
                let factor = idf(hits: phraseRows.count) * (k1 + 1)
                for index in phraseRows {
                    add(index, frequency: Double(phraseWeight[index]), idfTimesK1Plus1: factor, group: groupNumber)
                    phraseWeight[index] = 0
                }
            }
        }
        let required = Int32(groups.count)
        var results: [(row: Int64, score: Double)] = []
        for row in matchedRows {
            if !matchAll || groupsMatched[row] >= required { results.append((Int64(row), -scores[row])) }
            scores[row] = 0
            groupsMatched[row] = 0
            lastGroup[row] = -1
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
