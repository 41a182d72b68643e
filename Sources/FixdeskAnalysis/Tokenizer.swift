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
        var index = text.startIndex
        while index < text.endIndex {
            guard isWordCharacter(text[index]) else {
                index = text.index(after: index)
                continue
            }
            let start = index
            var stemEnd = index
            var sawApostrophe = false
            while index < text.endIndex {
                let character = text[index]
                if isWordCharacter(character) {
                    index = text.index(after: index)
                    if !sawApostrophe { stemEnd = index }
                } else if isApostrophe(character), !sawApostrophe,
                          text.index(after: index) < text.endIndex,
                          text[text.index(after: index)].isLetter {
                    sawApostrophe = true
                    index = text.index(after: index)
                } else {
                    break
                }
            }
            let word = TextFolding.lowercase(String(text[start..<stemEnd]), language: language)
            let isNumber = word.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
            result.append(Token(text: word, range: start..<index, isNumber: isNumber))
        }
        return result
    }

    static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character.unicodeScalars.first.map {
            $0.properties.generalCategory == .nonspacingMark
        } == true
    }

    static func isApostrophe(_ character: Character) -> Bool {
        character == "'" || character == "’" || character == "ʼ"
    }
}
