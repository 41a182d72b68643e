import Foundation
import FixdeskContent
import FixdeskIndex
import FixdeskMatch
import FixdeskService

/// The JSON documents of `match --json` and `search --json`, byte for byte, for
/// the front ends that answer the same questions (`serve`, `mcp`).
package struct CommandDocuments: AnswerDocuments {
    package init() {}

    package func match(_ report: MatchReport, settings: ContentLoader.Settings) throws -> Data {
        try JSONDocument.encode(MatchJSON(report, matches: report.matches, text: CLIText(settings.languages[report.language]),
                                       href: { PublicAddress.of($0.article, site: settings.site) }))
    }

    package func search(_ results: [SearchResult], settings: ContentLoader.Settings) throws -> Data {
        try JSONDocument.encode(SearchJSON(results) { PublicAddress.of($0, site: settings.site) })
    }
}

/// The address an agent can send a customer: the article's page under the site's `base_url`.
enum PublicAddress {
    static func of(_ article: IndexedArticle, site: SiteSettings) -> String {
        site.address(of: article.url)
    }
}
