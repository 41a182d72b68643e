import FixdeskContent
import FixdeskIndex

extension ArticleDocument {
    /// The document of an article read from `index`, with the addresses of its translations there: what
    /// `show --json`, the HTTP API and the MCP tool give, and what the site writes for the same article.
    public init(_ article: IndexedArticle, in index: KnowledgeIndex) throws {
        self.init(article, translations: try index.translations(of: article.id), site: index.settings.site)
    }
}
