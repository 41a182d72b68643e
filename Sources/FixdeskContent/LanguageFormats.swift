/// How one language writes numbers and dates, from the `formats:` mapping of its `_strings.yml`.
///
/// Turkish puts the percent sign first (`%99`) and names the month (`25 Kasım 2026`); the
/// defaults are English. Pure, so the site and the command line format alike.
public struct LanguageFormats: Sendable, Equatable, Codable {
    /// `{value}` is replaced by the whole number: `"%{value}"` or `"{value}%"`.
    public var percent: String
    /// `{day}`, `{month}` (its name) and `{year}`: `"{day} {month} {year}"`.
    public var date: String
    /// The twelve month names, January first.
    public var months: [String]

    public static let english = LanguageFormats(
        percent: "{value}%", date: "{month} {day}, {year}",
        months: ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                 "October", "November", "December"])

    public init(percent: String, date: String, months: [String]) {
        self.percent = percent
        self.date = date
        self.months = months
    }

    /// A fraction from 0 to 1 as a rounded percentage: 0.98 → `%98` in Turkish.
    public func percent(_ fraction: Double) -> String {
        percent.replacingPlaceholders(["value": String(Int((fraction * 100).rounded()))])
    }

    /// An ISO date (`2026-11-25`) in the language's words; anything else is returned as it is.
    public func date(iso: String) -> String {
        let parts = iso.split(separator: "-")
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), (1...31).contains(day), months.count == 12 else { return iso }
        return date.replacingPlaceholders(["day": String(day), "month": months[month - 1], "year": String(year)])
    }

    /// Reads `formats:`; missing parts stay English, a wrong shape is a diagnostic.
    static func parse(_ entry: YAMLMapping.Entry?, path: String, into diagnostics: inout [Diagnostic]) -> LanguageFormats {
        var formats = LanguageFormats.english
        guard let entry else { return formats }
        guard let mapping = entry.value.mapping else {
            diagnostics.append(Diagnostic(path: path, line: entry.line, message: "'formats' must map 'percent', 'date' and 'months'"))
            return formats
        }
        if let percent = mapping["percent"]?.string { formats.percent = percent }
        if let date = mapping["date"]?.string { formats.date = date }
        if let months = mapping["months"] {
            let names = months.sequence?.compactMap(\.string) ?? []
            if names.count == 12 {
                formats.months = names
            } else {
                diagnostics.append(Diagnostic(path: path, line: entry.line, message: "'formats.months' must list the twelve month names"))
            }
        }
        return formats
    }
}

extension String {
    /// Replaces every `{name}` by its value; an unknown `{name}` is left as written.
    public func replacingPlaceholders(_ values: [String: String]) -> String {
        guard contains("{") else { return self }
        var result = ""
        var rest = self[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = String(rest[rest.index(after: open)..<close])
            if let value = values[name] { result += value } else { result += rest[open...close] }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }
}
