extension StringProtocol {
    /// The text without leading and trailing white space (spaces, tabs, line breaks and Unicode spaces).
    ///
    /// Pure Swift: Foundation's `trimmingCharacters(in:)` bridges through NSString and was the
    /// largest single cost of parsing a large catalog.
    var trimmedWhitespace: String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        var trimmed = String.UnicodeScalarView()
        trimmed.append(contentsOf: scalars[start...end])
        return String(trimmed)
    }
}
