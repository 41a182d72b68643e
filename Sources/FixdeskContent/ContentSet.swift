/// Everything read from a content folder: settings, languages and articles, with the problems found.
public struct ContentSet: Sendable {
    public var site: SiteSettings
    /// Settings per language code, for every language of `site.languages` that has them.
    public var languages: [String: LanguageSettings]
    /// Articles sorted by language, then path.
    public var articles: [Article]
    /// Problems, sorted by file and line; empty for clean content.
    public var diagnostics: [Diagnostic]
    /// The languages pastes may come in without articles of their own (`_lexicon/`).
    public var lexicons: [PasteLexicon] = []
    /// What lint reports without failing: translations older than their source.
    public var warnings: [Diagnostic] = []
    /// Translations that record no version of their source (`translation_of`), counted once.
    public var unrecordedTranslations = 0

    public init(site: SiteSettings, languages: [String: LanguageSettings], articles: [Article], diagnostics: [Diagnostic]) {
        self.site = site
        self.languages = languages
        self.articles = articles
        self.diagnostics = diagnostics
    }

    /// The article with `id` in `language`, if written.
    public func article(id: String, language: String) -> Article? {
        articles.first { $0.id == id && $0.language == language }
    }
}
