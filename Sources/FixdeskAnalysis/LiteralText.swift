/// Error texts compared as literals: lowercased, folded, punctuation and runs of spaces collapsed,
/// so that `Message failed to send because...` and `message failed to send because` are equal.
public enum LiteralText {
    public static func normalize(_ text: String) -> String {
        let folded = TextFolding.fold(TextFolding.lowercase(text, language: "tr"))
        // Built as UTF-8 bytes, ASCII read byte by byte: pastes can be long.
        var result: [UInt8] = []
        result.reserveCapacity(folded.utf8.count)
        var lastWasSpace = true
        Tokenizer.withUTF8(of: folded) { bytes in
            var index = 0
            while index < bytes.count {
                let (scalar, length) = Tokenizer.scalar(in: bytes, at: index)
                let isWord: Bool
                if length == 1 {
                    isWord = ASCII.isLetterOrDigit(bytes[index])
                } else {
                    let properties = scalar.properties
                    switch properties.generalCategory {
                    // A combining mark belongs to the letter before it, as in a Character.
                    case .nonspacingMark, .spacingMark, .enclosingMark: isWord = !lastWasSpace
                    default: isWord = properties.isAlphabetic || properties.numericType != nil
                    }
                }
                if isWord {
                    result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<(index + length)]))
                    lastWasSpace = false
                } else if !lastWasSpace {
                    result.append(0x20)
                    lastWasSpace = true
                }
                index += length
            }
        }
        if result.last == 0x20 { result.removeLast() }
        return String(decoding: result, as: UTF8.self)
    }
}
