/// A word of a text, lowercased, with any apostrophe suffix removed (`WhatsApp’ın` → `whatsapp`).
public struct Token: Sendable, Equatable {
    public var text: String
    /// Where the word stands in the original text (including a stripped suffix).
    public var range: Range<String.Index>
    /// True when the word is all digits, like an error code.
    public var isNumber: Bool
}

/// Where a word lies in a text's UTF-8 bytes.
struct WordSpan {
    var start: Int
    /// The end of the word before any apostrophe suffix: `start..<stemEnd` is what becomes the token.
    var stemEnd: Int
    /// The end of the word, suffix included.
    var end: Int
    var isNumber: Bool
}

/// Splits text into words: runs of letters, digits and combining marks.
///
/// An apostrophe (`'`, `’`, `ʼ`) between letters starts a suffix that is dropped, as Turkish writes
/// suffixes after proper nouns (`Meta’nın`, `WhatsApp'a`) and English writes possessives.
public enum Tokenizer {
    public static func tokens(in text: String, language: String) -> [Token] {
        var result: [Token] = []
        let utf8 = text.utf8
        withUTF8(of: text) { bytes in
            forEachWord(in: bytes) { word in
                let lowercased = TextFolding.lowercase(
                    String(decoding: UnsafeBufferPointer(rebasing: bytes[word.start..<word.stemEnd]), as: UTF8.self),
                    language: language)
                let start = utf8.index(utf8.startIndex, offsetBy: word.start)
                let end = utf8.index(start, offsetBy: word.end - word.start)
                result.append(Token(text: lowercased, range: start..<end, isNumber: word.isNumber))
            }
        }
        return result
    }

    /// Calls `body` with each word of `bytes` (valid UTF-8). ASCII is read byte by byte; a scalar is
    /// decoded only where a byte is not ASCII.
    @inline(__always)
    static func forEachWord(in bytes: UnsafeBufferPointer<UInt8>, _ body: (WordSpan) -> Void) {
        let count = bytes.count
        var index = 0
        while index < count {
            let (first, firstLength) = scalar(in: bytes, at: index)
            guard isWordScalar(first) else {
                index += firstLength
                continue
            }
            let start = index
            var stemEnd = index
            var sawApostrophe = false
            var allDigits = true
            while index < count {
                let byte = bytes[index]
                if ASCII.isLetterOrDigit(byte) {
                    if !sawApostrophe && byte > 0x39 { allDigits = false }
                    index += 1
                    if !sawApostrophe { stemEnd = index }
                    continue
                }
                let (current, length) = scalar(in: bytes, at: index)
                if isWordScalar(current) {
                    // Not ASCII, so not one of the digits 0-9.
                    if !sawApostrophe { allDigits = false }
                    index += length
                    if !sawApostrophe { stemEnd = index }
                } else if isApostrophe(current), !sawApostrophe {
                    let next = index + length
                    guard next < count, scalar(in: bytes, at: next).scalar.properties.isAlphabetic else { break }
                    sawApostrophe = true
                    index = next
                } else {
                    break
                }
            }
            body(WordSpan(start: start, stemEnd: stemEnd, end: index, isNumber: allDigits))
        }
    }

    /// The scalar whose UTF-8 encoding starts at `index`, and the encoding's length.
    @inline(__always)
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (Unicode.Scalar(UInt8(lead)), 1) }
        @inline(__always) func continuation(_ offset: Int) -> UInt32 { UInt32(bytes[index + offset]) & 0x3F }
        let (value, length): (UInt32, Int) =
            if lead < 0xE0 { ((lead & 0x1F) << 6 | continuation(1), 2) }
            else if lead < 0xF0 { ((lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2), 3) }
            else { ((lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3), 4) }
        // A String's bytes are valid UTF-8, so the value is a scalar.
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// Runs `body` on the UTF-8 bytes of `text`, in place when the string stores them contiguously.
    @inline(__always)
    static func withUTF8<Result>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
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
