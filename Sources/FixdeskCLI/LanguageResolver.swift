import FixdeskContent

/// Chooses the output language: `--lang`, then `FIXDESK_LANG`, then the locale, then the site default or `en`.
///
/// `--lang` takes the forms people and locales write: `tr`, `TR`, `tr-TR`, `tr_TR`, `tr_TR.UTF-8`.
/// Pure: the environment comes in as a dictionary.
public struct LanguageResolver {
    public var available: [String]
    public var fallback: String

    public init(available: [String], fallback: String) {
        self.available = available
        self.fallback = fallback
    }

    public func resolve(option: String?, environment: [String: String]) throws(FixdeskError) -> String {
        guard let option else { return resolve(environment: environment) }
        guard let code = match(option) else {
            throw FixdeskError(.usage, key: "error_unknown_language",
                               ["language": option, "available": available.joined(separator: ", ")],
                               english: "Unknown language '{language}'; this content has {available}.")
        }
        return code
    }

    /// The language the environment asks for, or the default.
    public func resolve(environment: [String: String]) -> String {
        if let value = environment["FIXDESK_LANG"], !value.isEmpty, let code = match(value) { return code }
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[key], !value.isEmpty else { continue }
            if let code = match(value) { return code }
            break
        }
        return available.contains("en") && !available.contains(fallback) ? "en" : fallback
    }

    /// An available language named by `value`: the whole tag first (`pt-br` for `pt_BR.UTF-8`), then its language.
    func match(_ value: String) -> String? {
        let withoutEncoding = value.split(whereSeparator: { $0 == "." || $0 == "@" }).first.map(String.init) ?? value
        let tag = withoutEncoding.lowercased().replacingOccurrences(of: "_", with: "-")
        if available.contains(tag) { return tag }
        guard let code = Self.languageCode(fromLocale: value), available.contains(code) else { return nil }
        return code
    }

    /// `tr_TR.UTF-8` → `tr`; `C` and `POSIX` → nil.
    static func languageCode(fromLocale locale: String) -> String? {
        let code = locale.split(whereSeparator: { $0 == "_" || $0 == "." || $0 == "@" || $0 == "-" }).first.map { $0.lowercased() }
        guard let code, code != "c", code != "posix", !code.isEmpty else { return nil }
        return code
    }
}
