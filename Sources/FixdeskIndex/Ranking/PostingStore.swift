/// Reads and writes posting lists, document lengths and the vocabulary derived from them.
struct PostingStore {
    let database: Database

    func list(for term: String) throws -> PostingList? {
        let statement = try database.prepare("SELECT list FROM postings WHERE term = ?1")
        try statement.bind([.text(term)])
        return try statement.step() ? PostingList(bytes: statement.blob(0)) : nil
    }

    /// The lists of every indexed term that starts with `prefix`.
    func lists(withPrefix prefix: String) throws -> [PostingList] {
        let statement = try database.prepare("SELECT list FROM postings WHERE term >= ?1 AND term < ?2")
        try statement.bind([.text(prefix), .text(prefix + "\u{10FFFF}")])
        var result: [PostingList] = []
        while try statement.step() { result.append(PostingList(bytes: statement.blob(0))) }
        return result
    }

    func lengths() throws -> DocumentLengths {
        let statement = try database.prepare("SELECT counts FROM document_lengths WHERE id = 1")
        try statement.bind([])
        return try statement.step() ? DocumentLengths(blob: statement.blob(0)) : DocumentLengths()
    }

    func write(_ lengths: DocumentLengths) throws {
        try database.prepare("INSERT OR REPLACE INTO document_lengths(id, counts) VALUES (1, ?1)").run([.blob(lengths.blob)])
    }

    /// Stores `list` for `term` with its vocabulary row, or removes both when the list is empty.
    func write(_ list: PostingList, for term: String) throws {
        if list.count == 0 {
            try database.prepare("DELETE FROM postings WHERE term = ?1").run([.text(term)])
            try database.prepare("DELETE FROM vocabulary WHERE term = ?1").run([.text(term)])
            return
        }
        try database.prepare("INSERT OR REPLACE INTO postings(term, list) VALUES (?1, ?2)").run([.text(term), .blob(list.bytes)])
        try database.prepare("INSERT OR REPLACE INTO vocabulary(term, length, documents) VALUES (?1, length(?1), ?2)")
            .run([.text(term), .integer(Int64(list.count))])
    }
}

/// Collects posting entries while articles are analysed: one accumulator per thread, used by that thread only.
///
/// Terms are numbered on first sight, so each token costs one hash lookup; entries are kept in order
/// of arrival (rows increase) and sorted into per-term lists once, at the end.
final class PostingAccumulator: @unchecked Sendable {
    private var numbers: [String: Int32] = [:]
    private var terms: [String] = []
    /// Per term number, the row it was last seen in and the index of that entry.
    private var lastRow: [Int32] = []
    private var lastEntry: [Int32] = []
    private var entryTerms: [Int32] = []
    private var entryRows: [Int32] = []
    private var entryWeights: [Int32] = []

    /// Adds an article's field terms under `row`; returns its length in tokens.
    func add(fields: [[String]], row: Int64) -> Int32 {
        let row = Int32(row)
        var tokens: Int32 = 0
        WeightedTerms.forEachToken(in: fields) { token, weight in
            tokens += 1
            let number: Int
            if let known = numbers[token] {
                number = Int(known)
            } else {
                number = terms.count
                numbers[token] = Int32(number)
                terms.append(token)
                lastRow.append(-1)
                lastEntry.append(-1)
            }
            if lastRow[number] == row {
                entryWeights[Int(lastEntry[number])] += Int32(weight)
            } else {
                lastRow[number] = row
                lastEntry[number] = Int32(entryTerms.count)
                entryTerms.append(Int32(number))
                entryRows.append(row)
                entryWeights.append(Int32(weight))
            }
        }
        return tokens
    }

    /// Per term, its entries packed as `row << 32 | weight`, in row order (a counting sort by term): slices
    /// of one array. The entries as they arrived are released.
    private func takeLists() -> [String: ArraySlice<UInt64>] {
        var starts = [Int](repeating: 0, count: terms.count + 1)
        for number in entryTerms { starts[Int(number) + 1] += 1 }
        for number in terms.indices { starts[number + 1] += starts[number] }
        var next = starts
        var packed = [UInt64](repeating: 0, count: entryTerms.count)
        for (index, number) in entryTerms.enumerated() {
            packed[next[Int(number)]] = UInt64(UInt32(entryRows[index])) << 32 | UInt64(UInt32(entryWeights[index]))
            next[Int(number)] += 1
        }
        (entryTerms, entryRows, entryWeights, lastRow, lastEntry) = ([], [], [], [], [])
        var result: [String: ArraySlice<UInt64>] = [:]
        result.reserveCapacity(terms.count)
        for (number, term) in terms.enumerated() { result[term] = packed[starts[number]..<starts[number + 1]] }
        return result
    }

    /// Every term's list, merging the accumulators' entries in row order.
    static func merged(_ accumulators: [PostingAccumulator]) -> [(term: String, list: PostingList)] {
        let perThread = accumulators.map { $0.takeLists() }
        var all: Set<String> = []
        for lists in perThread { all.formUnion(lists.keys) }
        return all.sorted().map { term in
            let parts = perThread.compactMap { $0[term] }
            let packed = parts.dropFirst().reduce(parts[0]) { mergeSorted($0, $1)[...] }
            return (term, PostingList(packed.map { PostingList.Entry(row: Int64($0 >> 32), weight: Int64($0 & 0xFFFF_FFFF)) }))
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
