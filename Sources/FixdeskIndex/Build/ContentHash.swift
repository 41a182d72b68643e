import Foundation
import FixdeskAnalysis

/// A hash of file bytes, as hexadecimal text: enough to tell whether a file changed, not for security.
enum ContentHash {
    static func of(_ bytes: some Sequence<UInt8>) -> String {
        String(FNV1a.hash(bytes), radix: 16)
    }

    /// A hash fed piece by piece, without building the bytes first.
    struct Running {
        private var hash = FNV1a()

        mutating func add(_ text: String) {
            var copy = text
            copy.withUTF8 { hash.add($0) }
            hash.add(UInt8(0))
        }

        mutating func add(_ number: Int64) {
            withUnsafeBytes(of: number.littleEndian) { hash.add($0) }
        }

        var value: String { String(hash.value, radix: 16) }
    }

    static func ofFile(at url: URL) -> String? {
        (try? Data(contentsOf: url)).map { data in data.withUnsafeBytes { of($0) } }
    }
}
