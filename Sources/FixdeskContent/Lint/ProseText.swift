/// An article's own words, line by line, with what it copies from elsewhere blanked out: code
/// blocks and `code spans`, text in double quotes ("…", “…”, «…»), link destinations and web
/// addresses. Terminology is checked on what is left, since a literal error text must stay as the
/// API writes it.
enum ProseText {
    /// The lines of a Markdown body with their 1-based numbers in the file (`firstLine` is the
    /// body's first line), code blocks left out and literal parts blanked.
    static func lines(ofBody body: String, firstLine: Int) -> [(line: Int, text: String)] {
        var result: [(Int, String)] = []
        var fence: String?
        for (offset, line) in body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.drop { $0 == " " }
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = String(trimmed.prefix(3))
                continue
            }
            let prose = blankingLiterals(String(line))
            if !prose.isBlank { result.append((firstLine + offset, prose)) }
        }
        return result
    }

    /// `text` with its literal parts replaced by spaces, so word boundaries stay where they were.
    static func blankingLiterals(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        let characters = Array(text)
        var index = 0
        func blank(until end: Int) {
            output += String(repeating: " ", count: end - index)
            index = end
        }
        func position(of closing: Character, from start: Int) -> Int {
            var cursor = start
            while cursor < characters.count, characters[cursor] != closing { cursor += 1 }
            return min(cursor + 1, characters.count)
        }
        while index < characters.count {
            let character = characters[index]
            switch character {
            case "`":
                var run = 0
                while index + run < characters.count, characters[index + run] == "`" { run += 1 }
                var cursor = index + run
                var end = characters.count
                while cursor < characters.count {
                    if characters[cursor] == "`" {
                        var closing = 0
                        while cursor + closing < characters.count, characters[cursor + closing] == "`" { closing += 1 }
                        if closing == run { end = cursor + closing; break }
                        cursor += closing
                    } else {
                        cursor += 1
                    }
                }
                blank(until: end)
            case "\"": blank(until: position(of: "\"", from: index + 1))
            case "“": blank(until: position(of: "”", from: index + 1))
            case "«": blank(until: position(of: "»", from: index + 1))
            case "]" where index + 1 < characters.count && characters[index + 1] == "(":
                output.append("]")
                index += 1
                blank(until: position(of: ")", from: index + 1))
            case "<" where index + 1 < characters.count && characters[index + 1].isLetter:
                blank(until: position(of: ">", from: index + 1))
            case "h" where startsAddress(characters, at: index):
                var end = index
                while end < characters.count, !characters[end].isWhitespace { end += 1 }
                blank(until: end)
            default:
                output.append(character)
                index += 1
            }
        }
        return output
    }

    private static func startsAddress(_ characters: [Character], at index: Int) -> Bool {
        for prefix in ["https://", "http://"] where index + prefix.count <= characters.count {
            if String(characters[index..<index + prefix.count]) == prefix { return true }
        }
        return false
    }
}
