import Foundation

/// Lists stored in one TEXT column, as a JSON array.
enum ListCoding {
    static func encode(_ values: [String]) -> String {
        var bytes: [UInt8] = [UInt8(ascii: "[")]
        bytes.reserveCapacity(values.reduce(2) { $0 + $1.utf8.count + 3 })
        for (offset, value) in values.enumerated() {
            if offset > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(UInt8(ascii: "\""))
            var value = value
            value.withUTF8 { source in
                // Most values need no escaping and are copied whole.
                guard source.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
                    bytes.append(contentsOf: source)
                    return
                }
                for byte in source {
                    switch byte {
                    case UInt8(ascii: "\""): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
                    case UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
                    case 0x0A: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
                    case 0x0D: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
                    case 0x09: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
                    case 0..<0x20: bytes += Array(String(format: "\\u%04x", byte).utf8)
                    default: bytes.append(byte)
                    }
                }
            }
            bytes.append(UInt8(ascii: "\""))
        }
        bytes.append(UInt8(ascii: "]"))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Reads a JSON array of strings, as `encode` writes it; anything else reads as no values.
    static func decode(_ text: String) -> [String] {
        (try? JSONDecoder().decode([String].self, from: Data(text.utf8))) ?? []
    }
}
