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
final class PostingAccumulator: @unchecked Sendable {
    /// Per term, its entries in row order, each packed as `row << 32 | weight`.
    private(set) var entries: [String: [UInt64]] = [:]

    func add(_ terms: WeightedTerms, row: Int64) {
        for (term, weight) in terms.weights {
            entries[String(term), default: []].append(UInt64(row) << 32 | UInt64(min(weight, Int64(UInt32.max))))
        }
    }

    /// Every term's list, merging the accumulators' entries in row order.
    static func merged(_ accumulators: [PostingAccumulator]) -> [(term: String, list: PostingList)] {
        var terms: Set<String> = []
        for accumulator in accumulators { terms.formUnion(accumulator.entries.keys) }
        return terms.sorted().map { term in
            let parts = accumulators.compactMap { $0.entries[term] }
            let packed = parts.dropFirst().reduce(parts[0], mergeSorted)
            return (term, PostingList(packed.map { PostingList.Entry(row: Int64($0 >> 32), weight: Int64($0 & 0xFFFF_FFFF)) }))
        }
    }

    /// Two ascending arrays merged into one, in linear time (each thread's entries are already in row order).
    static func mergeSorted(_ left: [UInt64], _ right: [UInt64]) -> [UInt64] {
        var result: [UInt64] = []
        result.reserveCapacity(left.count + right.count)
        var (i, j) = (0, 0)
        while i < left.count && j < right.count {
            if left[i] <= right[j] { result.append(left[i]); i += 1 } else { result.append(right[j]); j += 1 }
        }
        result += left[i...]
        result += right[j...]
        return result
    }
}
