import Foundation
import FixdeskAnalysis
import FixdeskContent

/// Turns a content set into the files of the help-center site. Pure: no file is read or written here.
///
/// The same content and theme always give the same bytes: everything is sorted and nothing
/// depends on the clock or the machine.
public struct SiteGenerator {
    /// Interface strings every language must define for the built-in templates.
    public static let requiredStrings = [
        "home", "search", "search_placeholder", "paste_title", "paste_placeholder", "paste_button", "steps", "codes",
        "code", "all_codes", "related", "updated", "language", "no_results", "not_found_title", "not_found_text",
        "skip_to_content", "common_errors", "sections", "breadcrumbs", "error_texts", "read_article", "article",
        "choose_language", "copy_steps", "copied", "recent_pastes", "clear_recent", "filter_codes", "on_this_page",
        "articles_count",
    ]

    let catalog: SiteCatalog
    let theme: SiteTheme
    var site: SiteSettings { catalog.content.site }

    /// Checks that the content can make a site: strings present, no section on a reserved name.
    public init(content: ContentSet, theme: SiteTheme, contentDisplayPath: String) throws(FixdeskError) {
        var problems: [String] = []
        for language in content.site.languages {
            guard let settings = content.languages[language] else {
                problems.append("\(contentDisplayPath)/\(language)/_strings.yml: missing")
                continue
            }
            let missing = Self.requiredStrings.filter { settings.interface[$0] == nil }
            if !missing.isEmpty {
                problems.append("\(contentDisplayPath)/\(language)/_strings.yml: 'ui' is missing "
                                + missing.map { "'\($0)'" }.joined(separator: ", "))
            }
        }
        for section in Set(content.articles.map(\.section)).sorted() where SitePaths.reservedSectionNames.contains(section) {
            problems.append("section '\(section)' uses a name the site needs for its own pages; rename its folder")
        }
        guard problems.isEmpty else { throw FixdeskError(.content, problems.joined(separator: "\n")) }
        catalog = SiteCatalog(content: content)
        self.theme = theme
    }

    /// Every file of the site, sorted by path; pages are rendered on every core.
    public func generate() -> [SiteFile] {
        var jobs: [@Sendable () -> SiteFile] = []
        let generator = UncheckedBox(self)
        for language in catalog.languages {
            jobs.append { generator.value.homePage(language) }
            jobs.append { generator.value.searchPage(language) }
            jobs.append { generator.value.codesPage(language) }
            jobs.append { generator.value.notFoundPage(language, path: SitePaths.notFound(language)) }
            jobs.append { generator.value.searchIndex(language) }
            for section in catalog.sections(language: language) {
                jobs.append { generator.value.sectionPage(section, language: language) }
            }
            for code in catalog.codes(language: language) {
                jobs.append { generator.value.codePage(code, language: language) }
            }
            for article in catalog.articles(language: language) {
                jobs.append { generator.value.articlePage(article) }
                jobs.append { generator.value.articleJSON(article) }
            }
        }
        jobs.append { generator.value.rootPage() }
        jobs.append { generator.value.notFoundPage(generator.value.site.defaultLanguage, path: "404.html") }
        jobs.append { generator.value.sitemap() }
        jobs.append { generator.value.robots() }
        jobs.append { SiteFile(path: MatchRulesBuilder.path, text: MatchRulesBuilder(catalog: generator.value.catalog).javaScript()) }

        var result = jobs.orderedParallelMap { $0() }
        for (name, data) in theme.assets.sorted(by: { $0.key < $1.key }) {
            result.append(SiteFile(path: "assets/\(name)", contents: data))
        }
        return result.sorted { $0.path < $1.path }
    }

    // MARK: Pages

    func homePage(_ language: String) -> SiteFile {
        let path = SitePaths.home(language)
        let featured = site.commonErrors.compactMap { catalog.article(id: $0, language: language) }
        let common = featured.isEmpty ? Array(catalog.articles(language: language).filter { !$0.codes.isEmpty }.prefix(10)) : featured
        let settings = catalog.content.languages[language]
        let sections: [[String: Any]] = catalog.sections(language: language).map { key in
            var item: [String: Any] = [
                "href": link(from: path, to: SitePaths.section(key, language: language)),
                "title": settings?.sections[key]?.title ?? key,
                "count": catalog.articles(in: key, language: language).count,
                "countText": ui(language, "articles_count").replacingPlaceholders(
                    ["count": String(catalog.articles(in: key, language: language).count)]),
            ]
            if let description = settings?.sections[key]?.description, !description.isEmpty { item["description"] = description }
            return item
        }
        let body = theme.render("home", pageContext(language, path: path, [
            "common": common.map { articleItem($0, from: path) },
            "sections": sections,
        ]))
        return page(path, language: language, key: .home, title: siteTitle(language), description: nil, breadcrumbs: [], content: body)
    }

