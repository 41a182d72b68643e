import Foundation
import FixdeskContent

/// The static JSON file of one article for integrations: `api/<lang>/<id>.json`.
///
/// Shaped like `fixdesk show --json`, with absolute addresses and the translations.
struct ArticleRecord: Encodable {
    var id: String
    var lang: String
    var title: String
    var summary: String
    var section: String
    var codes: [String]
    var errors: [String]
    var steps: [String]
    var tags: [String]
    var related: [String]
    var updated: String
    var url: String
    /// Language code → address of the article in that language.
    var translations: [String: String]

    init(_ article: Article, url: String, translations: [String: String]) {
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
        self.url = url
        self.translations = translations
    }

    func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return ((try? encoder.encode(self)) ?? Data()) + Data("\n".utf8)
    }
}
