/// A paste that is nothing but codes (`131047 132015`, `131047, twilio:63016`) names several
/// errors: each code goes on its own line, so each is read as a code of its own and not as the
/// digits of a phone number or an id.
enum CodeList {
    /// More tokens than this is not a list someone typed.
    static let maximumCodes = 20

    static func lines(of paste: String) -> String? {
        let tokens = paste.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" || $0 == "\n" || $0 == "\t" || $0 == "\r" })
        guard tokens.count >= 2, tokens.count <= maximumCodes, tokens.allSatisfy(isCode) else { return nil }
        return tokens.joined(separator: "\n")
    }

    /// `131047`, `#131047`, `twilio:63016`.
    static func isCode(_ token: Substring) -> Bool {
        var value = token.hasPrefix("#") ? token.dropFirst() : token
        if let colon = value.firstIndex(of: ":") {
            guard value[..<colon].allSatisfy({ $0.isLetter || $0.isNumber }), colon != value.startIndex else { return false }
            value = value[value.index(after: colon)...]
        }
        return (2...9).contains(value.count) && value.allSatisfy { $0.isASCII && ($0.isNumber || $0.isUppercase || $0 == "_") }
            && value.contains(where: \.isNumber)
    }
}
