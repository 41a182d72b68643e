/// Error texts compared as literals: lowercased, folded, punctuation and runs of spaces collapsed,
/// so that `Message failed to send because...` and `message failed to send because` are equal.
public enum LiteralText {
    public static func normalize(_ text: String) -> String {
        let folded = TextFolding.fold(TextFolding.lowercase(text, language: "tr"))
        var result = String.UnicodeScalarView()
        var lastWasSpace = true
        for scalar in folded.unicodeScalars {
            let value = scalar.value
            let isWord: Bool
            if value < 0x80 {
                isWord = ASCII.isLetterOrDigit(value)
            } else {
                let properties = scalar.properties
                switch properties.generalCategory {
                // A combining mark belongs to the letter before it, as in a Character.
                case .nonspacingMark, .spacingMark, .enclosingMark: isWord = !lastWasSpace
                default: isWord = properties.isAlphabetic || properties.numericType != nil
                }
            }
            if isWord {
                result.append(scalar)
                lastWasSpace = false
            } else if !lastWasSpace {
                result.append(" ")
                lastWasSpace = true
            }
        }
        if result.last == " " { result.removeLast() }
        return String(result)
    }
}
