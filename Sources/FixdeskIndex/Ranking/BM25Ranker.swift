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
/// ranker serves one thread. A large any-word query is split over two threads, each summing its half
/// of the phrases; the halves are then added.
final class BM25Ranker {
    static let k1 = 1.2
    static let b = 0.75

    /// A query term: one list, or for a prefix every matching term's list, counted as one phrase.
    typealias Phrase = [PostingList]

    let lengths: DocumentLengths
    /// Below twice this many postings a query is ranked on the calling thread alone.
    var postingsPerThread = 40_000
    /// Per row, the length part of the denominator, `k1·(1 − b + b·D/avgdl)`; -1 for a missing row.
    private let denominators: UnsafeMutableBufferPointer<Double>
    private let accumulators: [ScoreAccumulator]

    init(lengths: DocumentLengths) {
        self.lengths = lengths
        let average = lengths.averageLength
        denominators = .allocate(capacity: lengths.rowLimit)
        for (row, count) in lengths.counts.enumerated() {
            denominators[row] = count < 0 ? -1 : Self.k1 * (1 - Self.b + Self.b * Double(count) / average)
        }
        let shared = UnsafeBufferPointer(denominators)
        let threads = min(2, ProcessInfo.processInfo.activeProcessorCount)
        accumulators = (0..<max(1, threads)).map { _ in
            ScoreAccumulator(denominators: shared, rowCount: Double(lengths.rowCount))
        }
    }

    deinit { denominators.deallocate() }

    /// Rows and scores (lower is better), best first, ties in row order. A row matches a group when
    /// any of its phrases occurs in it; with `matchAll` it must match every group, otherwise any.
    func rank(_ groups: [[Phrase]], matchAll: Bool, limit: Int) -> [(row: Int64, score: Double)] {
        guard lengths.rowLimit > 0, limit > 0, !groups.isEmpty else { return [] }
        let phrases = groups.enumerated().flatMap { group, phrases in phrases.map { (phrase: $0, group: Int32(group)) } }
        let postings = phrases.reduce(0) { total, item in total + item.phrase.reduce(0) { $0 + $1.count } }
        let first = accumulators[0]
        if !matchAll, accumulators.count > 1, postings >= 2 * postingsPerThread {
            // Halves of about equal postings, summed apart and then added.
            var running = 0
            let split = phrases.firstIndex { item in
                running += item.phrase.reduce(0) { $0 + $1.count }
                return running * 2 >= postings
            }.map { $0 + 1 } ?? phrases.count
            let parts = [Array(phrases[..<split]), Array(phrases[split...])]
            let accumulators = self.accumulators
            DispatchQueue.concurrentPerform(iterations: 2) { part in
                accumulators[part].accumulate(parts[part], matchAll: false)
            }
            first.absorb(accumulators[1])
        } else {
            first.accumulate(phrases, matchAll: matchAll)
        }
        return Self.best(first.takeResults(matchAll: matchAll, groupCount: groups.count), limit: limit)
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
final class ScoreAccumulator: @unchecked Sendable {
    private let denominators: UnsafeBufferPointer<Double>
    private let rowCount: Double
    private let scores: UnsafeMutableBufferPointer<Double>
    /// Per row: how many groups it matched, and the last group that counted (only when all must match).
    private let groupsMatched: UnsafeMutableBufferPointer<Int32>
    private let lastGroup: UnsafeMutableBufferPointer<Int32>
    /// Per row, a prefix phrase's weight summed over its terms.
    private let phraseWeight: UnsafeMutableBufferPointer<Int64>
    private var matchedRows: [Int] = []
    private var phraseRows: [Int] = []

    init(denominators: UnsafeBufferPointer<Double>, rowCount: Double) {
        self.denominators = denominators
        self.rowCount = rowCount
        let rows = denominators.count
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
        scores.deallocate()
        groupsMatched.deallocate()
        lastGroup.deallocate()
        phraseWeight.deallocate()
    }

    private func idf(hits: Int) -> Double {
        let value = log((rowCount - Double(hits) + 0.5) / (Double(hits) + 0.5))
        return value <= 0 ? 1e-6 : value
    }

    /// Adds each phrase's bm25 term to the rows it occurs in.
    func accumulate(_ phrases: [(phrase: BM25Ranker.Phrase, group: Int32)], matchAll: Bool) {
        let (k1, rowLimit) = (BM25Ranker.k1, denominators.count)
        let (denominators, scores, groupsMatched, lastGroup, phraseWeight) =
            (self.denominators, self.scores, self.groupsMatched, self.lastGroup, self.phraseWeight)
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
        for (phrase, group) in phrases {
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
                        add(row, frequency: frequency, idfTimesK1Plus1: factor, group: group)
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
                add(index, frequency: Double(phraseWeight[index]), idfTimesK1Plus1: factor, group: group)
                phraseWeight[index] = 0
            }
        }
    }

    /// Adds another accumulator's any-word scores into this one and clears it.
    func absorb(_ other: ScoreAccumulator) {
        for row in other.matchedRows {
            if scores[row] == 0 { matchedRows.append(row) }
            scores[row] += other.scores[row]
            other.scores[row] = 0
        }
        other.matchedRows.removeAll(keepingCapacity: true)
    }

    /// The matching rows with their scores as FTS5 reports them (negated); the scratch space is cleared.
    func takeResults(matchAll: Bool, groupCount: Int) -> [(row: Int64, score: Double)] {
        let required = Int32(groupCount)
        var results: [(row: Int64, score: Double)] = []
        for row in matchedRows {
            if !matchAll || groupsMatched[row] >= required { results.append((Int64(row), -scores[row])) }
            scores[row] = 0
            groupsMatched[row] = 0
            lastGroup[row] = -1
        }
        matchedRows.removeAll(keepingCapacity: true)
        return results
    }
}
