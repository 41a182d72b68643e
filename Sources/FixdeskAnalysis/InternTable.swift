/// Numbers byte strings in the order they are first seen: 0, 1, 2…
///
/// The hot loops of indexing look up every word of every article. Making a `String` of each word only
/// to hash it costs more than the rest of the work, so this table hashes the bytes where they lie
/// (FNV-1a, open addressing) and keeps its keys in one buffer. Callers keep what they need per number
/// in arrays of their own.
public struct InternTable {
    /// All keys, back to back; key `n` is `bytes[starts[n]..<starts[n + 1]]`.
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]
    private var hashes: [UInt64] = []
    /// Key number + 1 per slot, 0 when empty; the count of slots is a power of two, at most half full.
    private var slots: [Int32]

    public init(capacity: Int = 1024) {
        var slotCount = 16
        while slotCount < capacity * 2 { slotCount *= 2 }
        slots = [Int32](repeating: 0, count: slotCount)
    }

    /// How many keys the table holds.
    public var count: Int { hashes.count }

    /// The number of `key`, or nil when it has none.
    public func number(of key: UnsafeBufferPointer<UInt8>) -> Int32? {
        let entry = slots[slot(of: key, hash: Self.hash(key))]
        return entry == 0 ? nil : entry - 1
    }

    /// The number of `key`, giving it the next number when it has none.
    public mutating func intern(_ key: UnsafeBufferPointer<UInt8>) -> (number: Int32, isNew: Bool) {
        let hash = Self.hash(key)
        let slot = slot(of: key, hash: hash)
        if slots[slot] != 0 { return (slots[slot] - 1, false) }
        let number = Int32(hashes.count)
        bytes.append(contentsOf: key)
        starts.append(bytes.count)
        hashes.append(hash)
        slots[slot] = number + 1
        if hashes.count * 2 > slots.count { grow() }
        return (number, true)
    }

    /// The number of `key`'s UTF-8 bytes, giving it the next number when it has none.
    public mutating func intern(_ key: String) -> (number: Int32, isNew: Bool) {
        var key = key
        return key.withUTF8 { intern($0) }
    }

    /// Key `number` as a string.
    public func key(_ number: Int32) -> String {
        let range = starts[Int(number)]..<starts[Int(number) + 1]
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }

    /// The slot that holds `key`, or the empty slot where it would go.
    @inline(__always)
    private func slot(of key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 || (hashes[Int(entry) - 1] == hash && keyEquals(Int(entry) - 1, key)) { return slot }
            slot = (slot + 1) & mask
        }
    }

    private func keyEquals(_ number: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[number]
        guard starts[number + 1] - start == key.count else { return false }
        return bytes.withUnsafeBufferPointer { stored in
            for offset in 0..<key.count where stored[start + offset] != key[offset] { return false }
            return true
        }
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (number, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(number + 1)
        }
    }

    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let hash = FNV1a.hash(key)
        // FNV's low bits mix poorly; the slot is taken from the low bits, so fold the high ones in.
        return hash ^ (hash >> 29)
    }
}
