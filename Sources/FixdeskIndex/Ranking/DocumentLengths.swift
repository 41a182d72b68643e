/// How many tokens each article row has over all its fields (bm25's document length), by row id.
///
/// Stored as one blob of little-endian 32-bit counts indexed by row id; -1 marks a row that does not exist.
struct DocumentLengths: Equatable {
    private(set) var counts: [Int32]
    /// Rows that exist, and their tokens in total: bm25's N and, divided, its average length.
    private(set) var rowCount = 0
    private(set) var totalTokens = 0

    init(counts: [Int32] = []) {
        self.counts = counts
        for count in counts where count >= 0 {
            rowCount += 1
            totalTokens += Int(count)
        }
    }

    init(blob: [UInt8]) {
        var counts = [Int32](repeating: -1, count: blob.count / 4)
        blob.withUnsafeBytes { raw in
            for index in counts.indices {
                counts[index] = Int32(littleEndian: raw.loadUnaligned(fromByteOffset: index * 4, as: Int32.self))
            }
        }
        self.init(counts: counts)
    }

    var blob: [UInt8] {
        var bytes = [UInt8](repeating: 0, count: counts.count * 4)
        bytes.withUnsafeMutableBytes { raw in
            for (index, count) in counts.enumerated() {
                raw.storeBytes(of: count.littleEndian, toByteOffset: index * 4, as: Int32.self)
            }
        }
        return bytes
    }

    var averageLength: Double { rowCount == 0 ? 0 : Double(totalTokens) / Double(rowCount) }

    /// One past the largest row id that was ever recorded.
    var rowLimit: Int { counts.count }

    subscript(row: Int64) -> Int32 {
        row >= 0 && row < counts.count ? counts[Int(row)] : -1
    }

    mutating func set(_ row: Int64, tokens: Int32) {
        let index = Int(row)
        if index >= counts.count { counts += [Int32](repeating: -1, count: index - counts.count + 1) }
        if counts[index] >= 0 {
            rowCount -= 1
            totalTokens -= Int(counts[index])
        }
        counts[index] = tokens
        if tokens >= 0 {
            rowCount += 1
            totalTokens += Int(tokens)
        }
    }

    mutating func remove(_ row: Int64) {
        guard row >= 0 && row < counts.count else { return }
        set(row, tokens: -1)
    }
}
