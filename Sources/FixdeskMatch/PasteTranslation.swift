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
        guard words.contains(where: { $0.contains(where: \.isLetter) }) else { return nil }
        let hasUnspaced = words.contains { $0.contains(where: UnspacedWords.isUnspaced) }
        // Each of the paste's words is looked up in each table in place: building the tables' dictionaries
        // would cost more than most pastes, which are in no lexicon's language.
        var best: (tokens: [String], words: [String: String], known: Int, letterWords: Int)?
        for lexicon in lexicons {
            let table = Array(("\n" + lexicon.table + "\n").utf8)
            var tokens = words
            // A lexicon of a language written without spaces cuts the paste's runs of its script into its words.
            if hasUnspaced, let keys = UnspacedWords.keys(ofTable: lexicon.table) {
                tokens = words.flatMap { word in
                    UnspacedWords.runs(of: word).flatMap { $0.unspaced ? UnspacedWords.segment($0.text, known: keys) : [$0.text] }
                }
            }
            var found: [String: String] = [:]
            for word in Set(tokens) {
                if let english = Self.english(of: word, in: table) { found[word] = english }
            }
            let letterWords = tokens.filter { $0.contains(where: \.isLetter) }
            let known = letterWords.filter { found[$0] != nil }.count
            if known > (best?.known ?? 0) { best = (tokens, found, known, letterWords.count) }
        }
        guard let best, best.known >= minimumWords,
              Double(best.known) / Double(best.letterWords) >= minimumShare else { return nil }
        let untranslated = Set(best.tokens.filter { best.words[$0] == nil })
        return Reading(text: best.tokens.map { best.words[$0] ?? $0 }.joined(separator: " "), untranslated: untranslated)
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
