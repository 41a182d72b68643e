import Foundation
import FixdeskAnalysis

/// The words of an article's sentences as the snippet step compares them with a query, analysed once when
/// the article is indexed, so that a search picks and marks its passages without tokenising, folding and
/// stemming the shown articles again.
///
/// Stored as text (`articles.snippet_words`): one line per sentence of the title, the summary, each error text
/// and the body, in that order and as `SnippetBuilder.sentences(in:)` splits them. A line starts with the
/// number of its text in that list; each word follows after a space, as `folded` when its term is the same,
/// `folded/term` when it differs, and `folded/` when it has none (a stop word). Words are letters, digits and
/// marks, so neither a space nor `/` occurs in them. Words are compared by their UTF-8 bytes: both sides are
/// folded the same way, which leaves no combining marks to tell apart.
public struct SnippetWords: Sendable {
    public let encoded: String
    private let bytes: [UInt8]

    public init(encoded: String) {
        self.encoded = encoded
        bytes = Array(encoded.utf8)
    }

    /// Analyses `texts` (title, summary, error texts, body) of an article in `language`.
    public init(texts: [String], language: String, analyzer: TextAnalyzer?) {
        var writer = Writer()
        for (number, text) in texts.enumerated() {
            writer.forEachSentence(of: text, number: number, analyzer: analyzer) { _, _ in }
        }
        self = writer.words
    }

    /// Writes the encoded words sentence by sentence, handing each word to the caller too, so that a build
    /// that also needs the words (the index's columns) tokenises and analyses each text once.
    public struct Writer {
        private var bytes: [UInt8] = []

        public init() {}

        /// Writes the sentences of `text`, the `number`th of the article's texts, and calls `body` with each
        /// of their words (folded, and its term or nil for a stop word) in order.
        public mutating func forEachSentence(of text: String, number: Int, analyzer: TextAnalyzer?,
                                             _ body: (_ surface: String, _ term: String?) -> Void) {
            for sentence in SnippetBuilder.sentences(in: text) {
                if !bytes.isEmpty { bytes.append(0x0A) }
                bytes.append(contentsOf: String(number).utf8)
                if let analyzer {
                    analyzer.forEachToken(in: sentence) { surface, term in
                        append(surface, term)
                        body(surface, term)
                    }
                } else {
                    for token in Tokenizer.tokens(in: sentence, language: "en") { append(TextFolding.fold(token.text), nil) }
                }
            }
        }

        public var words: SnippetWords { SnippetWords(encoded: String(decoding: bytes, as: UTF8.self)) }

        private mutating func append(_ surface: String, _ term: String?) {
            bytes.append(0x20)
            bytes.append(contentsOf: surface.utf8)
            guard term != surface else { return }
            bytes.append(0x2F)
            if let term { bytes.append(contentsOf: term.utf8) }
        }
    }

    /// What a query looks for in the words: terms equal to a word's folded form or term, and beginnings of
    /// its folded form, as UTF-8.
    public struct Query {
        var terms: [[UInt8]]
        var prefixes: [[UInt8]]

        public init(terms: some Sequence<String>, prefixes: some Sequence<String>) {
            self.terms = terms.map { Array($0.utf8) }
            self.prefixes = prefixes.map { Array($0.utf8) }
        }
    }

    /// One sentence compared with a query.
    public struct Sentence {
        /// Which of the article's texts the sentence is in, and its place among that text's sentences.
        public var text: Int
        public var position: Int
        /// For each word, whether it matches the query.
        public var marked: [Bool]
        /// How many different folded words match.
        public var score: Int
    }

    /// Calls `body` with each sentence compared with `query`, in order, until it returns false.
    public func forEachSentence(comparedWith query: Query, _ body: (Sentence) -> Bool) {
        bytes.withUnsafeBufferPointer { buffer in
            let count = buffer.count
            @inline(__always) func equal(_ start: Int, _ end: Int, _ other: [UInt8]) -> Bool {
                end - start == other.count
                    && (other.isEmpty || other.withUnsafeBufferPointer { memcmp(buffer.baseAddress! + start, $0.baseAddress!, other.count) == 0 })
            }
            @inline(__always) func startsWith(_ start: Int, _ end: Int, _ prefix: [UInt8]) -> Bool {
                end - start >= prefix.count
                    && (prefix.isEmpty || prefix.withUnsafeBufferPointer { memcmp(buffer.baseAddress! + start, $0.baseAddress!, prefix.count) == 0 })
            }
            var lastText = -1
            var position = 0
            var index = 0
            while index < count {
                var text = 0
                while index < count, buffer[index] >= 0x30, buffer[index] <= 0x39 {
                    text = text * 10 + Int(buffer[index] - 0x30)
                    index += 1
                }
                position = text == lastText ? position + 1 : 0
                lastText = text
                var marked: [Bool] = []
                var matched: [Range<Int>] = []
                while index < count, buffer[index] == 0x20 {
                    let start = index + 1
                    var end = start
                    var slash = -1
                    while end < count, buffer[end] != 0x20, buffer[end] != 0x0A {
                        if buffer[end] == 0x2F { slash = end }
                        end += 1
                    }
                    let foldedEnd = slash < 0 ? end : slash
                    var hit = query.terms.contains { equal(start, foldedEnd, $0) }
                    if !hit, slash >= 0, slash + 1 < end {
                        hit = query.terms.contains { equal(slash + 1, end, $0) }
                    }
                    if !hit { hit = query.prefixes.contains { startsWith(start, foldedEnd, $0) } }
                    marked.append(hit)
                    if hit, !matched.contains(where: { equal(start, foldedEnd, Array(buffer[$0])) }) {
                        matched.append(start..<foldedEnd)
                    }
                    index = end
                }
                // The line break before the next sentence.
                index += 1
                if !body(Sentence(text: text, position: position, marked: marked, score: matched.count)) { return }
            }
        }
    }
}
