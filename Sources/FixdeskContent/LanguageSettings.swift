import FixdeskAnalysis

/// One language's settings from `content/<lang>/_strings.yml`: analysis, headings and interface strings.
public struct LanguageSettings: Sendable, Equatable, Codable {
    public struct Section: Sendable, Equatable, Codable {
        public var title: String
        public var description: String
    }

    public var code: String
    /// The language's own name, e.g. `Türkçe`.
    public var name: String
    public var stemmer: String?
    /// Heading texts under which the ordered list is the fix.
    public var fixHeadings: [String]
    public var stopWords: [String]
    public var sections: [String: Section]
    /// Interface strings by key.
    public var interface: [String: String]
    /// The command line's messages by key, with `{placeholders}` (the `cli:` mapping).
    public var commandLine: [String: String] = [:]
    /// How numbers and dates are written.
    public var formats: LanguageFormats = .english
    /// Groups of words and phrases that mean the same to a support agent ("throttled", "rate limit"):
    /// a paste or query with one of them is read as if it had the others too.
    public var synonyms: [[String]] = []

    public var profile: LanguageProfile { LanguageProfile(code: code, stemmer: stemmer, stopWords: stopWords) }

    static let fileName = "_strings.yml"
    static let knownKeys: Set<String> = ["name", "stemmer", "fix_headings", "stop_words", "sections", "ui", "cli", "formats",
                                         "synonyms"]

    static func parse(_ text: String, code: String, path: String, into diagnostics: inout [Diagnostic]) -> LanguageSettings? {
        guard let mapping = YAMLMapping.parse(text, path: path, into: &diagnostics) else { return nil }
        mapping.reportUnknownKeys(known: knownKeys, listingKnown: false, into: &diagnostics)
        let name = mapping.string("name", required: true, into: &diagnostics) ?? code
        let stemmer = mapping.string("stemmer", required: false, into: &diagnostics)
        if let stemmer, !LanguageProfile.knownStemmers.contains(stemmer) {
            diagnostics.append(Diagnostic(path: path, line: mapping["stemmer"]?.line ?? 1,
                                          message: "unknown stemmer '\(stemmer)'; known: \(LanguageProfile.knownStemmers.sorted().joined(separator: ", "))"))
        }
        let fixHeadings = mapping.strings("fix_headings", into: &diagnostics).map(\.value)
        if fixHeadings.isEmpty {
            diagnostics.append(Diagnostic(path: path, line: mapping["fix_headings"]?.line ?? 1,
                                          message: "'fix_headings' must name at least one heading"))
        }
        let stopWords = mapping.strings("stop_words", into: &diagnostics).map(\.value)
        var sections: [String: Section] = [:]
        if let entry = mapping["sections"] {
            if let sectionMapping = entry.value.mapping {
                for (key, value) in sectionMapping {
                    // `{title: A, b and c}` silently makes "b and c" a key: a title with a comma needs quotes.
                    for (field, _) in value.mapping ?? [:] where !["title", "description"].contains(field.string ?? "") {
                        diagnostics.append(Diagnostic(path: path, line: mapping.line(of: field),
                                                      message: "section '\(key.string ?? "")' has an unknown key '\(field.string ?? "")'; quote a title or description that contains a comma"))
                    }
                    let title = value.mapping?["title"]?.string ?? value.string
                    guard let keyName = key.string, let title else {
                        diagnostics.append(Diagnostic(path: path, line: mapping.line(of: key),
                                                      message: "each section needs a 'title'"))
                        continue
                    }
                    sections[keyName] = Section(title: title, description: value.mapping?["description"]?.string ?? "")
                }
            } else {
                diagnostics.append(Diagnostic(path: path, line: entry.line, message: "'sections' must map section keys to titles"))
            }
        }
        let interface = strings(mapping["ui"], name: "ui", path: path, into: &diagnostics)
        var settings = LanguageSettings(code: code, name: name, stemmer: stemmer, fixHeadings: fixHeadings,
                                        stopWords: stopWords, sections: sections, interface: interface,
                                        commandLine: strings(mapping["cli"], name: "cli", path: path, into: &diagnostics),
                                        formats: LanguageFormats.parse(mapping["formats"], path: path, into: &diagnostics))
        settings.synonyms = synonymGroups(mapping["synonyms"], path: path, into: &diagnostics)
        return settings
    }

    /// `synonyms:` as a list of groups, each of at least two words or phrases.
    private static func synonymGroups(_ entry: YAMLMapping.Entry?, path: String, into diagnostics: inout [Diagnostic]) -> [[String]] {
        guard let entry else { return [] }
        guard let groups = entry.value.sequence else {
            diagnostics.append(Diagnostic(path: path, line: entry.line, message: "'synonyms' must be a list of groups like [throttled, rate limit]"))
            return []
        }
        var result: [[String]] = []
        for group in groups {
            let members = (group.sequence ?? []).compactMap(\.string).filter { !$0.isEmpty }
            guard members.count >= 2 else {
                diagnostics.append(Diagnostic(path: path, line: YAMLMapping.line(of: group, offset: 0),
                                              message: "a synonym group needs at least two words or phrases"))
                continue
            }
            result.append(members)
        }
        return result
    }

    /// A mapping of keys to texts, such as `ui:` and `cli:`.
    private static func strings(_ entry: YAMLMapping.Entry?, name: String, path: String,
                                into diagnostics: inout [Diagnostic]) -> [String: String] {
        guard let entry else { return [:] }
        guard let mapping = entry.value.mapping else {
            diagnostics.append(Diagnostic(path: path, line: entry.line, message: "'\(name)' must map keys to strings"))
            return [:]
        }
        var texts: [String: String] = [:]
        for (key, value) in mapping {
            guard let keyName = key.string, let text = value.string else { continue }
            texts[keyName] = text
            // A misspelt key or placeholder would silently print English or a raw `{name}`.
            if name == "cli", let problem = CommandLineText.problems(key: keyName, text: text) {
                diagnostics.append(Diagnostic(path: path, line: YAMLMapping.line(of: key, offset: 0), message: problem))
            }
        }
        return texts
    }
}
