import FixdeskContent

/// Where each page of the site lives, relative to the output folder, and how pages link to each other.
///
/// Every link is relative and names `index.html` explicitly, so the site works from `file://`
/// as well as from any static host, in any sub-folder.
enum SitePaths {
    static func home(_ language: String) -> String { "\(language)/index.html" }
    static func section(_ key: String, language: String) -> String { "\(language)/\(key)/index.html" }
    static func article(_ article: Article) -> String { "\(article.language)/\(article.section)/\(article.slug)/index.html" }
    static func codes(_ language: String) -> String { "\(language)/errors/index.html" }
    static func code(_ code: String, language: String) -> String { "\(language)/errors/\(codeSlug(code))/index.html" }
    static func search(_ language: String) -> String { "\(language)/search/index.html" }
    static func notFound(_ language: String) -> String { "\(language)/404.html" }
    static func searchIndex(_ language: String) -> String { "\(language)/search-index.js" }
    static func articleJSON(_ article: Article) -> String { "api/\(article.language)/\(article.id).json" }

    /// Folder names under `<lang>/` that the site uses itself, so no section may take them.
    static let reservedSectionNames: Set<String> = ["errors", "search", "assets", "api"]

    /// A code as a path segment: `twilio:63016` → `twilio-63016`.
    static func codeSlug(_ code: String) -> String {
        String(code.lowercased().map { $0 == ":" ? "-" : $0 })
    }

    /// The way back from `page` to the output folder: `en/messaging/x/index.html` → `../../../`.
    static func root(from page: String) -> String {
        let depth = page.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "/") ? 1 : 0) }
        return depth == 0 ? "" : String(repeating: "../", count: depth)
    }

    /// The public address of a page: `https://help.example.com/` + `en/x/index.html` → `…/en/x/`.
    static func absoluteURL(of page: String, baseURL: String) -> String {
        var path = page
        if path == "index.html" { path = "" } else if path.hasSuffix("/index.html") { path.removeLast("index.html".count) }
        return (baseURL.hasSuffix("/") ? baseURL : baseURL + "/") + path
    }

    /// The path part of the base address (`https://h.example/help/` → `/help/`), for pages
    /// served at any address such as the 404 page.
    static func basePath(of baseURL: String) -> String {
        guard let scheme = baseURL.range(of: "://") else { return baseURL.hasSuffix("/") ? baseURL : baseURL + "/" }
        let rest = baseURL[scheme.upperBound...]
        guard let slash = rest.firstIndex(of: "/") else { return "/" }
        let path = String(rest[slash...])
        return path.hasSuffix("/") ? path : path + "/"
    }
}
