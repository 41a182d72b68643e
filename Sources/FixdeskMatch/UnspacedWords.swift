/// Words of scripts written without spaces (Chinese, Japanese): a paste's run of them is one "word" to a split
/// on spaces and punctuation, so it is cut into the lexicon's words by longest match instead.
enum UnspacedWords {
    /// Han ideographs and Japanese kana: their sentences have no spaces between words.
    static func isUnspaced(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        switch scalar.value {
        case 0x3040...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9F: return true
        default: return scalar.properties.isIdeographic
        }
    }

    /// `word` cut where it passes between an unspaced script and any other ("whatsapp消息" → "whatsapp", "消息").
    static func runs(of word: String) -> [(text: String, unspaced: Bool)] {
        var runs: [(text: String, unspaced: Bool)] = []
        for character in word {
            let unspaced = isUnspaced(character)
            if let last = runs.last, last.unspaced == unspaced {
                runs[runs.count - 1].text.append(character)
            } else {
                runs.append((String(character), unspaced))
            }
        }
        return runs
    }

    /// The keys of a `word<TAB>english` table written in an unspaced script, or nil when it has none.
    static func keys(ofTable table: String) -> Set<String>? {
        var keys: Set<String> = []
        for line in table.split(separator: "\n") {
            guard let tab = line.firstIndex(of: "\t"), let first = line.first, isUnspaced(first) else { continue }
            keys.insert(String(line[..<tab]))
        }
        return keys.isEmpty ? nil : keys
    }

    /// Longest words of `known` first, from the left; characters no word starts at are kept together as one
    /// unknown piece ("无法发送消息" → "无法", "发送", "消息").
    static func segment(_ run: String, known: Set<String>, longest: Int = MatchTuning.unspacedWordLength) -> [String] {
        let characters = Array(run)
        var pieces: [String] = []
        var unknown = ""
        var start = 0
        while start < characters.count {
            var length = min(longest, characters.count - start)
            while length > 0, !known.contains(String(characters[start..<(start + length)])) { length -= 1 }
            if length == 0 {
                unknown.append(characters[start])
                start += 1
                continue
            }
            if !unknown.isEmpty { pieces.append(unknown); unknown = "" }
            pieces.append(String(characters[start..<(start + length)]))
            start += length
        }
        if !unknown.isEmpty { pieces.append(unknown) }
        return pieces
    }
}