    func sectionPage(_ key: String, language: String) -> SiteFile {
        let path = SitePaths.section(key, language: language)
        let settings = catalog.content.languages[language]?.sections[key]
        let title = settings?.title ?? key
        var context: [String: Any] = [
            "title": title,
            "articles": catalog.articles(in: key, language: language).map { articleItem($0, from: path) },
        ]
        if let description = settings?.description, !description.isEmpty { context["description"] = description }
        let body = theme.render("section", pageContext(language, path: path, context))
        return page(path, language: language, key: .section(key), title: title, description: settings?.description,
                    breadcrumbs: [(ui(language, "home"), SitePaths.home(language))], content: body)
    }

    func articlePage(_ article: Article) -> SiteFile {
        let path = SitePaths.article(article)
        let language = article.language
        let fixHeadings = catalog.content.languages[language]?.fixHeadings ?? []
        let rewrite = { (destination: String) -> String? in
            guard let target = ContentLinks.resolve(destination, from: article.relativePath),
                  let linked = catalog.article(atRelativePath: target.path) else { return nil }
            return link(from: path, to: SitePaths.article(linked)) + (target.fragment.map { "#\($0)" } ?? "")
        }
        // Rendered when the content was loaded, from the parse that read the steps; parsed here only for an
        // article made otherwise.
        let body = article.renderedBody?.html(rewritingLinks: rewrite)
            ?? ArticleBodyRenderer.render(markdown: article.body, fixHeadings: fixHeadings, rewriteLink: rewrite)
        let related = article.related.compactMap { catalog.article(id: $0, language: language) }
        let codes: [[String: Any]] = article.codes.map {
            ["code": $0, "label": ErrorCode.displayName(of: $0), "href": link(from: path, to: SitePaths.code($0, language: language))]
        }
        let outline = ArticleOutline.sections(inHTML: body)
        let content = theme.render("article", pageContext(language, path: path, [
            "title": article.title, "summary": article.summary, "updated": article.updated, "body": body,
            "updatedText": formats(language).date(iso: article.updated),
            "toc": outline.map { ["title": $0.title, "anchor": $0.anchor] }, "hasToc": outline.count >= 2,
            "codes": codes, "hasCodes": !codes.isEmpty,
            "errors": article.errors, "hasErrors": !article.errors.isEmpty,
            "related": related.map { articleItem($0, from: path) }, "hasRelated": !related.isEmpty,
        ]))
        let sectionTitle = catalog.content.languages[language]?.sections[article.section]?.title ?? article.section
        return page(path, language: language, key: .article(id: article.id), title: article.title, description: article.summary,
                    breadcrumbs: [(ui(language, "home"), SitePaths.home(language)),
                                  (sectionTitle, SitePaths.section(article.section, language: language))],
                    content: content)
    }

    func codesPage(_ language: String) -> SiteFile {
        let path = SitePaths.codes(language)
        var groups: [String: [[String: Any]]] = [:]
        for code in catalog.codes(language: language) {
            guard let owner = catalog.owner(of: code, language: language) else { continue }
            groups[ErrorCode.provider(of: code) ?? "", default: []].append(
                ["code": code, "label": ErrorCode.displayName(of: code), "value": ErrorCode.value(of: code),
                 "href": link(from: path, to: SitePaths.code(code, language: language)),
                 "articleTitle": owner.title, "articleHref": link(from: path, to: SitePaths.article(owner))])
        }
        // Meta's own codes first, then the providers by name.
        let providers = groups.keys.sorted { ($0.isEmpty ? 0 : 1, $0) < ($1.isEmpty ? 0 : 1, $1) }
        let grouped: [[String: Any]] = providers.map { provider in
            ["provider": provider.isEmpty ? "Meta WhatsApp" : ErrorCode.providerName(provider),
             "anchor": provider.isEmpty ? "meta" : provider, "codes": groups[provider] ?? [],
             "count": groups[provider]?.count ?? 0]
        }
        let body = theme.render("codes", pageContext(language, path: path, ["groups": grouped]))
        return page(path, language: language, key: .codes, title: ui(language, "all_codes"), description: nil,
                    breadcrumbs: [(ui(language, "home"), SitePaths.home(language))], content: body)
    }

