/// The site-wide settings from `content/_site.yml`.
public struct SiteSettings: Sendable, Equatable, Codable {
    public var title: String
    public var baseURL: String
    public var defaultLanguage: String
    /// Language codes in the order the site offers them.
    public var languages: [String]
    /// Section keys (folder names) in display order.
    public var sections: [String]
    /// Article ids the site's home page lists as the most common errors.
    public var commonErrors: [String]
    /// What tells that a paste is about the help center's subject, or about another product.
    public var subject: SubjectMarkers
    /// The logo in the header and the browser tab's icon: paths inside the site (`assets/logo.svg`).
    public var logo: String = SiteSettings.defaultLogo
    public var favicon: String = SiteSettings.defaultFavicon

    public static let defaultLogo = "assets/logo.svg"
    public static let defaultFavicon = "assets/favicon.svg"

    public init(title: String, baseURL: String, defaultLanguage: String, languages: [String], sections: [String],
                commonErrors: [String] = [], subject: SubjectMarkers = SubjectMarkers()) {
        self.title = title
        self.baseURL = baseURL
        self.defaultLanguage = defaultLanguage
        self.languages = languages
        self.sections = sections
        self.commonErrors = commonErrors
        self.subject = subject
    }

    /// The public address of a page inside the site: `base_url` + `en/messaging/x/`.
    public func address(of page: String) -> String {
        (baseURL.hasSuffix("/") ? baseURL : baseURL + "/") + page
    }

    static let fileName = "_site.yml"
    static let knownKeys: Set<String> = ["title", "base_url", "default_language", "languages", "sections", "common_errors",
                                         "logo", "favicon", "subject_markers", "platform_markers", "other_products"]

    /// Reads the settings; every problem is collected into `diagnostics`.
    static func parse(_ text: String, path: String, into diagnostics: inout [Diagnostic]) -> SiteSettings? {
        guard let mapping = YAMLMapping.parse(text, path: path, into: &diagnostics) else { return nil }
        mapping.reportUnknownKeys(known: knownKeys, listingKnown: false, into: &diagnostics)
        let title = mapping.string("title", required: true, into: &diagnostics) ?? ""
        let baseURL = mapping.string("base_url", required: false, into: &diagnostics) ?? "/"
        if mapping["base_url"] != nil, let problem = baseURLProblem(baseURL) {
            diagnostics.append(Diagnostic(path: path, line: mapping["base_url"]?.line ?? 1, message: problem))
        }
        let languages = mapping.strings("languages", into: &diagnostics).map(\.value)
        let sections = mapping.strings("sections", into: &diagnostics).map(\.value)
        let commonErrors = mapping.strings("common_errors", into: &diagnostics).map(\.value)
        let subject = SubjectMarkers(
            subject: mapping.strings("subject_markers", into: &diagnostics).map { $0.value.lowercased() },
            platform: mapping.strings("platform_markers", into: &diagnostics).map { $0.value.lowercased() },
            otherProducts: mapping.strings("other_products", into: &diagnostics).map { $0.value.lowercased() })
        let defaultLanguage = mapping.string("default_language", required: false, into: &diagnostics) ?? languages.first ?? "en"
        if languages.isEmpty {
            diagnostics.append(Diagnostic(path: path, line: mapping["languages"]?.line ?? 1, message: "'languages' must list at least one language"))
            return nil
        }
        for (value, line) in mapping.strings("languages", into: &diagnostics) where !Slug.isValid(value) {
            diagnostics.append(Diagnostic(path: path, line: line, message: "language code '\(value)' may use only a-z, 0-9 and '-'"))
        }
        if !languages.contains(defaultLanguage) {
            diagnostics.append(Diagnostic(path: path, line: mapping["default_language"]?.line ?? 1,
                                          message: "default language '\(defaultLanguage)' is not in 'languages'"))
        }
        var settings = SiteSettings(title: title, baseURL: baseURL, defaultLanguage: defaultLanguage,
                                    languages: languages, sections: sections, commonErrors: commonErrors, subject: subject)
        for key in ["logo", "favicon"] {
            guard let value = mapping.string(key, required: false, into: &diagnostics) else { continue }
            // The site asks no other host for anything, and a page never reaches outside the site.
            guard isSitePath(value) else {
                diagnostics.append(Diagnostic(path: path, line: mapping[key]?.line ?? 1,
                                              message: "'\(key)' must be a file inside the site such as 'assets/logo.svg' (no address of another host, no '..')"))
                continue
            }
            if key == "logo" { settings.logo = value } else { settings.favicon = value }
        }
        return settings
    }
}

/// Words that place a paste: `subject` names the help center's own product (`whatsapp`, `wamid`), `platform`
/// the platform it runs on, whose short generic codes need one of the two (`fbtrace_id`, `oauthexception`),
/// and `otherProducts` products whose errors the help center does not cover (`telegram`, `stripe`).
public struct SubjectMarkers: Sendable, Equatable, Codable {
    public var subject: [String]
    public var platform: [String]
    public var otherProducts: [String]

    public init(subject: [String] = [], platform: [String] = [], otherProducts: [String] = []) {
        self.subject = subject
        self.platform = platform
        self.otherProducts = otherProducts
    }
}

/// What is wrong with a `base_url`, or nil: the site's canonical links, sitemap and the addresses the
/// command line prints for customers are built on it, so it must be an absolute http(s)
/// address with a host and without a query or fragment (`https://help.example.com/`).
func baseURLProblem(_ value: String) -> String? {
    let example = "an absolute address such as https://help.example.com/"
    guard let scheme = value.range(of: "://"), ["http", "https"].contains(value[..<scheme.lowerBound].lowercased()) else {
        return "'base_url' must be \(example) (http or https)"
    }
    let rest = value[scheme.upperBound...]
    let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
    let host = authority.split(separator: "@").last.map { $0.split(separator: ":").first ?? "" } ?? ""
    if host.isEmpty { return "'base_url' has no host; it must be \(example)" }
    if value.contains(where: { $0.isWhitespace }) { return "'base_url' contains a space; it must be \(example)" }
    if value.contains("?") || value.contains("#") {
        return "'base_url' must not have a query or fragment ('?' or '#'): page paths are appended to it"
    }
    return nil
}

/// `assets/logo.svg`: relative, inside the site, no scheme.
func isSitePath(_ value: String) -> Bool {
    !value.isEmpty && !value.hasPrefix("/") && !value.contains(":") && !value.contains("\\")
        && !value.split(separator: "/").contains("..")
}

/// Rules for ids, slugs and other names that appear in paths and URLs.
public enum Slug {
    /// True when `value` is non-empty and uses only `[a-z0-9-]`.
    public static func isValid(_ value: String) -> Bool {
        !value.isEmpty && value.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
    }
}
