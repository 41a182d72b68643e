/// One article in one language, as read from `content/<lang>/<section>/<slug>.md`.
public struct Article: Sendable, Equatable {
    /// The translation key shared by all languages of the article.
    public var id: String
    public var language: String
    public var section: String
    public var slug: String
    public var title: String
    public var summary: String
    /// Error codes: bare numbers are Meta's, others are `provider:code`.
    public var codes: [String]
    /// The literal error texts users paste.
    public var errors: [String]
    public var tags: [String]
    /// Ids of related articles.
    public var related: [String]
    /// The public pages the article's facts come from.
    public var sources: [String]
    /// `YYYY-MM-DD`.
    public var updated: String
    /// The fix steps: the ordered list under the fix heading, as plain text.
    public var steps: [String]
    /// The Markdown body after the front matter.
    public var body: String
    /// The body as plain text, for the index.
    public var bodyText: String
    /// The body as the site shows it, rendered when the whole catalog is loaded for a site
    /// (`ContentLoader.load(renderingBodies: true)`), from the parse the steps and plain text came from; nil otherwise.
    public var renderedBody: RenderedBody?
    /// The file, relative to the content folder's parent (`content/en/messaging/x.md`).
    public var path: String

    /// The site path of the article, e.g. `en/messaging/whatsapp-24-hour-window/`.
    public var url: String { "\(language)/\(section)/\(slug)/" }

    public init(id: String, language: String, section: String, slug: String, title: String, summary: String,
                codes: [String], errors: [String], tags: [String], related: [String], sources: [String] = [], updated: String,
                steps: [String], body: String, bodyText: String, path: String, renderedBody: RenderedBody? = nil) {
        self.id = id
        self.language = language
        self.section = section
        self.slug = slug
        self.title = title
        self.summary = summary
        self.codes = codes
        self.errors = errors
        self.tags = tags
        self.related = related
        self.sources = sources
        self.updated = updated
        self.steps = steps
        self.body = body
        self.bodyText = bodyText
        self.path = path
        self.renderedBody = renderedBody
    }
}
