import FixdeskAnalysis
import Yams

/// A YAML mapping read with the line of every key, so problems can point at the right line.
///
/// `lineOffset` is added to Yams' 1-based lines (front matter starts on the file's second line).
struct YAMLMapping {
    struct Entry {
        var key: String
        var value: Node
        var line: Int
    }

    var entries: [Entry]
    var path: String
    var lineOffset: Int

    /// Parses `text`; a syntax error goes to `diagnostics` with the file's line, and the result is nil.
    static func parse(_ text: String, path: String, lineOffset: Int = 0, into diagnostics: inout [Diagnostic]) -> YAMLMapping? {
        switch parse(text, path: path, lineOffset: lineOffset) {
        case let .success(mapping): return mapping
        case let .failure(diagnostic): diagnostics.append(diagnostic); return nil
        }
    }

    /// Reports each key not in `known` at its line, as "unknown \(kind) 'x'", with the known keys listed after
    /// it when `listingKnown`.
    func reportUnknownKeys(known: Set<String>, kind: String = "key", listingKnown: Bool, into diagnostics: inout [Diagnostic]) {
        let listed = listingKnown ? " (known keys: \(known.sorted().joined(separator: ", ")))" : ""
        for entry in entries where !known.contains(entry.key) {
            diagnostics.append(Diagnostic(path: path, line: entry.line, message: "unknown \(kind) '\(entry.key)'\(listed)"))
        }
    }

    /// Parses `text`; a syntax error becomes a diagnostic with the file's line.
    static func parse(_ text: String, path: String, lineOffset: Int) -> Result<YAMLMapping, Diagnostic> {
        let node: Node?
        do {
            // Every value is read as a string, so the basic resolver (no per-scalar regular expressions) suffices.
            node = try Yams.compose(yaml: text, .basic, .default, .utf8)
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, path: path, lineOffset: lineOffset))
        } catch {
            return .failure(Diagnostic(path: path, line: lineOffset + 1, message: "invalid YAML: \(error)"))
        }
        guard let node else { return .success(YAMLMapping(entries: [], path: path, lineOffset: lineOffset)) }
        guard let mapping = node.mapping else {
            return .failure(Diagnostic(path: path, line: line(of: node, offset: lineOffset),
                                       message: "expected a YAML mapping of keys to values"))
        }
        var entries: [Entry] = []
        for (key, value) in mapping {
            entries.append(Entry(key: key.string ?? "\(key)", value: value,
                                 line: line(of: key, offset: lineOffset)))
        }
        return .success(YAMLMapping(entries: entries, path: path, lineOffset: lineOffset))
    }

    /// Compares keys in place: a closure over whole entries would copy each entry's YAML node.
    subscript(key: String) -> Entry? {
        for index in entries.indices where entries[index].key == key { return entries[index] }
        return nil
    }

    func line(of node: Node) -> Int { Self.line(of: node, offset: lineOffset) }

    static func line(of node: Node, offset: Int) -> Int { (node.mark?.line ?? 1) + offset }

    /// A scalar as a string, or a diagnostic naming the key.
    func string(_ key: String, required: Bool, into diagnostics: inout [Diagnostic]) -> String? {
        guard let entry = self[key] else {
            if required { diagnostics.append(Diagnostic(path: path, line: lineOffset + 1, message: "missing required key '\(key)'")) }
            return nil
        }
        guard let scalar = entry.value.scalar else {
            diagnostics.append(Diagnostic(path: path, line: entry.line, message: "'\(key)' must be a single value"))
            return nil
        }
        let value = scalar.string.trimmedWhitespace
        if value.isEmpty, required {
            diagnostics.append(Diagnostic(path: path, line: entry.line, message: "'\(key)' must not be empty"))
            return nil
        }
        return value
    }

    /// A list of scalars (a single scalar counts as a list of one), each with its line.
    func strings(_ key: String, into diagnostics: inout [Diagnostic]) -> [(value: String, line: Int)] {
        guard let entry = self[key] else { return [] }
        if let sequence = entry.value.sequence {
            var values: [(String, Int)] = []
            for item in sequence {
                if let scalar = item.scalar {
                    values.append((scalar.string, line(of: item)))
                } else {
                    diagnostics.append(Diagnostic(path: path, line: line(of: item), message: "each item of '\(key)' must be a single value"))
                }
            }
            return values
        }
        if let scalar = entry.value.scalar {
            if scalar.string.isEmpty, scalar.style == .plain { return [] }
            return [(scalar.string, entry.line)]
        }
        diagnostics.append(Diagnostic(path: path, line: entry.line, message: "'\(key)' must be a list"))
        return []
    }

    private static func diagnostic(for error: YamlError, path: String, lineOffset: Int) -> Diagnostic {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let detail = context.map { "\($0.text): " } ?? ""
            return Diagnostic(path: path, line: mark.line + lineOffset, message: "invalid YAML: \(detail)\(problem)")
        case let .duplicatedKeysInMapping(duplicates, context):
            return Diagnostic(path: path, line: context.mark.line + lineOffset,
                              message: "duplicate key \(duplicates.sorted().map { "'\($0)'" }.joined(separator: ", "))")
        case let .reader(problem, offset, value, yaml):
            // The reader's offset is in bytes of the text; its own description quotes the line, over several lines.
            let line = offset.map { offset in 1 + yaml.utf8.prefix(offset).reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } } ?? 1
            let character = value >= 0 && value < 0x20 ? String(format: " (U+%04X)", value) : ""
            return Diagnostic(path: path, line: line + lineOffset, message: "invalid YAML: \(problem)\(character)")
        default:
            let firstLine = "\(error)".split(separator: "\n", omittingEmptySubsequences: true).first.map(String.init) ?? ""
            return Diagnostic(path: path, line: lineOffset + 1, message: "invalid YAML: \(firstLine)")
        }
    }
}
