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

    static func ofFile(at url: URL) -> String? {
        (try? Data(contentsOf: url)).map { of($0) }
    }
}
