import FixdeskIndex

/// `show --json`: the article with its steps.
struct ArticleJSON: Encodable {
    var id: String
    var lang: String
    var title: String
    var summary: String
    var section: String
    var codes: [String]
    var errors: [String]
    var steps: [String]
    var tags: [String]
    var updated: String
    var url: String
    var href: String
    var path: String
    var body: String

    init(_ article: IndexedArticle, href: String) {
        id = article.id
        lang = article.language
        title = article.title
        summary = article.summary
        section = article.section
        codes = article.codes
        errors = article.errors
        steps = article.steps
        tags = article.tags
        updated = article.updated
        url = article.url
        self.href = href
        path = article.path
        body = article.bodyText
    }
}

/// `search --json`: `{"results": [{"id", "lang", "title", "codes", "snippet", "url", "path"}]}`.
struct SearchJSON: Encodable {
    struct Result: Encodable {
        var id: String
        var lang: String
        var title: String
        var codes: [String]
        var snippet: String
        var url: String
        var href: String
        var path: String
    }

    var results: [Result]

    init(_ results: [SearchResult], href: (IndexedArticle) -> String) {
        self.results = results.map {
            Result(id: $0.article.id, lang: $0.article.language, title: $0.article.title, codes: $0.article.codes,
                   snippet: $0.snippet, url: $0.article.url, href: href($0.article), path: $0.article.path)
        }
    }
}
