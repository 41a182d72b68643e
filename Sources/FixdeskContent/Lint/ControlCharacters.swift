/// Control characters in an article's body: invisible in an editor, they reach the index, the
/// terminal and the site as they are (a stray escape can recolour a terminal). Tabs and line ends
/// are text; a NUL is refused earlier, when the file is read, and the front matter's YAML parser
/// reports its own.
enum ControlCharacters {
    /// The first control character of `text` with its 1-based line, or nil.
    static func first(in text: String) -> (line: Int, scalar: Unicode.Scalar)? {
        var line = 1
        for scalar in text.unicodeScalars {
            if scalar == "\n" { line += 1; continue }
            if isControl(scalar) { return (line, scalar) }
        }
        return nil
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value < 0x20 && value != 0x09 && value != 0x0A) || (value >= 0x7F && value <= 0x9F)
    }

    static func message(for scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "the text contains the control character U+\(String(repeating: "0", count: 4 - hex.count))\(hex), which no reader sees; remove it"
    }
}
