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
        func byTitle(_ left: Article, _ right: Article) -> Bool {
            let (a, b) = (Self.sortKey(left.title, left.language), Self.sortKey(right.title, right.language))
            return a != b ? a < b : left.id < right.id
        }
        articlesByLanguage = byLanguage.mapValues { $0.sorted(by: byTitle) }
        articlesBySection = bySection.mapValues { $0.mapValues { $0.sorted(by: byTitle) } }
        articlesByID = byID
        codeOwners = owners
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
    func codes(language: String) -> [String] {
        (codeOwners[language] ?? [:]).keys.sorted(by: Self.codeOrder)
    }

    /// Sections in the configured order, then any others alphabetically.
    func sections(language: String) -> [String] {
        let present = Set((articlesBySection[language] ?? [:]).keys)
        let configured = content.site.sections.filter(present.contains)
        return configured + present.subtracting(configured).sorted()
    }

    static func codeOrder(_ left: String, _ right: String) -> Bool {
        func key(_ code: String) -> (Int, Int, String) {
            if ErrorCode.provider(of: code) == nil {
                let low = ErrorCode.range(code)?.lowerBound ?? Int(code) ?? 0
                return (0, low, code)
            }
            return (1, 0, code)
        }
        return key(left) < key(right)
    }

    /// A deterministic, case- and accent-insensitive sort key.
    static func sortKey(_ text: String, _ language: String) -> String {
        TextFolding.fold(TextFolding.lowercase(text, language: language))
    }
}
