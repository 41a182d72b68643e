import FixdeskContent

/// Reads a paste in a language that has no articles (Portuguese, German…) through that language's lexicon:
/// its words replaced by the English words they stand for, to be scored against the articles' words.
enum PasteTranslation {
    /// A paste is in a lexicon's language when at least this many of its words…
    static let minimumWords = 2
    /// …and at least this share of them are in the lexicon.
    static let minimumShare = 0.3

    /// `text` with each word the best-fitting lexicon knows replaced by its English word, or nil when no
    /// lexicon fits. Words it does not know (names, codes, English words) stay as they are.
    struct Reading {
        /// The paste with each known word in English.
        var text: String
        /// The words the lexicon did not know, lowercased: the language's small words, names, English words.
        var untranslated: Set<String>
    }

    static func english(of text: String, lexicons: [PasteLexicon]) -> Reading? {
        guard !lexicons.isEmpty else { return nil }
        let words = text.split { !$0.isLetter && !$0.isNumber }.map { $0.lowercased() }
        let letterWords = words.filter { $0.contains(where: \.isLetter) }
        guard !letterWords.isEmpty else { return nil }
        // Each of the paste's words is looked up in each table in place: building the tables' dictionaries
        // would cost more than most pastes, which are in no lexicon's language.
        var best: (words: [String: String], known: Int)?
        for lexicon in lexicons {
            let table = Array(("\n" + lexicon.table + "\n").utf8)
            var found: [String: String] = [:]
            for word in Set(words) {
                if let english = Self.english(of: word, in: table) { found[word] = english }
            }
            let known = letterWords.filter { found[$0] != nil }.count
            if known > (best?.known ?? 0) { best = (found, known) }
        }
        guard let best, best.known >= minimumWords,
              Double(best.known) / Double(letterWords.count) >= minimumShare else { return nil }
        let untranslated = Set(words.filter { best.words[$0] == nil })
        return Reading(text: words.map { best.words[$0] ?? $0 }.joined(separator: " "), untranslated: untranslated)
    }

    /// The English word of `word` in a table of `\nword\tenglish` lines, or nil.
    private static func english(of word: String, in table: [UInt8]) -> String? {
        let key = Array("\n\(word)\t".utf8)
        guard let start = ByteSearch.firstOffset(of: key, in: table) else { return nil }
        let valueStart = start + key.count
        guard let end = table[valueStart...].firstIndex(of: 0x0A) else { return nil }
        return String(decoding: table[valueStart..<end], as: UTF8.self)
    }
}
