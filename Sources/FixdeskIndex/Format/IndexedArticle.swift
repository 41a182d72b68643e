import FixdeskContent

/// An article as stored in the index: all that `match`, `search` and `show --json` print.
public struct IndexedArticle: Sendable, Equatable, ArticleDocumentSource {
    public var rowID: Int64
    public var id: String
    public var language: String
    public var section: String
    public var slug: String
    public var title: String
    public var summary: String
    public var codes: [String]
    public var errors: [String]
    public var steps: [String]
    public var tags: [String]
    public var bodyText: String
    public var updated: String
    public var path: String
    /// Ids of related articles.
    public var related: [String]

    public var url: String { "\(language)/\(section)/\(slug)/" }
}
