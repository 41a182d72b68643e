/// Numbers byte strings in the order they are first seen: 0, 1, 2…
///
/// The hot loops of indexing look up every word of every article. Making a `String` of each word only
/// to hash it costs more than the rest of the work, so this table hashes the bytes where they lie
/// (eight bytes at a time, open addressing). A key's first bytes and length are kept in its slot, so that finding a
/// short key (most words) reads one slot and nothing else. Callers keep what they need per number in
/// arrays of their own.
public struct InternTable {
    /// A key's first 7 bytes and its length (capped at 255) in the top byte: equal for equal keys, and
    /// for keys of up to 7 bytes equal only for equal keys.
    private typealias Packed = UInt64

    private struct Slot {
        var packed: Packed = 0
        /// The high half of the key's hash, to tell most other keys apart without reading them.
        var tag: UInt32 = 0
        /// The key's number + 1; 0 when the slot is empty.
        var entry: Int32 = 0
    }

    /// All keys, back to back; key `n` is `bytes[starts[n]..<starts[n + 1]]`.
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]
    /// At most half full, and a power of two long.
    private var slots: [Slot]
    private var hashes: [UInt64] = []

    public init(capacity: Int = 1024) {
        var slotCount = 16
        while slotCount < capacity * 2 { slotCount *= 2 }
        slots = [Slot](repeating: Slot(), count: slotCount)
    }

    /// How many keys the table holds.
    public var count: Int { hashes.count }

    /// The number of `key`, or nil when it has none.
    public func number(of key: UnsafeBufferPointer<UInt8>) -> Int32? {
        let (hash, packed) = Self.hashAndPack(key)
        let slot = find(key, hash: hash, packed: packed)
        return slots[slot].entry == 0 ? nil : slots[slot].entry - 1
    }

    /// The number of `key`, giving it the next number when it has none.
    public mutating func intern(_ key: UnsafeBufferPointer<UInt8>) -> (number: Int32, isNew: Bool) {
        let (hash, packed) = Self.hashAndPack(key)
        let slot = find(key, hash: hash, packed: packed)
        if slots[slot].entry != 0 { return (slots[slot].entry - 1, false) }
        let number = Int32(hashes.count)
        bytes.append(contentsOf: key)
        starts.append(bytes.count)
        hashes.append(hash)
        slots[slot] = Slot(packed: packed, tag: Self.tag(hash), entry: number + 1)
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
    private func find(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64, packed: Packed) -> Int {
        let mask = slots.count - 1
        let tag = Self.tag(hash)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let candidate = slots[slot]
            if candidate.entry == 0 { return slot }
            if candidate.packed == packed && candidate.tag == tag && (key.count <= 7 || restEquals(Int(candidate.entry) - 1, key)) {
                return slot
            }
            slot = (slot + 1) & mask
        }
    }

    /// Whether key `number` equals `key`, which has the same length and first 7 bytes.
    private func restEquals(_ number: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[number]
        guard starts[number + 1] - start == key.count else { return false }
        return bytes.withUnsafeBufferPointer { stored in
            for offset in 7..<key.count where stored[start + offset] != key[offset] { return false }
            return true
        }
    }

    private mutating func grow() {
        var grown = [Slot](repeating: Slot(), count: slots.count * 2)
        let mask = grown.count - 1
        for old in slots where old.entry != 0 {
            var slot = Int(truncatingIfNeeded: hashes[Int(old.entry) - 1]) & mask
            while grown[slot].entry != 0 { slot = (slot + 1) & mask }
            grown[slot] = old
        }
        slots = grown
    }

    @inline(__always)
    private static func tag(_ hash: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: hash >> 32) }

    /// The key's hash and its packed first bytes. Keys are read eight bytes at a time, each word mixed
    /// with MurmurHash3's finalizer; a key of up to 7 bytes is hashed from its packed form alone.
    @inline(__always)
    static func hashAndPack(_ key: UnsafeBufferPointer<UInt8>) -> (hash: UInt64, packed: UInt64) {
        let count = key.count
        let length = UInt64(min(count, 255)) << 56
        guard count >= 8, let base = key.baseAddress.map(UnsafeRawPointer.init) else {
            var packed = length
            for offset in 0..<count { packed |= UInt64(key[offset]) << (offset * 8) }
            return (mix(packed), packed)
        }
        let first = UInt64(littleEndian: base.loadUnaligned(as: UInt64.self))
        var hash = mix(first ^ length)
        var offset = 8
        while offset + 8 <= count {
            hash = mix(hash ^ UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
            offset += 8
        }
        if offset < count {
            var tail: UInt64 = 0
            for index in offset..<count { tail |= UInt64(key[index]) << ((index - offset) * 8) }
            hash = mix(hash ^ tail ^ 0x9E37_79B9_7F4A_7C15)
        }
        return (hash, first & 0x00FF_FFFF_FFFF_FFFF | length)
    }

    @inline(__always)
    private static func mix(_ value: UInt64) -> UInt64 {
        var value = value
        value ^= value >> 33
        value &*= 0xFF51_AFD7_ED55_8CCD
        value ^= value >> 33
        value &*= 0xC4CE_B9FE_1A85_EC53
        value ^= value >> 33
        return value
    }
}
