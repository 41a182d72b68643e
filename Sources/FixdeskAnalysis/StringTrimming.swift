extension StringProtocol {
    /// The text without leading and trailing white space (spaces, tabs, line breaks and Unicode spaces).
    ///
    /// Pure Swift: Foundation's `trimmingCharacters(in:)` bridges through NSString and was the
    /// largest single cost of parsing a large catalog.
    public var trimmedWhitespace: String {
        let text = String(self)
        let scalars = text.unicodeScalars
        guard let start = scalars.firstIndex(where: { !isWhitespace($0) }) else { return "" }
        let end = scalars.lastIndex(where: { !isWhitespace($0) })!
        if start == scalars.startIndex && end == scalars.index(before: scalars.endIndex) { return text }
        return String(Substring(scalars[start...end]))
    }
}

extension StringProtocol {
    /// True when the text is empty or only white space; stops at the first other character.
    public var isBlank: Bool { unicodeScalars.allSatisfy(isWhitespace) }
}

/// Unicode's White_Space, answered for ASCII without a property lookup.
@inline(__always)
private func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
    return scalar.properties.isWhitespace
}
