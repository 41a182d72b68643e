/// Translations older than their source: each translation's `translation_of` names the version of the
/// other language it follows, and an edit to that article since makes it a warning (the translation
/// still serves, it just says less or other than the source now does).
struct TranslationLinter {
    var site: SiteSettings

    struct Result {
        var warnings: [Diagnostic] = []
        /// Translations that record no version: reported as one count, not file by file.
        var unrecorded = 0
    }

    func check(_ articles: [ParsedArticle]) -> Result {
        var byKey: [String: ParsedArticle] = [:]
        for item in articles where !item.article.id.isEmpty {
            byKey[Self.key(item.article.language, item.article.id)] = byKey[Self.key(item.article.language, item.article.id)] ?? item
        }
        var result = Result()
        for item in articles.sorted(by: { $0.relativePath < $1.relativePath }) where !item.article.id.isEmpty {
            let article = item.article
            guard let record = item.references.translation else {
                // Without a record, an article outside the default language is taken for the translation,
                // unless its default-language counterpart records that it follows this one.
                if article.language != site.defaultLanguage,
                   let original = byKey[Self.key(site.defaultLanguage, article.id)],
                   original.references.translation?.language != article.language {
                    result.unrecorded += 1
                }
                continue
            }
            guard record.language != article.language else {
                result.warnings.append(Diagnostic(path: article.path, line: record.line,
                                                  message: "translation_of names the article's own language '\(record.language)'"))
                continue
            }
            guard let source = byKey[Self.key(record.language, article.id)] else {
                result.warnings.append(Diagnostic(path: article.path, line: record.line,
                                                  message: "translation_of names '\(record.language)', which has no article '\(article.id)'"))
                continue
            }
            let current = TranslationRecord.version(of: source.article)
            if current != record.version {
                result.warnings.append(Diagnostic(
                    path: article.path, line: record.line,
                    message: "stale translation: \(source.article.path) changed since this translation (version \(record.version), now \(current)); update this article, then run `fixdesk lint --mark-translated \(article.path)`"))
            }
        }
        return result
    }

    private static func key(_ language: String, _ id: String) -> String { language + "/" + id }
}
