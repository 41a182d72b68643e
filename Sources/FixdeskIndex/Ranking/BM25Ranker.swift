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
/// ranker serves one thread. (Splitting a query over two threads was measured slower on two cores.)
final class BM25Ranker {
    static let k1 = 1.2
    static let b = 0.75

    /// A query term: one list, or for a prefix every matching term's list, counted as one phrase.
    typealias Phrase = [PostingList]

    let lengths: DocumentLengths
    private let accumulator: ScoreAccumulator

    init(lengths: DocumentLengths) {
        self.lengths = lengths
        let average = lengths.averageLength
        // Per row, the length part of the denominator, `k1·(1 − b + b·D/avgdl)`; -1 for a missing row.
        let denominators = lengths.counts.map { count in
            count < 0 ? -1 : Self.k1 * (1 - Self.b + Self.b * Double(count) / average)
        }
        accumulator = ScoreAccumulator(denominators: denominators, rowCount: Double(lengths.rowCount))
    }

    /// Rows and scores (lower is better), best first, ties in row order. A row matches a group when
    /// any of its phrases occurs in it; with `matchAll` it must match every group, otherwise any.
    func rank(_ groups: [[Phrase]], matchAll: Bool, limit: Int) -> [(row: Int64, score: Double)] {
        guard lengths.rowLimit > 0, limit > 0, !groups.isEmpty else { return [] }
        let phrases = groups.enumerated().flatMap { group, phrases in phrases.map { (phrase: $0, group: Int32(group)) } }
        accumulator.accumulate(phrases, matchAll: matchAll)
        return Self.best(accumulator.takeResults(matchAll: matchAll, groupCount: groups.count), limit: limit)
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

/// One query's per-row scores, in scratch space reused between queries and cleared row by row.
final class ScoreAccumulator {
    /// A row's score so far next to its constant denominator part: the two are read together.
    private struct Row {
        var score: Double
        var denominator: Double
    }

    private let rowCount: Double
    private let rows: UnsafeMutableBufferPointer<Row>
    /// Per row: how many groups it matched, and the last group that counted (only when all must match).
    private let groupsMatched: UnsafeMutableBufferPointer<Int32>
    private let lastGroup: UnsafeMutableBufferPointer<Int32>
    /// Per row, a prefix phrase's weight summed over its terms.
    private let phraseWeight: UnsafeMutableBufferPointer<Int64>
    /// The rows with a score, in order of first score, and how many there are.
    private let matchedRows: UnsafeMutableBufferPointer<Int32>
    private var matchedCount = 0
    private var phraseRows: [Int] = []

    init(denominators: [Double], rowCount: Double) {
        self.rowCount = rowCount
        let count = denominators.count
        rows = .allocate(capacity: count)
        for (row, denominator) in denominators.enumerated() {
            (rows.baseAddress! + row).initialize(to: Row(score: 0, denominator: denominator))
        }
        groupsMatched = .allocate(capacity: count)
        groupsMatched.initialize(repeating: 0)
        lastGroup = .allocate(capacity: count)
        lastGroup.initialize(repeating: -1)
        phraseWeight = .allocate(capacity: count)
        phraseWeight.initialize(repeating: 0)
        matchedRows = .allocate(capacity: count)
    }

    deinit {
        rows.deallocate()
        groupsMatched.deallocate()
        lastGroup.deallocate()
        phraseWeight.deallocate()
        matchedRows.deallocate()
    }

    private func idf(hits: Int) -> Double {
        let value = log((rowCount - Double(hits) + 0.5) / (Double(hits) + 0.5))
        return value <= 0 ? 1e-6 : value
    }

    /// Adds each phrase's bm25 term to the rows it occurs in.
    func accumulate(_ phrases: [(phrase: BM25Ranker.Phrase, group: Int32)], matchAll: Bool) {
        let (k1, rowLimit) = (BM25Ranker.k1, rows.count)
        let (rows, groupsMatched, lastGroup, phraseWeight, matchedRows) =
            (self.rows, self.groupsMatched, self.lastGroup, self.phraseWeight, self.matchedRows)
        var matchedCount = self.matchedCount
        defer { self.matchedCount = matchedCount }
        @inline(__always) func add(_ row: Int, frequency: Double, idfTimesK1Plus1: Double, group: Int32) {
            let previous = rows[row].score
            rows[row].score = previous + idfTimesK1Plus1 * frequency / (frequency + rows[row].denominator)
            if !matchAll {
                if previous == 0 {
                    matchedRows[matchedCount] = Int32(row)
                    matchedCount += 1
                }
            } else if lastGroup[row] != group {
                lastGroup[row] = group
                if groupsMatched[row] == 0 {
                    matchedRows[matchedCount] = Int32(row)
                    matchedCount += 1
                }
                groupsMatched[row] += 1
            }
        }
        for (phrase, group) in phrases {
            if phrase.count == 1 {
                // One term: its entry count is its number of rows. This loop is most of a query's time.
                let factor = idf(hits: phrase[0].count) * (k1 + 1)
                phrase[0].forEach { row, weight in
                    let index = Int(row)
                    guard index < rowLimit, rows[index].denominator >= 0 else { return }
                    add(index, frequency: Double(weight), idfTimesK1Plus1: factor, group: group)
                }
                continue
            }
            // A prefix: several terms' weights summed per row, rows counted once.
            phraseRows.removeAll(keepingCapacity: true)
            for list in phrase {
                list.forEach { row, weight in
                    let index = Int(row)
                    guard index < rowLimit, rows[index].denominator >= 0 else { return }
                    if phraseWeight[index] == 0 { phraseRows.append(index) }
                    phraseWeight[index] += weight
                }
            }
            guard !phraseRows.isEmpty else { continue }
            let factor = idf(hits: phraseRows.count) * (k1 + 1)
            for index in phraseRows {
                add(index, frequency: Double(phraseWeight[index]), idfTimesK1Plus1: factor, group: group)
                phraseWeight[index] = 0
            }
        }
    }

    /// The matching rows with their scores as FTS5 reports them (negated); the scratch space is cleared.
    func takeResults(matchAll: Bool, groupCount: Int) -> [(row: Int64, score: Double)] {
        let required = Int32(groupCount)
        var results: [(row: Int64, score: Double)] = []
        for row in matchedRows[0..<matchedCount].map(Int.init) {
            if !matchAll || groupsMatched[row] >= required { results.append((Int64(row), -rows[row].score)) }
            rows[row].score = 0
            groupsMatched[row] = 0
            lastGroup[row] = -1
        }
        matchedCount = 0
        return results
    }
}
