/// Undoes the escaping a paste went through when a JSON document was logged as a string, or printed by a
/// language's repr: `\"code\": 131047`, `m\u00eddia`, `\n`. Codes, keys and words are then read as written.
enum PasteUnescaper {
    /// Returns `text` unchanged unless it has a backslash.
    static func unescape(_ text: String) -> String {
        let bytes = Array(text.utf8)
        guard bytes.contains(0x5C) else { return text }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == 0x5C, index + 1 < bytes.count else { result.append(byte); index += 1; continue }
            let next = bytes[index + 1]
            switch next {
            case 0x22, 0x27, 0x5C, 0x2F: // \" \' \\ \/
                result.append(next); index += 2
            case 0x6E, 0x72, 0x74: // \n \r \t: a line or a space
                result.append(next == 0x74 ? 0x20 : 0x0A); index += 2
            case 0x75 where index + 5 < bytes.count: // \uXXXX, with a following low surrogate when there is one
                if let (scalar, length) = unicodeEscape(bytes, at: index) {
                    result.append(contentsOf: Array(String(Character(scalar)).utf8)); index += length
                } else {
                    result.append(byte); index += 1
                }
            default:
                result.append(byte); index += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// The scalar of `\uXXXX` (or a surrogate pair `\uD83D\uDE00`) at `index`, and how many bytes it spans.
    private static func unicodeEscape(_ bytes: [UInt8], at index: Int) -> (Unicode.Scalar, Int)? {
        guard let high = hexValue(bytes, from: index + 2) else { return nil }
        if (0xD800...0xDBFF).contains(high), index + 11 < bytes.count, bytes[index + 6] == 0x5C, bytes[index + 7] == 0x75,
           let low = hexValue(bytes, from: index + 8), (0xDC00...0xDFFF).contains(low),
           let scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)) {
            return (scalar, 12)
        }
        guard let scalar = Unicode.Scalar(high) else { return nil }
        return (scalar, 6)
    }

    private static func hexValue(_ bytes: [UInt8], from start: Int) -> UInt32? {
        guard start + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for byte in bytes[start..<(start + 4)] {
            let digit: UInt32
            switch byte {
            case 0x30...0x39: digit = UInt32(byte - 0x30)
            case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
            case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
            default: return nil
            }
            value = value * 16 + digit
        }
        return value
    }
}
