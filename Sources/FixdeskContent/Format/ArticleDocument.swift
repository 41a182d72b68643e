/// One article as the JSON document every front end gives: `show --json`, `GET /api/v1/articles/{id}`,
/// the MCP tool and the site's `api/<lang>/<id>.json`. One type, so that they cannot drift apart.
///
/// `url` is the page inside the site (`en/messaging/x/`), `href` its public address under the site's
/// `base_url`, `translations` the public address of each language's version (this one included),
/// `body` the article's text without Markdown.
public struct ArticleDocument: Codable, Equatable, Sendable {
    public var id: String
    public var lang: String
    public var title: String
    public var summary: String
    public var section: String
    public var codes: [String]
    public var errors: [String]
    public var steps: [String]
    public var tags: [String]
    public var related: [String]
    public var updated: String
    public var url: String
    public var href: String
    public var path: String
    public var body: String
    /// Language code → public address of the article in that language.
    public var translations: [String: String]

    /// The document of `article`, whose versions in every language are `translations`.
    public init<Source: ArticleDocumentSource>(_ article: Source, translations: [Source], site: SiteSettings) {
        id = article.id
        lang = article.language
        title = article.title
        summary = article.summary
        section = article.section
        codes = article.codes
        errors = article.errors
        steps = article.steps
        tags = article.tags
        related = article.related
        updated = article.updated
        url = article.url
        href = site.address(of: article.url)
        path = article.path
        body = article.bodyText
        self.translations = Dictionary(translations.map { ($0.language, site.address(of: $0.url)) }, uniquingKeysWith: { first, _ in first })
    }
}

/// What an article document is made of, whether the article was read from its file (`Article`, for the
/// site) or from the index (for the commands and the server).
public protocol ArticleDocumentSource {
    var id: String { get }
    var language: String { get }
    var title: String { get }
    var summary: String { get }
    var section: String { get }
    var codes: [String] { get }
    var errors: [String] { get }
    var steps: [String] { get }
    var tags: [String] { get }
    var related: [String] { get }
    var updated: String { get }
    /// The page inside the site, e.g. `en/messaging/whatsapp-24-hour-window/`.
    var url: String { get }
    var path: String { get }
    var bodyText: String { get }
}

extension Article: ArticleDocumentSource {}
