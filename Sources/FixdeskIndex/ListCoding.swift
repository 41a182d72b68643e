import Foundation

/// Lists stored in one TEXT column, as a JSON array.
enum ListCoding {
    static func encode(_ values: [String]) -> String {
        var result = "["
        for (offset, value) in values.enumerated() {
            if offset > 0 { result += "," }
            result += "\""
            for scalar in value.unicodeScalars {
                switch scalar {
                case "\"": result += "\\\""
                case "\\": result += "\\\\"
                case "\n": result += "\\n"
                case "\r": result += "\\r"
                case "\t": result += "\\t"
                case _ where scalar.value < 0x20: result += String(format: "\\u%04x", scalar.value)
                default: result.unicodeScalars.append(scalar)
                }
            }
            result += "\""
        }
        return result + "]"
    }

    /// Reads what `encode` wrote, without a general JSON parser (this runs for every article a match
    /// considers); anything else goes to Foundation's.
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
