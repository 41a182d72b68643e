import FixdeskAnalysis

/// The checks that need the whole catalog: ids per language, translations, codes, error texts, links,
/// related ids and each language's terminology.
struct ContentLinter {
    var site: SiteSettings
    var languages: [String: LanguageSettings]
    /// Each language's terminology list, for the languages that have one.
    var terms: [String: Terminology] = [:]

    func check(_ articles: [ParsedArticle]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let byLanguage = Dictionary(grouping: articles, by: \.article.language)
        let knownPaths = Set(articles.map(\.relativePath))

        var idsByLanguage: [String: [String: ParsedArticle]] = [:]
        for (language, items) in byLanguage {
            var seen: [String: ParsedArticle] = [:]
            for item in items.sorted(by: { $0.relativePath < $1.relativePath }) where !item.article.id.isEmpty {
                if let first = seen[item.article.id] {
                    diagnostics.append(Diagnostic(path: item.article.path, line: item.references.idLine,
                                                  message: "id '\(item.article.id)' is already used by \(first.article.path)"))
                } else {
                    seen[item.article.id] = item
                }
            }
            idsByLanguage[language] = seen
        }

        // Every id in every configured language, with the same codes.
        let allIDs = Set(articles.map(\.article.id)).subtracting([""])
        for id in allIDs.sorted() {
            let present = site.languages.compactMap { idsByLanguage[$0]?[id] }
            guard let reference = present.first else { continue }
            for language in site.languages where languages[language] != nil && idsByLanguage[language]?[id] == nil {
                diagnostics.append(Diagnostic(
                    path: reference.article.path, line: reference.references.idLine,
                    message: "article '\(id)' has no '\(language)' translation (expected \(language)/\(reference.article.section)/\(reference.article.slug).md)"))
            }
            for other in present.dropFirst() where Set(other.article.codes) != Set(reference.article.codes) {
                diagnostics.append(Diagnostic(
                    path: other.article.path, line: other.references.codeLines.values.min() ?? other.references.idLine,
                    message: "codes differ from the translation \(reference.article.path): translations must list the same codes"))
            }
        }

        for (language, items) in byLanguage {
            // Each code belongs to one article.
            var owners: [String: ParsedArticle] = [:]
            for item in items.sorted(by: { $0.relativePath < $1.relativePath }) {
                for code in item.article.codes {
                    if let owner = owners[code], owner.article.id != item.article.id {
                        diagnostics.append(Diagnostic(path: item.article.path, line: item.references.codeLines[code],
                                                      message: "code '\(code)' is already claimed by \(owner.article.path)"))
                    } else {
                        owners[code] = item
                    }
                }
            }
            diagnostics += errorTextsClaimedTwice(items, language: language)
            if let terminology = terms[language] {
                for item in items { diagnostics += terminologyProblems(item, terminology) }
            }
            let ids = idsByLanguage[language] ?? [:]
            for item in items {
                let article = item.article
                if !site.sections.contains(article.section) {
                    diagnostics.append(Diagnostic(path: article.path, line: nil,
                                                  message: "section '\(article.section)' is not listed in \(SiteSettings.fileName)"))
                } else if languages[language]?.sections[article.section] == nil {
                    diagnostics.append(Diagnostic(path: article.path, line: nil,
                                                  message: "section '\(article.section)' has no title in \(language)/\(LanguageSettings.fileName)"))
                }
                for (id, line) in item.references.related where ids[id] == nil {
                    diagnostics.append(Diagnostic(path: article.path, line: line,
                                                  message: "related article '\(id)' does not exist in '\(language)'"))
                }
                for (destination, line) in item.references.links {
                    if let problem = Self.problem(withLink: destination, from: item.relativePath, knownPaths: knownPaths) {
                        diagnostics.append(Diagnostic(path: article.path, line: line, message: problem))
                    }
                }
            }
        }
        return diagnostics
    }

    /// The same literal error text, compared folded, in two articles of one language: a paste of it
    /// could go to either, so it belongs to the one whose cause and fix it is.
    func errorTextsClaimedTwice(_ items: [ParsedArticle], language: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var owners: [String: ParsedArticle] = [:]
        for item in items.sorted(by: { $0.relativePath < $1.relativePath }) {
            for (index, text) in item.article.errors.enumerated() {
                let key = Self.errorTextKey(text, language: language)
                guard !key.isEmpty else { continue }
                if let owner = owners[key] {
                    if owner.article.id != item.article.id {
                        let line = index < item.references.errorLines.count ? item.references.errorLines[index] : nil
                        diagnostics.append(Diagnostic(path: item.article.path, line: line,
                                                      message: "error text '\(text)' is also claimed by \(owner.article.path): keep it in the article whose cause and fix it is"))
                    }
                } else {
                    owners[key] = item
                }
            }
        }
        return diagnostics
    }

    /// An error text as two claims of it compare: lowercased, diacritics folded, spaces collapsed.
    static func errorTextKey(_ text: String, language: String) -> String {
        TextFolding.fold(TextFolding.lowercase(text, language: language))
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Variants of the language's preferred terms in the title, summary and body, at their lines.
    func terminologyProblems(_ item: ParsedArticle, _ terminology: Terminology) -> [Diagnostic] {
        let article = item.article
        var lines = [(item.references.titleLine, ProseText.blankingLiterals(article.title)),
                     (item.references.summaryLine, ProseText.blankingLiterals(article.summary))]
        lines += ProseText.lines(ofBody: article.body, firstLine: item.references.bodyLine)
        return lines.flatMap { line, text in
            terminology.problems(in: text).map { Diagnostic(path: article.path, line: line, message: $0) }
        }
    }

    /// Why an internal link does not resolve, or nil when it does (or is external).
    static func problem(withLink destination: String, from relativePath: String, knownPaths: Set<String>) -> String? {
        let lowered = destination.lowercased()
        if destination.isEmpty { return "a link has no destination" }
        if ContentLinks.isExternal(destination) { return nil }
        if lowered.contains(":") { return "link '\(destination)' uses an unsupported scheme" }
        let target = destination.split(separator: "#", maxSplits: 1).first.map(String.init) ?? destination
        guard let resolved = resolve(target, from: relativePath) else {
            return "link '\(destination)' points outside the content folder"
        }
        if knownPaths.contains(resolved) { return nil }
        return "link '\(destination)' does not resolve to an article (looked for \(resolved))"
    }

    static func resolve(_ link: String, from relativePath: String) -> String? {
        var parts = link.hasPrefix("/") ? [] : relativePath.split(separator: "/").dropLast().map(String.init)
        for component in link.split(separator: "/") {
            switch component {
            case ".": continue
            case "..":
                if parts.isEmpty { return nil }
                parts.removeLast()
            default: parts.append(String(component))
            }
        }
        return parts.joined(separator: "/")
    }
}