    func codePage(_ code: String, language: String) -> SiteFile {
        let path = SitePaths.code(code, language: language)
        let owner = catalog.owner(of: code, language: language)!
        let body = theme.render("code", pageContext(language, path: path, [
            "code": code, "label": ErrorCode.displayName(of: code), "articleTitle": owner.title, "articleSummary": owner.summary,
            "articleHref": link(from: path, to: SitePaths.article(owner)),
            "errors": owner.errors, "hasErrors": !owner.errors.isEmpty, "steps": owner.steps,
        ]))
        return page(path, language: language, key: .code(code), title: "\(ui(language, "code")) \(ErrorCode.displayName(of: code))",
                    description: owner.summary,
                    breadcrumbs: [(ui(language, "home"), SitePaths.home(language)),
                                  (ui(language, "all_codes"), SitePaths.codes(language))],
                    content: body)
    }

    func searchPage(_ language: String) -> SiteFile {
        let path = SitePaths.search(language)
        let body = theme.render("search", pageContext(language, path: path, [:]))
        return page(path, language: language, key: .search, title: ui(language, "search"), description: nil,
                    breadcrumbs: [(ui(language, "home"), SitePaths.home(language))], content: body)
    }

    /// Served for any missing address, so its links start from the site's base path, not from itself.
    func notFoundPage(_ language: String, path: String) -> SiteFile {
        let base = SitePaths.basePath(of: site.baseURL)
        var context = pageContext(language, path: path, [:])
        context["langRoot"] = base + language + "/"
        let body = theme.render("not-found", context)
        var layout = layoutContext(path, language: language, key: nil, title: ui(language, "not_found_title"),
                                   description: nil, breadcrumbs: [], content: body)
        layout["siteRoot"] = base
        layout["langRoot"] = base + language + "/"
        // Served at any address, and opened from file:// too: its look and images travel inside it,
        // and it loads no script (its search box is a plain form).
        layout["logo"] = dataURI(site.logo) ?? base + site.logo
        layout["favicon"] = dataURI(site.favicon) ?? base + site.favicon
        layout["inlineStyle"] = theme.assets["site.css"].map { String(decoding: $0, as: UTF8.self) }
        layout["languages"] = catalog.languages.map { code -> [String: Any] in
            ["code": code, "name": catalog.content.languages[code]?.name ?? code,
             "href": base + SitePaths.home(code), "current": code == language]
        }
        layout["canonical"] = nil
        layout["alternates"] = []
        return SiteFile(path: path, text: theme.render("layout", layout))
    }

    func rootPage() -> SiteFile {
        let languages: [[String: Any]] = catalog.languages.map { code in
            ["code": code, "name": catalog.content.languages[code]?.name ?? code, "href": SitePaths.home(code),
             "choose": ui(code, "choose_language")]
        }
        let alternates = catalog.languages.map { ["hreflang": $0, "href": SitePaths.absoluteURL(of: SitePaths.home($0), baseURL: site.baseURL)] }
            + [["hreflang": "x-default", "href": SitePaths.absoluteURL(of: "index.html", baseURL: site.baseURL)]]
        let html = theme.render("root", ["lang": site.defaultLanguage, "siteTitle": site.title,
                                         "languages": languages, "alternates": alternates])
        return SiteFile(path: "index.html", text: html)
    }

    // MARK: Data files

    func searchIndex(_ language: String) -> SiteFile {
        SiteFile(path: SitePaths.searchIndex(language),
                 text: SearchIndexBuilder(catalog: catalog, language: language).javaScript())
    }

    /// `api/<lang>/<id>.json`: the document `show --json` prints for the same article.
    func articleJSON(_ article: Article) -> SiteFile {
        let translations = catalog.languages.compactMap { catalog.article(id: article.id, language: $0) }
        let document = ArticleDocument(article, translations: translations, site: site)
        // A document of strings and lists of strings always encodes.
        return SiteFile(path: SitePaths.articleJSON(article), contents: (try? JSONDocument.encode(document)) ?? Data())
    }

    func sitemap() -> SiteFile {
        var pages: [SitePage] = [.home, .search, .codes]
        var seenSections = Set<String>(), seenIDs = Set<String>(), seenCodes = Set<String>()
        for language in catalog.languages {
            for section in catalog.sections(language: language) where seenSections.insert(section).inserted { pages.append(.section(section)) }
            for article in catalog.articles(language: language) where seenIDs.insert(article.id).inserted { pages.append(.article(id: article.id)) }
            for code in catalog.codes(language: language) where seenCodes.insert(code).inserted { pages.append(.code(code)) }
        }
        var entries: [SitemapWriter.Entry] = []
        for page in pages {
            let alternates = self.alternates(of: page)
            for language in catalog.languages {
                guard let path = page.path(in: language, catalog: catalog) else { continue }
                var updated: String?
                if case let .article(id) = page { updated = catalog.article(id: id, language: language)?.updated }
                entries.append(.init(url: SitePaths.absoluteURL(of: path, baseURL: site.baseURL), updated: updated,
                                     alternates: alternates))
            }
        }
        return SiteFile(path: "sitemap.xml", text: SitemapWriter.xml(entries))
    }

