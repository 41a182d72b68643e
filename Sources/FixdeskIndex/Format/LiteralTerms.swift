import FixdeskAnalysis

/// An article's title and literal error texts as the matcher compares pastes with them, worked out once
/// when the article is indexed rather than in every process that matches a paste: the title's analysed
/// terms (`AnalyzerSet.terms(in:language:)`), and each error text normalized (`LiteralText.normalize`)
/// with its analysed terms.
///
/// Stored as text (`articles.literal_terms`): the title's terms on the first line, then one line per
/// error text in the article's order, its normalized text, a tab, and its terms. Terms are separated by
/// single spaces; none holds a space, a tab or a line break, since the tokenizer splits there, and a
/// normalized text holds only letters, digits and single spaces.
public struct LiteralTerms: Sendable, Equatable {
    public struct Literal: Sendable, Equatable {
        public var normalized: String
        public var terms: [String]

        public init(normalized: String, terms: [String]) {
            self.normalized = normalized
            self.terms = terms
        }
    }

    public var title: [String]
    /// One per literal error text, in the article's order.
    public var errors: [Literal]

    public init(title: [String], errors: [Literal]) {
        self.title = title
        self.errors = errors
    }

    init(title: String, errors: [String], language: String, analyzers: AnalyzerSet) {
        self.title = analyzers.terms(in: title, language: language)
        self.errors = errors.map {
            Literal(normalized: LiteralText.normalize($0), terms: analyzers.terms(in: $0, language: language))
        }
    }

    /// Reads the stored form: the title and `errorCount` error texts, however many lines the text holds.
    /// Split by byte in the string's own storage, since splitting a `String` compares `Character`s and
    /// copying it byte by byte into arrays of lines cost more than the rest.
    public init(decoding text: String, errorCount: Int) {
        var text = text
        (title, errors) = text.withUTF8 { bytes in
            let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
            let errors = (0..<errorCount).map { position in
                guard position + 1 < lines.count else { return Literal(normalized: "", terms: []) }
                let line = lines[position + 1]
                let tab = line.firstIndex(of: 0x09) ?? line.endIndex
                let terms = tab < line.endIndex ? Self.words(line[(tab + 1)...]) : []
                return Literal(normalized: String(decoding: line[..<tab], as: UTF8.self), terms: terms)
            }
            return (Self.words(lines.first ?? bytes[...]), errors)
        }
    }

    private static func words(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> [String] {
        bytes.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
    }

    var encoded: String {
        ([title.joined(separator: " ")] + errors.map { $0.normalized + "\t" + $0.terms.joined(separator: " ") })
            .joined(separator: "\n")
    }
}
