/// One term's occurrences in the index: for each article row, in increasing row order, the term's count
/// in the row with each occurrence counted at its field's bm25 weight.
///
/// Stored as a blob of LEB128 varints: the number of entries, then per entry the row's distance from
/// the previous row and the weighted count.
struct PostingList: Equatable {
    struct Entry: Equatable {
        var row: Int64
        var weight: Int64
    }

    private(set) var bytes: [UInt8]

    init(bytes: [UInt8]) { self.bytes = bytes }

    /// `entries` must be in increasing row order.
    init(_ entries: some Collection<Entry>) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(entries.count * 3 + 4)
        Self.appendVarint(UInt64(entries.count), to: &bytes)
        var previous: Int64 = 0
        for entry in entries {
            Self.appendVarint(UInt64(entry.row - previous), to: &bytes)
            Self.appendVarint(UInt64(entry.weight), to: &bytes)
            previous = entry.row
        }
        self.bytes = bytes
    }

    /// How many rows hold the term.
    var count: Int {
        bytes.withUnsafeBufferPointer { buffer in
            var position = 0
            return Int(Self.readVarint(buffer, &position))
        }
    }

    var entries: [Entry] {
        var result: [Entry] = []
        forEach { result.append(Entry(row: $0, weight: $1)) }
        return result
    }

    /// Calls `body` with each row and weight, in row order, without allocating.
    @inline(__always)
    func forEach(_ body: (_ row: Int64, _ weight: Int64) -> Void) {
        bytes.withUnsafeBufferPointer { buffer in
            var position = 0
            var row: Int64 = 0
            let count = buffer.count
            _ = Self.readVarint(buffer, &position)
            while position < count {
                row += Int64(bitPattern: Self.readVarint(buffer, &position))
                let weight = Int64(bitPattern: Self.readVarint(buffer, &position))
                body(row, weight)
            }
        }
    }

    /// This list without the rows in `removed`, and with `added` merged in (replacing entries of the
    /// same row), in one pass over the list.
    func updated(removing removed: Set<Int64>, adding added: [Entry]) -> PostingList {
        let additions = added.sorted { $0.row < $1.row }
        // Both sorted, so each is walked alongside the list instead of hashing every row.
        let replaced = removed.union(additions.map(\.row)).sorted()
        var merged: [Entry] = []
        merged.reserveCapacity(count + additions.count)
        var (next, skip) = (0, 0)
        forEach { row, weight in
            while next < additions.count, additions[next].row < row {
                merged.append(additions[next])
                next += 1
            }
            while skip < replaced.count, replaced[skip] < row { skip += 1 }
            if skip == replaced.count || replaced[skip] != row { merged.append(Entry(row: row, weight: weight)) }
        }
        merged += additions[next...]
        return PostingList(merged)
    }

    @inline(__always)
    static func appendVarint(_ value: UInt64, to bytes: inout [UInt8]) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    @inline(__always)
    static func readVarint(_ buffer: UnsafeBufferPointer<UInt8>, _ position: inout Int) -> UInt64 {
        if position < buffer.count, buffer[position] < 0x80 {
            position += 1
            return UInt64(buffer[position - 1])
        }
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while position < buffer.count {
            let byte = buffer[position]
            position += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
            if shift > 63 { break }
        }
        return value
    }
}
