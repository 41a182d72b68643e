import FixdeskAnalysis
import FixdeskContent

/// The content arranged for the site: articles by language, section and id, and code owners.
struct SiteCatalog {
    let content: ContentSet
    private let articlesByLanguage: [String: [Article]]
    private let articlesByID: [String: [String: Article]]
    private let articlesBySection: [String: [String: [Article]]]
    private let codeOwners: [String: [String: Article]]
    private let articlesByRelativePath: [String: Article]
    private let sortedCodes: [String: [String]]

    init(content: ContentSet) {
        self.content = content
        var byLanguage: [String: [Article]] = [:]
        var byID: [String: [String: Article]] = [:]
        var bySection: [String: [String: [Article]]] = [:]
        var owners: [String: [String: Article]] = [:]
        for article in content.articles {
            byLanguage[article.language, default: []].append(article)
            byID[article.id, default: [:]][article.language] = article
            bySection[article.language, default: [:]][article.section, default: []].append(article)
            for code in article.codes where owners[article.language]?[code] == nil {
                owners[article.language, default: [:]][code] = article
            }
        }
        // Sort keys are computed once per article, not once per comparison.
        func sortedByTitle(_ articles: [Article]) -> [Article] {
            articles.map { (key: Self.sortKey($0.title, $0.language), article: $0) }
                .sorted { $0.key != $1.key ? $0.key < $1.key : $0.article.id < $1.article.id }
                .map(\.article)
        }
        articlesByLanguage = byLanguage.mapValues(sortedByTitle)
        articlesBySection = bySection.mapValues { $0.mapValues(sortedByTitle) }
        articlesByID = byID
        codeOwners = owners
        sortedCodes = owners.mapValues { owned in
            owned.keys.map { (key: Self.codeSortKey($0), code: $0) }.sorted { $0.key < $1.key }.map(\.code)
        }
        articlesByRelativePath = Dictionary(content.articles.map { ($0.relativePath, $0) }) { first, _ in first }
    }

    var languages: [String] { content.site.languages }

    func articles(language: String) -> [Article] { articlesByLanguage[language] ?? [] }

    func articles(in section: String, language: String) -> [Article] { articlesBySection[language]?[section] ?? [] }

    func article(id: String, language: String) -> Article? { articlesByID[id]?[language] }

    /// The article written in `en/messaging/x.md`, for links between articles.
    func article(atRelativePath path: String) -> Article? { articlesByRelativePath[path] }

    func owner(of code: String, language: String) -> Article? { codeOwners[language]?[code] }

    /// The codes claimed in `language`: Meta's numbers in numeric order, then providers' codes.
    func codes(language: String) -> [String] { sortedCodes[language] ?? [] }

    /// Sections in the configured order, then any others alphabetically.
    func sections(language: String) -> [String] {
        let present = Set((articlesBySection[language] ?? [:]).keys)
        let configured = content.site.sections.filter(present.contains)
        return configured + present.subtracting(configured).sorted()
    }

    /// Meta's codes first, by number (a range by its first code), then providers' codes by name.
    static func codeSortKey(_ code: String) -> SortKey {
        if ErrorCode.provider(of: code) == nil {
            return SortKey(group: 0, number: ErrorCode.range(code)?.lowerBound ?? Int(code) ?? 0, text: code)
        }
        return SortKey(group: 1, number: 0, text: code)
    }

    struct SortKey: Comparable {
        var group: Int
        var number: Int
        var text: String

        static func < (left: SortKey, right: SortKey) -> Bool {
            (left.group, left.number, left.text) < (right.group, right.number, right.text)
        }
    }

    /// A deterministic, case- and accent-insensitive sort key.
    static func sortKey(_ text: String, _ language: String) -> String {
        TextFolding.fold(TextFolding.lowercase(text, language: language))
    }
}
