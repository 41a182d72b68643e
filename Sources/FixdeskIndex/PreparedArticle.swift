import FixdeskAnalysis
import FixdeskContent

/// What the index stores of one article, with its fields already analysed into index terms and its
/// lists encoded: the work that can run on any core. Only what the rows need is kept, so that the
/// thread that writes them has little to release.
struct PreparedArticle {
    var path, id, language, section, slug, title, summary, bodyText, updated: String
    /// The codes as the `codes` table keys them (lowercased).
    var codeKeys: [String]
    /// The analysed text of title, errors, codes, summary and body, in `IndexSchema`'s column order.
    var fields: [String]
    var encodedCodes: String
    var encodedErrors: String
    var encodedSteps: String
    var encodedTags: String
    /// What `match` compares pastes with, see `MatchProfile`.
    var matchData: String

    /// Receives each index term of an article in column order, with its column and, when the analyzer
    /// numbered the word, a key that comes with the same term each time the analyzer meets the word
    /// again (see `AnalysedWord.number`), so that the term need not be looked up again.
    typealias TermHandler = (_ term: String, _ column: Int, _ key: Int32?) -> Void

    static func prepare(_ article: Article, analyzers: AnalyzerSet, onTerm: TermHandler) -> PreparedArticle {
        let language = article.language
        let analyzer = analyzers.analyzer(for: language)
        var fields = [String](repeating: "", count: IndexSchema.fieldWeights.count)
        func add(_ term: String, column: Int, key: Int32?) {
            if !fields[column].isEmpty { fields[column].append(" ") }
            fields[column].append(term)
            onTerm(term, column, key)
        }
        /// Indexes `text` into `column`; returns its plain terms (`TextAnalyzer.terms(in:)`) when asked.
        func index(_ text: String, into column: Int, plain wantsPlain: Bool = false) -> [String] {
            var plain: [String] = []
            guard let analyzer else {
                for term in analyzers.indexTerms(in: text, language: language) { add(term, column: column, key: nil) }
                return wantsPlain ? analyzers.terms(in: text, language: language) : []
            }
            analyzer.forEachWord(in: text) { word in
                if wantsPlain { plain.append(word.term) }
                add(word.term, column: column, key: word.number.map { $0 * 2 })
                if let surface = word.surface { add(surface, column: column, key: word.number.map { $0 * 2 + 1 }) }
            }
            return plain
        }
        let titleTerms = index(article.title, into: 0, plain: true)
        let errorTerms = article.errors.map { index($0, into: 1, plain: true) }
        for code in article.codes {
            for term in [ErrorCode.provider(of: code), ErrorCode.value(of: code).lowercased()].compactMap({ $0 }) {
                add(term, column: 2, key: nil)
            }
        }
        _ = index(article.summary, into: 3)
        // Tags and body are one column; a line break parts them, as it parts any two words.
        _ = index(article.tags.joined(separator: " "), into: 4)
        _ = index(article.bodyText, into: 4)
        return PreparedArticle(
            path: article.path, id: article.id, language: language, section: article.section, slug: article.slug,
            title: article.title, summary: article.summary, bodyText: article.bodyText, updated: article.updated,
            codeKeys: article.codes.map { $0.lowercased() }, fields: fields,
            encodedCodes: ListCoding.encode(article.codes), encodedErrors: ListCoding.encode(article.errors),
            encodedSteps: ListCoding.encode(article.steps), encodedTags: ListCoding.encode(article.tags),
            matchData: MatchProfile.encode(titleTerms: titleTerms, errors: article.errors, errorTerms: errorTerms))
    }
}
