import FixdeskContent

/// Chooses the output language: `--lang`, then `FIXDESK_LANG`, then the locale, then the site default or `en`.
///
/// Pure: the environment comes in as a dictionary.
public struct LanguageResolver {
    public var available: [String]
    public var fallback: String

    public init(available: [String], fallback: String) {
        self.available = available
        self.fallback = fallback
    }

    public func resolve(option: String?, environment: [String: String]) throws(FixdeskError) -> String {
        if let option {
            let code = option.lowercased()
            guard available.contains(code) else {
                throw FixdeskError(.usage, "Unknown language '\(option)'; this content has \(available.joined(separator: ", ")).")
            }
            return code
        }
        if let value = environment["FIXDESK_LANG"], !value.isEmpty {
            if let code = Self.languageCode(fromLocale: value), available.contains(code) { return code }
        }
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[key], !value.isEmpty else { continue }
            if let code = Self.languageCode(fromLocale: value), available.contains(code) { return code }
            break
        }
        return available.contains("en") && !available.contains(fallback) ? "en" : fallback
    }

    /// `tr_TR.UTF-8` → `tr`; `C` and `POSIX` → nil.
    static func languageCode(fromLocale locale: String) -> String? {
        let code = locale.split(whereSeparator: { $0 == "_" || $0 == "." || $0 == "@" || $0 == "-" }).first.map { $0.lowercased() }
        guard let code, code != "c", code != "posix", !code.isEmpty else { return nil }
        return code
    }
}
