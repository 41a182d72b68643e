import FixdeskAnalysis

/// Collects posting entries while articles are analysed: one accumulator per thread, used by that thread only.
///
/// Terms are numbered on first sight. A term that comes with an analyzer's key is looked up once per key
/// (a word as written), any other by its bytes. Entries are kept in order of arrival (rows increase)
/// and sorted into per-term lists once, at the end.
struct PostingAccumulator {
    /// Per term, its entries packed as `row << 32 | weight`, in row order.
    typealias Lists = [String: ArraySlice<UInt64>]

    private var numbers = InternTable(capacity: 1 << 16)
    /// Per term number, the row it was last seen in and the index of that entry.
    private var lastRow: [Int32] = []
    private var lastEntry: [Int32] = []
    private var entryTerms: [Int32] = []
    private var entryRows: [Int32] = []
    private var entryWeights: [Int32] = []

    /// Per language, per analyzer key (see `PreparedArticle.TermHandler`): the number of the key's term
    /// when that term is one token, -1 when the key has not come yet.
    private var numbersByKey: [String: [Int32]] = [:]

    /// Files under `row` the terms that `terms` hands to its argument; returns the article's length in tokens.
    /// Keys of a language must come from one analyzer for as long as the accumulator lives.
    mutating func add(row: Int64, language: String, terms: (PreparedArticle.TermHandler) -> Void) -> Int32 {
        let row = Int32(row)
        var byKey = numbersByKey.removeValue(forKey: language) ?? []
        defer { numbersByKey[language] = byKey }
        var tokens: Int32 = 0
        terms { term, column, key in
            let weight = Int32(WeightedTerms.fieldWeights[column])
            if let key, Int(key) < byKey.count, byKey[Int(key)] >= 0 {
                file(byKey[Int(key)], weight: weight, row: row)
                tokens += 1
            } else {
                var number: Int32 = -1
                let isOneToken = IndexTokens.forEachToken(of: term) { token in
                    number = intern(token)
                    file(number, weight: weight, row: row)
                    tokens += 1
                }
                // Only a term that is one token is remembered by its key; a split one is split again.
                if isOneToken, let key {
                    if Int(key) >= byKey.count { byKey += repeatElement(-1, count: Int(key) + 1 - byKey.count) }
                    byKey[Int(key)] = number
                }
            }
        }
        return tokens
    }

    private mutating func intern(_ term: String) -> Int32 {
        let (number, isNew) = numbers.intern(term)
        if isNew {
            lastRow.append(-1)
            lastEntry.append(-1)
        }
        return number
    }

    private mutating func file(_ number: Int32, weight: Int32, row: Int32) {
        let number = Int(number)
        if lastRow[number] == row {
            entryWeights[Int(lastEntry[number])] += weight
        } else {
            lastRow[number] = row
            lastEntry[number] = Int32(entryTerms.count)
            entryTerms.append(Int32(number))
            entryRows.append(row)
            entryWeights.append(weight)
        }
    }

    /// The entries as lists (a counting sort by term; slices of one array). The entries as they arrived
    /// are released. Each thread sorts its own, then `forEachMerged` joins them.
    mutating func takeLists() -> Lists {
        var starts = [Int](repeating: 0, count: numbers.count + 1)
        for number in entryTerms { starts[Int(number) + 1] += 1 }
        for number in 0..<numbers.count { starts[number + 1] += starts[number] }
        var next = starts
        var packed = [UInt64](repeating: 0, count: entryTerms.count)
        for (index, number) in entryTerms.enumerated() {
            packed[next[Int(number)]] = UInt64(UInt32(entryRows[index])) << 32 | UInt64(UInt32(entryWeights[index]))
            next[Int(number)] += 1
        }
        (entryTerms, entryRows, entryWeights, lastRow, lastEntry) = ([], [], [], [], [])
        var result: Lists = [:]
        result.reserveCapacity(numbers.count)
        for number in 0..<numbers.count { result[numbers.key(Int32(number))] = packed[starts[number]..<starts[number + 1]] }
        return result
    }

    /// Calls `body` with every term's list in term order, merging the threads' lists (see `takeLists`)
    /// in row order; each list is made only when it is handed over, so that they are not all held at once.
    static func forEachMerged(_ perThread: [Lists], _ body: (String, PostingList) throws -> Void) rethrows {
        var all: Set<String> = []
        for lists in perThread { all.formUnion(lists.keys) }
        for term in all.sorted() {
            let parts = perThread.compactMap { $0[term] }
            let packed = parts.dropFirst().reduce(parts[0]) { mergeSorted($0, $1)[...] }
            try body(term, PostingList(packed.lazy.map { PostingList.Entry(row: Int64($0 >> 32), weight: Int64($0 & 0xFFFF_FFFF)) }))
        }
    }

    /// Two ascending arrays merged into one, in linear time (each thread's entries are already in row order).
    static func mergeSorted(_ left: ArraySlice<UInt64>, _ right: ArraySlice<UInt64>) -> [UInt64] {
        var result: [UInt64] = []
        result.reserveCapacity(left.count + right.count)
        var (i, j) = (left.startIndex, right.startIndex)
        while i < left.endIndex && j < right.endIndex {
            if left[i] <= right[j] { result.append(left[i]); i += 1 } else { result.append(right[j]); j += 1 }
        }
        result += left[i...]
        result += right[j...]
        return result
    }
}
