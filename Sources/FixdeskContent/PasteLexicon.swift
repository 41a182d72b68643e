/// A language pastes arrive in without articles of its own (`content/_lexicon/<lang>.yml`): its words of
/// error messages, each with the English word it stands for, so that a Portuguese or German paste can be
/// read against the English articles.
public struct PasteLexicon: Sendable, Equatable, Codable {
    public var code: String
    /// The language's own name, e.g. `Português`.
    public var name: String
    /// Lines of `word<TAB>english`, words lowercased as written: one string, so that reading the index's
    /// stored settings on every command does not decode thousands of entries no paste may need.
    public var table: String

    public init(code: String, name: String, words: [String: String]) {
        self.code = code
        self.name = name
        table = words.sorted { $0.key < $1.key }.map { "\($0.key)\t\($0.value)" }.joined(separator: "\n")
    }

    /// A lexicon whose table is already in its stored form (as the index keeps it).
    public init(code: String, name: String, table: String) {
        self.code = code
        self.name = name
        self.table = table
    }

    static let folder = "_lexicon"
    static let knownKeys: Set<String> = ["name", "words"]

    /// `_lexicon/pt.yml` → `pt`; nil for any other file.
    static func code(ofFile relativePath: String) -> String? {
        let parts = relativePath.split(separator: "/")
        guard parts.count == 2, parts[0] == folder, parts[1].hasSuffix(".yml") else { return nil }
        let code = String(parts[1].dropLast(4))
        return Slug.isValid(code) ? code : nil
    }

    static func parse(_ text: String, code: String, path: String, into diagnostics: inout [Diagnostic]) -> PasteLexicon? {
        guard let mapping = YAMLMapping.parse(text, path: path, into: &diagnostics) else { return nil }
        mapping.reportUnknownKeys(known: knownKeys, listingKnown: true, into: &diagnostics)
        let name = mapping.string("name", required: true, into: &diagnostics) ?? code
        var words: [String: String] = [:]
        guard let entry = mapping["words"], let pairs = entry.value.mapping else {
            diagnostics.append(Diagnostic(path: path, line: mapping["words"]?.line ?? 1,
                                          message: "'words' must map the language's words to English words"))
            return nil
        }
        for (key, value) in pairs {
            guard let word = key.string, let english = value.string, !word.isEmpty, !english.isEmpty else {
                diagnostics.append(Diagnostic(path: path, line: mapping.line(of: key),
                                              message: "each word needs one English word as its value"))
                continue
            }
            words[word.lowercased()] = english.lowercased()
        }
        return PasteLexicon(code: code, name: name, words: words)
    }
}
