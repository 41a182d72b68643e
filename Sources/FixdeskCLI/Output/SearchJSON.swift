import FixdeskIndex

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
