/// A word of a text, lowercased, with any apostrophe suffix removed (`WhatsApp’ın` → `whatsapp`).
public struct Token: Sendable, Equatable {
    public var text: String
    /// Where the word stands in the original text (including a stripped suffix).
    public var range: Range<String.Index>
    /// True when the word is all digits, like an error code.
    public var isNumber: Bool
}

/// Splits text into words: runs of letters, digits and combining marks.
///
/// An apostrophe (`'`, `’`, `ʼ`) between letters starts a suffix that is dropped, as Turkish writes
/// suffixes after proper nouns (`Meta’nın`, `WhatsApp'a`) and English writes possessives.
public enum Tokenizer {
    public static func tokens(in text: String, language: String) -> [Token] {
        var result: [Token] = []
        // Bytes are read directly; a scalar is decoded only where a byte is not ASCII.
        let utf8 = text.utf8
        let scalars = text.unicodeScalars
        @inline(__always) func scalar(at index: String.Index) -> (Unicode.Scalar, next: String.Index) {
            let byte = utf8[index]
            if byte < 0x80 { return (Unicode.Scalar(byte), utf8.index(after: index)) }
            return (scalars[index], scalars.index(after: index))
        }
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let (first, afterFirst) = scalar(at: index)
            guard isWordScalar(first) else {
                index = afterFirst
                continue
            }
            let start = index
            var stemEnd = index
            var sawApostrophe = false
            var allDigits = true
            while index < utf8.endIndex {
                let (current, next) = scalar(at: index)
                if isWordScalar(current) {
                    if !sawApostrophe && !(current.value >= 0x30 && current.value <= 0x39) { allDigits = false }
                    index = next
                    if !sawApostrophe { stemEnd = index }
                } else if isApostrophe(current), !sawApostrophe {
                    guard next < utf8.endIndex, scalar(at: next).0.properties.isAlphabetic else { break }
                    sawApostrophe = true
                    index = next
                } else {
                    break
                }
            }
            // Slicing keeps the bytes as they are: far cheaper than appending scalar by scalar.
            let word = TextFolding.lowercase(String(text[start..<stemEnd]), language: language)
            result.append(Token(text: word, range: start..<index, isNumber: allDigits))
        }
        return result
    }

    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return ASCII.isLetterOrDigit(value) }
        // Latin-1 letters and Latin Extended-A and -B (Turkish among them), without a property lookup.
        if value >= 0xC0 && value <= 0x24F { return value != 0xD7 && value != 0xF7 }
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .decimalNumber, .nonspacingMark, .spacingMark: return true
        default: return false
        }
    }

    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "’" || scalar == "ʼ"
    }
}
