import Foundation

/// A 64-bit FNV-1a hash of file bytes: enough to tell whether a file changed, not for security.
enum ContentHash {
    static func of(_ bytes: some Sequence<UInt8>) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return String(hash, radix: 16)
    }

    /// A hash fed piece by piece, without building the bytes first.
    struct Running {
        private var hash: UInt64 = 0xcbf2_9ce4_8422_2325

        mutating func add(_ text: String) {
            var copy = text
            copy.withUTF8 { for byte in $0 { add(byte) } }
            add(UInt8(0))
        }

        mutating func add(_ number: Int64) {
            withUnsafeBytes(of: number.littleEndian) { for byte in $0 { add(byte) } }
        }

        private mutating func add(_ byte: UInt8) {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }

        var value: String { String(hash, radix: 16) }
    }

    static func ofFile(at url: URL) -> String? {
        (try? Data(contentsOf: url)).map { data in data.withUnsafeBytes { of($0) } }
    }
}