    func robots() -> SiteFile {
        SiteFile(path: "robots.txt", text: "User-agent: *\nAllow: /\n\nSitemap: \(SitePaths.absoluteURL(of: "sitemap.xml", baseURL: site.baseURL))\n")
    }

    // MARK: Shared parts

    private func page(_ path: String, language: String, key: SitePage, title: String, description: String?,
                      breadcrumbs: [(String, String)], content: String) -> SiteFile {
        let context = layoutContext(path, language: language, key: key, title: title, description: description,
                                    breadcrumbs: breadcrumbs, content: content)
        return SiteFile(path: path, text: theme.render("layout", context))
    }

    private func layoutContext(_ path: String, language: String, key: SitePage?, title: String, description: String?,
                               breadcrumbs: [(String, String)], content: String) -> [String: Any] {
        var context = pageContext(language, path: path, ["content": content])
        // The home page's title is the site's name alone, not "name · name".
        if title != siteTitle(language) { context["pageTitle"] = title }
        context["siteRoot"] = SitePaths.root(from: path)
        if let description, !description.isEmpty { context["description"] = description }
        if let key {
            context["canonical"] = SitePaths.absoluteURL(of: path, baseURL: site.baseURL)
            context["alternates"] = alternates(of: key).map { ["hreflang": $0.language, "href": $0.url] }
        }
        context["languages"] = catalog.languages.map { code -> [String: Any] in
            let target = key?.path(in: code, catalog: catalog) ?? SitePaths.home(code)
            return ["code": code, "name": catalog.content.languages[code]?.name ?? code,
                    "href": link(from: path, to: target), "current": code == language]
        }
        context["breadcrumbs"] = breadcrumbs.map { ["title": $0.0, "href": link(from: path, to: $0.1)] }
        context["hasBreadcrumbs"] = !breadcrumbs.isEmpty
        // The paste box runs the matcher's rules, which only its pages load.
        context["hasPasteBox"] = key == .home || key == .search
        return context
    }

    /// The context every template sees: language, site title, interface strings, link roots.
    private func pageContext(_ language: String, path: String, _ values: [String: Any]) -> [String: Any] {
        let root = SitePaths.root(from: path)
        var context: [String: Any] = [
            "lang": language, "siteTitle": siteTitle(language),
            "ui": catalog.content.languages[language]?.interface ?? [:],
            "siteRoot": root, "langRoot": root + language + "/",
            "logo": root + site.logo, "favicon": root + site.favicon,
        ]
        context.merge(values) { _, new in new }
        return context
    }

    private func alternates(of page: SitePage) -> [SitemapWriter.Alternate] {
        let present = catalog.languages.compactMap { language in
            page.path(in: language, catalog: catalog).map {
                SitemapWriter.Alternate(language: language, url: SitePaths.absoluteURL(of: $0, baseURL: site.baseURL))
            }
        }
        guard present.count > 1 else { return [] }
        let fallback = present.first { $0.language == site.defaultLanguage } ?? present[0]
        return present + [SitemapWriter.Alternate(language: "x-default", url: fallback.url)]
    }

    private func articleItem(_ article: Article, from path: String) -> [String: Any] {
        var item: [String: Any] = ["title": article.title, "summary": article.summary,
                                   "href": link(from: path, to: SitePaths.article(article))]
        if !article.codes.isEmpty { item["codesText"] = article.codes.map(ErrorCode.displayName).joined(separator: " · ") }
        return item
    }

    private func link(from page: String, to target: String) -> String {
        SitePaths.root(from: page) + target
    }

    /// The site's name in `language` (`ui.site_title`), or the one of `_site.yml`.
    private func siteTitle(_ language: String) -> String {
        catalog.content.languages[language]?.interface["site_title"] ?? site.title
    }

    /// A theme image (`assets/logo.svg`) as a `data:` address, for pages that must not depend on where they are.
    private func dataURI(_ sitePath: String) -> String? {
        guard sitePath.hasPrefix("assets/"), let data = theme.assets[String(sitePath.dropFirst("assets/".count))] else { return nil }
        let type = sitePath.hasSuffix(".svg") ? "image/svg+xml" : sitePath.hasSuffix(".png") ? "image/png" : "image/x-icon"
        return "data:\(type);base64,\(data.base64EncodedString())"
    }

    private func formats(_ language: String) -> LanguageFormats {
        catalog.content.languages[language]?.formats ?? .english
    }

    private func ui(_ language: String, _ key: String) -> String {
        catalog.content.languages[language]?.interface[key] ?? key
    }
}

/// Lets the page jobs share the generator across threads: it is read-only once built.
private struct UncheckedBox<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
