import Foundation
import FixdeskAnalysis
import FixdeskContent
import FixdeskMatch

/// `assets/match-rules.js`: what the paste box needs to run the command line's matcher in the browser.
///
/// The matcher's tables and numbers come from `BrowserRules` (its own constants); the content's part is what the
/// matcher compares pastes with: each translation's match profile (the index's columns of terms, literal error
/// texts and title terms, in row order), every language's stop words and synonym groups, the paste lexicons,
/// the subject markers, and the stems the site's stemmers give the content's words, since the browser has no
/// stemmer of its own. Loaded only by the pages with a paste box.
struct MatchRulesBuilder {
    let catalog: SiteCatalog

    static let path = "assets/match-rules.js"

    struct Profile: Encodable {
        var id: String
        var lang: String
        /// Title terms (`TextAnalyzer.terms(in:)`), for how much of the title a paste covers.
        var title: [String]
        /// Each literal error text normalized (`LiteralText`), a tab, its terms without numbers.
        var errors: [String]
        /// The index's columns: title, errors, codes, summary, tags and body; index terms separated by spaces.
        var columns: [String]
    }

    struct Lexicon: Encodable {
        var code: String
        var table: String
    }

    struct Rules: Encodable {
        var matcher: BrowserRules
        var languages: [String]
        var defaultLanguage: String
        var subject: SubjectMarkers
        var stopWords: [String: [String]]
        /// Each language's synonym groups, members normalized as literal texts are.
        var synonyms: [String: [[String]]]
        var lexicons: [Lexicon]
        /// Per language, lines of `word<TAB>stem` for the content's words whose stem is not the word folded.
        var stems: [String: String]
        var profiles: [Profile]
    }

    func javaScript() -> String {
        let content = catalog.content
        let languages = catalog.languages
        var analyzers: [String: TextAnalyzer] = [:]
        for code in languages {
            if let profile = content.languages[code]?.profile { analyzers[code] = try? TextAnalyzer(profile: profile) }
        }
        let namespaces = Set(content.articles.flatMap(\.codes).compactMap(ErrorCode.provider(of:)).map { $0.lowercased() })
        let ordered = languages.sorted()
        let rules = Rules(
            matcher: BrowserRules(namespaces: namespaces), languages: ordered, defaultLanguage: content.site.defaultLanguage,
            subject: content.site.subject,
            stopWords: Dictionary(uniqueKeysWithValues: ordered.map { code in
                (code, Set((content.languages[code]?.stopWords ?? []).map { TextFolding.fold(TextFolding.lowercase($0, language: code)) }).sorted())
            }),
            synonyms: Dictionary(uniqueKeysWithValues: ordered.map { code in
                (code, (content.languages[code]?.synonyms ?? []).map { $0.map(LiteralText.normalize) })
            }),
            lexicons: content.lexicons.map { Lexicon(code: $0.code, table: $0.table) },
            stems: stems(analyzers: analyzers),
            profiles: content.articles.map { profile(of: $0, analyzer: analyzers[$0.language]) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = (try? encoder.encode(rules)).map { String(decoding: $0, as: UTF8.self) } ?? "null"
        return "window.FIXDESK_MATCH = \(json);\n"
    }

    /// The article as the matcher compares pastes with it: the index's columns as `PreparedArticle` writes them,
    /// the title's terms and each literal error text as `MatchProfile` holds them.
    private func profile(of article: Article, analyzer: TextAnalyzer?) -> Profile {
        func indexTerms(_ text: String) -> [String] { analyzer?.indexTerms(in: text) ?? [] }
        let errors = article.errors.map { error in
            let literal = ErrorLiteral(error, analysedTerms: analyzer?.terms(in: error) ?? [])
            return literal.normalized + "\t" + literal.terms.joined(separator: " ")
        }
        let codes = article.codes.flatMap { code in
            [ErrorCode.provider(of: code), ErrorCode.value(of: code).lowercased()].compactMap { $0 }
        }
        let columns = [indexTerms(article.title), article.errors.flatMap(indexTerms), codes, indexTerms(article.summary),
                       indexTerms(article.tags.joined(separator: " ")) + indexTerms(article.bodyText)]
        return Profile(id: article.id, lang: article.language, title: analyzer?.terms(in: article.title) ?? [],
                       errors: errors, columns: columns.map { $0.joined(separator: " ") })
    }

    /// For each language, the stem of every word a paste may share with the content (its articles, lexicons'
    /// English words and synonyms), where the stem differs from the word folded.
    private func stems(analyzers: [String: TextAnalyzer]) -> [String: String] {
        let content = catalog.content
        var texts = content.articles.flatMap { [$0.title, $0.summary, $0.bodyText] + $0.errors + $0.tags }
        texts += content.lexicons.flatMap { $0.table.split(separator: "\n").compactMap { $0.split(separator: "\t").last.map(String.init) } }
        texts += content.languages.values.flatMap { $0.synonyms.joined() }
        var result: [String: String] = [:]
        for (code, analyzer) in analyzers {
            var stems: [String: String] = [:]
            for text in texts {
                for token in Tokenizer.tokens(in: text, language: code) where !token.isNumber && stems[token.text] == nil {
                    guard let term = analyzer.term(for: token) else { continue }
                    stems[token.text] = term
                }
            }
            result[code] = stems.filter { $0.value != TextFolding.fold($0.key) }.sorted { $0.key < $1.key }
                .map { "\($0.key)\t\($0.value)" }.joined(separator: "\n")
        }
        return result
    }
}
