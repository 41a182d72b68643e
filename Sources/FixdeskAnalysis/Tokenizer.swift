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
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            guard isWordScalar(scalars[index]) else {
                index = scalars.index(after: index)
                continue
            }
            let start = index
            var stemEnd = index
            var sawApostrophe = false
            var allDigits = true
            while index < scalars.endIndex {
                let scalar = scalars[index]
                if isWordScalar(scalar) {
                    if !sawApostrophe && !(scalar.value >= 0x30 && scalar.value <= 0x39) { allDigits = false }
                    index = scalars.index(after: index)
                    if !sawApostrophe { stemEnd = index }
                } else if isApostrophe(scalar), !sawApostrophe {
                    let next = scalars.index(after: index)
                    guard next < scalars.endIndex, scalars[next].properties.isAlphabetic else { break }
                    sawApostrophe = true
                    index = next
                } else {
                    break
                }
            }
            // Slicing keeps the bytes as they are: far cheaper than appending scalar by scalar.
            let word = TextFolding.lowercase(String(Substring(scalars[start..<stemEnd])), language: language)
            result.append(Token(text: word, range: start..<index, isNumber: allDigits))
        }
        return result
    }

    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
        }
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
