import Foundation

/// Keeps the `term_docs` table equal to FTS5's own vocabulary (`article_vocab`): in how many articles
/// each term FTS5 indexed occurs.
///
/// A build copies the whole vocabulary once. A refresh changes the counts of the terms of the rows it
/// deletes and inserts instead of reading the vocabulary again: a row's terms are its columns' text,
/// split as FTS5's `unicode61` tokenizer splits it. For a word of ASCII letters and digits that split is
/// certain (ASCII punctuation and spaces part words, ASCII letters are lowercased); a word with other
/// characters may be split or folded by Unicode rules, so the terms it may give are counted again from
/// `article_vocab` after the refresh has written its rows.
final class TermDocumentCounts {
    /// Change of each certain term's article count.
    private var changes: [String: Int] = [:]
    /// Terms whose count is read again from FTS5's vocabulary.
    private var recounted: Set<String> = []

    /// Copies FTS5's vocabulary, in term order (the table's own order, so the rows are appended).
    static func copyVocabulary(in database: Database) throws {
        try database.execute("INSERT INTO term_docs(term, docs) SELECT term, doc FROM article_vocab")
    }

    /// Counts a row about to be inserted, given its columns' text.
    func inserting(_ columns: [[UInt8]]) { tally(columns, by: 1) }

    /// Counts a row about to be deleted, given its columns' text.
    func deleting(_ columns: [[UInt8]]) { tally(columns, by: -1) }

    private func tally(_ columns: [[UInt8]], by step: Int) {
        var terms: Set<String> = []
        for column in columns {
            Self.forEachWord(in: column) { word, isCertain in
                if isCertain {
                    terms.insert(word)
                } else {
                    recounted.formUnion(Self.possibleTerms(of: word))
                }
            }
        }
        for term in terms { changes[term, default: 0] += step }
    }

    /// Writes the counted changes; run after the rows were written, in the same transaction.
    func apply(to database: Database) throws {
        let add = try database.prepare("""
            INSERT INTO term_docs(term, docs) VALUES (?1, ?2) ON CONFLICT(term) DO UPDATE SET docs = docs + ?2
            """)
        let set = try database.prepare("INSERT OR REPLACE INTO term_docs(term, docs) VALUES (?1, ?2)")
        let removeEmpty = try database.prepare("DELETE FROM term_docs WHERE term = ?1 AND docs <= 0")
        let remove = try database.prepare("DELETE FROM term_docs WHERE term = ?1")
        let vocabulary = try database.prepare("SELECT doc FROM article_vocab WHERE term = ?1")
        for (term, change) in changes where change != 0 && !recounted.contains(term) {
            try add.run([.text(term), .integer(Int64(change))])
            if change < 0 { try removeEmpty.run([.text(term)]) }
        }
        for term in recounted {
            try vocabulary.bind([.text(term)])
            let count = try vocabulary.step() ? vocabulary.int(0) : 0
            vocabulary.reset()
            // A term in no article has no row, as in FTS5's vocabulary.
            if count > 0 { try set.run([.text(term), .integer(count)]) } else { try remove.run([.text(term)]) }
        }
        changes = [:]
        recounted = []
    }

    /// The words of a column's UTF-8 text between ASCII separators (anything but an ASCII letter or digit,
    /// as for `unicode61`), lowercased in ASCII; `isCertain` is false for a word with other characters.
    static func forEachWord(in bytes: [UInt8], _ body: (String, _ isCertain: Bool) -> Void) {
        var start = 0
        var certain = true
        func close(_ end: Int) {
            if end > start {
                let word = bytes[start..<end].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
                body(String(decoding: word, as: UTF8.self), certain)
            }
            start = end + 1
            certain = true
        }
        for (offset, byte) in bytes.enumerated() {
            if byte >= 0x80 {
                certain = false
            } else if !Self.isASCIIAlphanumeric(byte) {
                close(offset)
            }
        }
        close(bytes.count)
    }

    private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    /// The terms `unicode61` (diacritics removed) may make of a word with characters beyond ASCII: the
    /// word lowercased or case-folded, with or without its marks, whole or split at what is not a
    /// letter, digit or private-use character. More than it makes; each is looked up in the vocabulary.
    static func possibleTerms(of word: String) -> Set<String> {
        var result: Set<String> = []
        for variant in [word.lowercased(), word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)] {
            let unmarked = String(String.UnicodeScalarView(variant.decomposedStringWithCanonicalMapping.unicodeScalars.filter { !isMark($0) }))
            for text in [variant, unmarked, unmarked.precomposedStringWithCanonicalMapping] {
                result.insert(text)
                for part in text.unicodeScalars.split(whereSeparator: { !isTokenCharacter($0) && !isMark($0) }) {
                    result.insert(String(String.UnicodeScalarView(part)))
                }
                for part in text.unicodeScalars.split(whereSeparator: { !isTokenCharacter($0) }) {
                    result.insert(String(String.UnicodeScalarView(part)))
                }
            }
        }
        result.remove("")
        return result
    }

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }

    /// `unicode61`'s token characters by default: letters, numbers and private-use characters.
    private static func isTokenCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber, .privateUse: true
        default: false
        }
    }
}
