extension StringProtocol {
    /// The text without leading and trailing white space (spaces, tabs, line breaks and Unicode spaces).
    ///
    /// Pure Swift: Foundation's `trimmingCharacters(in:)` bridges through NSString and was the
    /// largest single cost of parsing a large catalog.
    public var trimmedWhitespace: String {
        let text = String(self)
        let scalars = text.unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        if start == scalars.startIndex && end == scalars.index(before: scalars.endIndex) { return text }
        return String(Substring(scalars[start...end]))
    }
}
