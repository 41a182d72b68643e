/// The built-in theme's files by name, as SwiftPM compiled them in (`themeFiles` in Package.swift: a file added to
/// `DefaultTheme/` is listed there and here).
enum DefaultThemeFiles {
    static let all: [String: [UInt8]] = [
        "article.mustache": PackageResources.article_mustache,
        "code.mustache": PackageResources.code_mustache,
        "codes.mustache": PackageResources.codes_mustache,
        "favicon.svg": PackageResources.favicon_svg,
        "home.mustache": PackageResources.home_mustache,
        "layout.mustache": PackageResources.layout_mustache,
        "logo.svg": PackageResources.logo_svg,
        "not-found.mustache": PackageResources.not_found_mustache,
        "paste-box.mustache": PackageResources.paste_box_mustache,
        "root.mustache": PackageResources.root_mustache,
        "search.mustache": PackageResources.search_mustache,
        "section.mustache": PackageResources.section_mustache,
        "site.css": PackageResources.site_css,
        "site.js": PackageResources.site_js,
    ]
}
