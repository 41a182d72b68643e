import Foundation
import FixdeskIndex
import FixdeskMatch
import FixdeskService

/// The JSON documents of `match --json`, `search --json` and `show --json`, byte for byte, for
/// the front ends that answer the same questions (`serve`, `mcp`).
struct CommandDocuments: AnswerDocuments {
    func match(_ report: MatchReport) throws -> Data {
        try Console.jsonLine(MatchJSON(report))
    }

    func search(_ results: [SearchResult]) throws -> Data {
        try Console.jsonLine(SearchJSON(results))
    }

    func article(_ article: IndexedArticle) throws -> Data {
        try Console.jsonLine(ArticleJSON(article))
    }
}
