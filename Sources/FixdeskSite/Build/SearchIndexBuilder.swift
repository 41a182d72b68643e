import Foundation
import FixdeskAnalysis
import FixdeskContent

/// The compact search index of one language for the browser: `<lang>/search-index.js`.
///
/// It is a script that sets `window.FIXDESK_INDEX`, not a JSON file, because browsers refuse to
/// fetch files from `file://`. Terms come from the same analysis as the command line (Turkish
/// casing, folding, apostrophe suffixes, Snowball stems next to the folded surface words), so
/// the browser only has to fold the query and compare.
struct SearchIndexBuilder {
    let catalog: SiteCatalog
    let language: String

    struct Entry: Encodable {
        var id: String
        var title: String
        var summary: String
        var url: String
        var codes: [String]
        var errors: [String]
        /// The numbered fix steps, shown under a paste's answer.
        var steps: [String]
        /// Terms of the title, error texts, summary, tags and body.
        var t: String, e: String, s: String, k: String, b: String
    }

    struct Index: Encodable {
        var lang: String
        var stopWords: [String]
        var articles: [Entry]
        /// Every language's synonym groups, each member as its terms (`LanguageSettings.synonymTerms`):
        /// the browser widens a query's words to their groups as `search` does.
        var synonyms: [[[String]]]
        /// For each member of those groups that has several terms (joined by a space), the articles whose text
        /// has them next to each other, as `[article, field mask, …]` like the term postings: the postings have
        /// no positions, and `search` looks for such a member as a phrase.
        var phrases: [String: [Int]]
    }

    func javaScript() -> String {
        let settings = catalog.content.languages[language]
        let profile = settings?.profile ?? LanguageProfile(code: language, stemmer: nil, stopWords: [])
        var analyzers: [String: TextAnalyzer] = [:]
        for code in catalog.languages {
            let other = catalog.content.languages[code]?.profile ?? LanguageProfile(code: code, stemmer: nil, stopWords: [])
            analyzers[code] = try? TextAnalyzer(profile: other)
        }
        guard analyzers[language] != nil else { return "window.FIXDESK_INDEX = null;\n" }
        func terms(_ texts: [String], in code: String = language) -> [String] {
            texts.flatMap { analyzers[code]?.indexTerms(in: $0) ?? [] }
        }
        func joined(_ terms: [String]) -> String {
            var seen = Set<String>()
            return terms.filter { seen.insert($0).inserted }.joined(separator: " ")
        }
        let languageRoot = "\(language)/"
        let entries = catalog.articles(language: language).map { article in
            // Agents paste errors as their tools show them and describe them in their own language,
            // often not the page's: every translation's literal texts are searchable here too, and
            // its title, summary and tags count as the article's tags.
            var errors = article.errors
            var errorTerms = terms(article.errors)
            var tagTerms = terms(article.tags)
            for code in catalog.languages where code != language {
                guard let translation = catalog.article(id: article.id, language: code) else { continue }
                let extra = translation.errors.filter { !errors.contains($0) }
                errors += extra
                errorTerms += terms(extra, in: code)
                tagTerms += terms([translation.title, translation.summary] + translation.tags, in: code)
            }
            return Entry(id: article.id, title: article.title, summary: article.summary,
                         url: String(SitePaths.article(article).dropFirst(languageRoot.count)),
                         codes: article.codes, errors: errors, steps: article.steps,
                         t: joined(terms([article.title])), e: joined(errorTerms),
                         s: joined(terms([article.summary])), k: joined(tagTerms), b: joined(terms([article.bodyText])))
        }
        let stopWords = Set(profile.stopWords.map { TextFolding.fold(TextFolding.lowercase($0, language: language)) }).sorted()
        let synonyms = LanguageSettings.synonymTerms(of: catalog.content.languages) { text, code in
            analyzers[code]?.terms(in: text) ?? []
        }
        let articles = catalog.articles(language: language)
        let phrases = PhrasePostings(members: synonyms.joined().filter { $0.count > 1 }).postings(
            of: articles.map { [[$0.title], $0.errors, [$0.summary], $0.tags, [$0.bodyText]] }) { analyzers[language]?.terms(in: $0) ?? [] }
        let index = Index(lang: language, stopWords: stopWords, articles: entries, synonyms: synonyms, phrases: phrases)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = (try? encoder.encode(index)).map { String(decoding: $0, as: UTF8.self) } ?? "null"
        return "window.FIXDESK_INDEX = \(json);\n"
    }
}
