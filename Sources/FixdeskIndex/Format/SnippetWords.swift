import FixdeskAnalysis

/// The words of an article's sentences as the snippet step compares them with a query, analysed once when
/// the article is indexed, so that a search picks and marks its passages without tokenising, folding and
/// stemming the shown articles again.
///
/// Stored as text (`articles.snippet_words`): one line per sentence of the title, the summary, each error text
/// and the body, in that order and as `SnippetBuilder.sentences(in:)` splits them. A line starts with the
/// number of its text in that list; each word follows after a space, as `folded` when its term is the same,
/// `folded/term` when it differs, and `folded/` when it has none (a stop word). Words are letters, digits and
/// marks, so neither a space nor `/` occurs in them.
public struct SnippetWords: Sendable {
    /// One word of a sentence: folded, and the term it is indexed under (nil for a stop word).
    struct Word {
        var folded: Substring
        var term: Substring?
    }

    struct Sentence {
        /// Which of the article's texts the sentence is in, and its place among that text's sentences.
        var text: Int
        var position: Int
        var words: [Word]
    }

    let encoded: String

    public init(encoded: String) {
        self.encoded = encoded
    }

    /// Analyses `texts` (title, summary, error texts, body) of an article in `language`.
    public init(texts: [String], language: String, analyzer: TextAnalyzer?) {
        var lines: [String] = []
        for (number, text) in texts.enumerated() {
            for sentence in SnippetBuilder.sentences(in: text) {
                var line = String(number)
                for token in Tokenizer.tokens(in: sentence, language: analyzer?.profile.code ?? language) {
                    let folded = TextFolding.fold(token.text)
                    line += " " + folded
                    let term = analyzer?.term(for: token)
                    if term != folded { line += "/" + (term ?? "") }
                }
                lines.append(line)
            }
        }
        encoded = lines.joined(separator: "\n")
    }

    /// Calls `body` with each sentence, in order, until it returns false. Lines and words are split on
    /// their bytes (a space, a line break and `/` are ASCII), without reading the text as characters.
    func forEachSentence(_ body: (Sentence) -> Bool) {
        var lastText = -1
        var position = 0
        for line in encoded.utf8.split(separator: 0x0A) {
            var fields = line.split(separator: 0x20)[...]
            guard let text = fields.popFirst().flatMap({ Int(Substring($0)) }) else { continue }
            position = text == lastText ? position + 1 : 0
            lastText = text
            let words = fields.map { field in
                guard let slash = field.firstIndex(of: 0x2F) else { return Word(folded: Substring(field), term: Substring(field)) }
                let term = field[field.index(after: slash)...]
                return Word(folded: Substring(field[..<slash]), term: term.isEmpty ? nil : Substring(term))
            }
            if !body(Sentence(text: text, position: position, words: words)) { return }
        }
    }
}
