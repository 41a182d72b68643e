import Foundation
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
            var tokens = words
            // A lexicon of a language written without spaces cuts the paste's runs of its script into its words.
            if hasUnspaced, let keys = UnspacedWords.keys(ofTable: lexicon.table) {
                tokens = words.flatMap { word in
                    UnspacedWords.runs(of: word).flatMap { $0.unspaced ? UnspacedWords.segment($0.text, known: keys) : [$0.text] }
                }
            }
            let found = englishWords(of: Set(tokens), in: lexicon.table)
            let letterWords = tokens.filter { $0.contains(where: \.isLetter) }
            let known = letterWords.filter { found[$0] != nil }.count
            if known > (best?.known ?? 0) { best = (tokens, found, known, letterWords.count) }
        }
        guard let best, best.known >= minimumWords,
              Double(best.known) / Double(best.letterWords) >= minimumShare else { return nil }
        let untranslated = Set(best.tokens.filter { best.words[$0] == nil })
        return Reading(text: best.tokens.map { best.words[$0] ?? $0 }.joined(separator: " "), untranslated: untranslated)
    }

    /// The English word of each of `words` in a table of `word\tenglish` lines: the first line whose text
    /// before its first tab is the word. One pass over the table's bytes, looking at a line only when its key
    /// has a wanted word's length: searching the table once for each word stopped at every line.
    static func englishWords(of words: Set<String>, in table: String) -> [String: String] {
        let longest = words.map(\.utf8.count).max() ?? 0
        var wantedByLength = [[(bytes: [UInt8], word: String)]](repeating: [], count: longest + 1)
        for word in words { wantedByLength[word.utf8.count].append((Array(word.utf8), word)) }
        var found: [String: String] = [:]
        var table = table
        table.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            func offset(of byte: UInt8, from start: Int, before end: Int) -> Int? {
                memchr(base + start, Int32(byte), end - start).map { UnsafeRawPointer(base).distance(to: UnsafeRawPointer($0)) }
            }
            var lineStart = 0
            while lineStart < bytes.count, found.count < words.count {
                let lineEnd = offset(of: 0x0A, from: lineStart, before: bytes.count) ?? bytes.count
                if let tab = offset(of: 0x09, from: lineStart, before: lineEnd), tab - lineStart <= longest {
                    // The bytes are compared first: looking the word up in `found` hashes it, on every line of its length.
                    for candidate in wantedByLength[tab - lineStart]
                        where candidate.bytes.withUnsafeBytes({ memcmp($0.baseAddress!, base + lineStart, $0.count) == 0 })
                        && found[candidate.word] == nil {
                        found[candidate.word] = String(decoding: UnsafeBufferPointer(rebasing: bytes[(tab + 1)..<lineEnd]), as: UTF8.self)
                    }
                }
                lineStart = lineEnd + 1
            }
        }
        return found
    }
}
