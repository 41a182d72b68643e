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

    /// Reads what `encode` wrote without a general JSON parser; anything else goes to Foundation's.
    /// This runs for every list of every article a search shows or a match considers: Foundation's
    /// `JSONDecoder` alone took a third of a search's time on the benchmark's corpus.
    static func decode(_ text: String) -> [String] {
        if let values = decodeOwn(Array(text.utf8)) { return values }
        return (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String] ?? []
    }

    private static func decodeOwn(_ bytes: [UInt8]) -> [String]? {
        guard bytes.first == UInt8(ascii: "["), bytes.last == UInt8(ascii: "]") else { return nil }
        var values: [String] = []
        var index = 1
        let end = bytes.count - 1
        while index < end {
            guard bytes[index] == UInt8(ascii: "\"") else { return nil }
            index += 1
            var value: [UInt8] = []
            while true {
                guard index < end else { return nil }
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") { break }
                if byte != UInt8(ascii: "\\") {
                    value.append(byte)
                    index += 1
                    continue
                }
                guard index + 1 < end else { return nil }
                switch bytes[index + 1] {
                case UInt8(ascii: "\""): value.append(UInt8(ascii: "\""))
                case UInt8(ascii: "\\"): value.append(UInt8(ascii: "\\"))
                case UInt8(ascii: "n"): value.append(0x0A)
                case UInt8(ascii: "r"): value.append(0x0D)
                case UInt8(ascii: "t"): value.append(0x09)
                case UInt8(ascii: "u"):
                    guard index + 5 < end, let code = UInt8(String(decoding: bytes[(index + 2)...(index + 5)], as: UTF8.self), radix: 16),
                          code < 0x20 else { return nil }
                    value.append(code)
                    index += 4
                default: return nil
                }
                index += 2
            }
            values.append(String(decoding: value, as: UTF8.self))
            index += 1
            if index < end {
                guard bytes[index] == UInt8(ascii: ",") else { return nil }
                index += 1
            }
        }
        return values
    }
}
