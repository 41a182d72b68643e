import FixdeskAnalysis
import FixdeskContent

/// What the index stores of one article, with its fields already analysed into index terms and its
/// lists encoded: the work that can run on any core. Only what the rows need is kept, so that the
/// thread that writes them has little to release.
struct PreparedArticle {
    var path, id, language, section, slug, title, summary, bodyText, updated: String
    /// The codes as the `codes` table keys them (lowercased).
    var codeKeys: [String]
    /// The analysed text of title, errors, codes, summary and body, in `IndexSchema`'s column order (UTF-8).
    var fields: [[UInt8]]
    var encodedCodes: String
    var encodedErrors: String
    var encodedSteps: String
    var encodedTags: String
    var encodedRelated: String
    /// The sentences' words for search's snippets (`SnippetWords`).
    var snippetWords: String
    /// The analysed terms of the title and of each literal error text (`LiteralTerms`).
    var literalTerms: String

    static func prepare(_ article: Article, analyzers: AnalyzerSet) -> PreparedArticle {
        let indexer = ColumnIndexer(language: article.language, analyzers: analyzers)
        var columns = [[UInt8]](repeating: [], count: IndexSchema.fieldWeights.count)
        for code in article.codes {
            for term in [ErrorCode.provider(of: code), ErrorCode.value(of: code).lowercased()].compactMap({ $0 }) {
                ColumnIndexer.append(term, to: &columns[2])
            }
        }
        // Tags and body are one column, tags first; a line break parts them, as it parts any two words.
        indexer.index(article.tags.joined(separator: " "), into: &columns[4])
        // The texts the snippets read, in their order, with the column each one's terms go to.
        let texts = [(article.title, 0), (article.summary, 3)] + article.errors.map { ($0, 1) } + [(article.bodyText, 4)]
        let analyzer = analyzers.analyzer(for: article.language)
        var snippetWords = SnippetWords.Writer()
        for (number, (text, column)) in texts.enumerated() {
            guard analyzer != nil else {
                indexer.index(text, into: &columns[column])
                snippetWords.forEachSentence(of: text, number: number, analyzer: nil) { _, _ in }
                continue
            }
            // One pass gives both: a word's terms are its term and, when it differs, its folded form,
            // as `TextAnalyzer.forEachWord` gives them; a stop word (no term) is left out of the column.
            // A sentence ends at a character no word holds, so its words are the text's words.
            snippetWords.forEachSentence(of: text, number: number, analyzer: analyzer) { surface, term in
                guard let term else { return }
                ColumnIndexer.append(term, to: &columns[column])
                if surface != term { ColumnIndexer.append(surface, to: &columns[column]) }
            }
        }
        return PreparedArticle(
            path: article.path, id: article.id, language: article.language, section: article.section, slug: article.slug,
            title: article.title, summary: article.summary, bodyText: article.bodyText, updated: article.updated,
            codeKeys: article.codes.map { $0.lowercased() }, fields: columns,
            encodedCodes: ListCoding.encode(article.codes), encodedErrors: ListCoding.encode(article.errors),
            encodedSteps: ListCoding.encode(article.steps), encodedTags: ListCoding.encode(article.tags),
            encodedRelated: ListCoding.encode(article.related),
            snippetWords: snippetWords.words.encoded,
            literalTerms: LiteralTerms(title: article.title, errors: article.errors, language: article.language,
                                       analyzers: analyzers).encoded)
    }
}

/// Analyses texts of one language into columns of index text: terms separated by spaces, as UTF-8.
///
/// Columns are passed `inout` rather than captured, so that no exclusivity check runs per word.
private struct ColumnIndexer {
    var language: String
    var analyzers: AnalyzerSet

    /// Appends the index terms of `text` to a column's bytes.
    func index(_ text: String, into bytes: inout [UInt8]) {
        guard let analyzer = analyzers.analyzer(for: language) else {
            for term in analyzers.indexTerms(in: text, language: language) {
                Self.append(term, to: &bytes)
            }
            return
        }
        analyzer.forEachWord(in: text) { word in
            Self.append(word.term, to: &bytes)
            if let surface = word.surface { Self.append(surface, to: &bytes) }
        }
    }

    static func append(_ term: String, to bytes: inout [UInt8]) {
        if !bytes.isEmpty { bytes.append(0x20) }
        bytes.append(contentsOf: term.utf8)
    }
}
