import FixdeskAnalysis

/// The analysed terms of an article's title and of each of its literal error texts, as the matcher
/// compares pastes with them (`AnalyzerSet.terms(in:language:)`): worked out once when the article is
/// indexed rather than in every process that matches a paste.
///
/// Stored as text (`articles.literal_terms`): the title's terms on the first line, then one line per
/// error text in the article's order, each line its terms separated by single spaces (a line is empty
/// when its text has no terms). Terms never hold a space or a line break, since the tokenizer splits there.
public struct LiteralTerms: Sendable, Equatable {
    public var title: [String]
    /// One list per literal error text, in the article's order.
    public var errors: [[String]]

    public init(title: [String], errors: [[String]]) {
        self.title = title
        self.errors = errors
    }

    init(title: String, errors: [String], language: String, analyzers: AnalyzerSet) {
        self.title = analyzers.terms(in: title, language: language)
        self.errors = errors.map { analyzers.terms(in: $0, language: language) }
    }

    /// Reads the stored form; `errorCount` lines after the title, however many the text holds.
    public init(decoding text: String, errorCount: Int) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.split(separator: " ").map(String.init)
        }
        if lines.count < errorCount + 1 { lines += Array(repeating: [], count: errorCount + 1 - lines.count) }
        title = lines[0]
        errors = Array(lines.dropFirst().prefix(errorCount))
    }

    var encoded: String {
        ([title] + errors).map { $0.joined(separator: " ") }.joined(separator: "\n")
    }
}
