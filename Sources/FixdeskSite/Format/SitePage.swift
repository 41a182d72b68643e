import FixdeskContent

/// A page that exists once per language; the key that ties translations together for the
/// language switcher, `hreflang` alternates and the sitemap.
enum SitePage: Hashable {
    case home
    case section(String)
    case article(id: String)
    case codes
    case code(String)
    case search

    /// The page's file in `language`, or nil when that language does not have it.
    func path(in language: String, catalog: SiteCatalog) -> String? {
        switch self {
        case .home: return SitePaths.home(language)
        case .search: return SitePaths.search(language)
        case .codes: return SitePaths.codes(language)
        case let .section(key):
            return catalog.articles(in: key, language: language).isEmpty ? nil : SitePaths.section(key, language: language)
        case let .article(id):
            return catalog.article(id: id, language: language).map(SitePaths.article)
        case let .code(code):
            return catalog.owner(of: code, language: language) == nil ? nil : SitePaths.code(code, language: language)
        }
    }
}
