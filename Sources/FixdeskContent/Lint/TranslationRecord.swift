import FixdeskAnalysis

/// Which version of its counterpart in another language a translation follows, from the front
/// matter line `translation_of: {language: en, version: 3f9a0c12}`.
///
/// The version is a short hash of what a translator translates (the source's title, summary,
/// errors, codes and body), so an edit to the source marks the translation stale until someone
/// updates it and records the new version with `fixdesk lint --mark-translated`.
public struct TranslationRecord: Sendable, Equatable {
    public static let key = "translation_of"

    public var language: String
    public var version: String
    /// The front matter line of the record.
    public var line: Int

    public init(language: String, version: String, line: Int = 1) {
        self.language = language
        self.version = version
        self.line = line
    }

    /// The front matter line that records this version.
    public var frontMatterLine: String { "\(Self.key): {language: \(language), version: \(version)}" }

    /// The version of `article` a translation of it records: 8 hex digits of the FNV-1a hash of the
    /// translated fields, each ended by a separator so that moving text between fields changes it.
    public static func version(of article: Article) -> String {
        var hash = FNV1a()
        func add(_ text: String) {
            hash.add(text.utf8)
            hash.add(0x1F)
        }
        add(article.title)
        add(article.summary)
        for error in article.errors { add(error) }
        hash.add(0x1E)
        for code in article.codes { add(code) }
        hash.add(0x1E)
        add(article.body)
        let folded = UInt32(truncatingIfNeeded: hash.value ^ (hash.value >> 32))
        let digits = String(folded, radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }

    static let formatProblem = "'\(key)' must be {language: <code>, version: <hash>}, as `fixdesk lint --mark-translated` writes it"

    /// Reads the record from its front matter entry; nil when it is not in the form above.
    static func parse(_ entry: YAMLMapping.Entry) -> TranslationRecord? {
        let fields = entry.value.mapping
        guard let fields, fields.count == 2,
              let language = fields["language"]?.string?.trimmedWhitespace, Slug.isValid(language),
              let version = fields["version"]?.string?.trimmedWhitespace, !version.isEmpty else { return nil }
        return TranslationRecord(language: language, version: version, line: entry.line)
    }

    /// The article file's bytes with this record in its front matter: an existing `translation_of`
    /// entry is replaced, otherwise the line goes just before the closing `---`. Every other byte is
    /// kept as it was, line ends included. Nil when the file has no front matter.
    public func stamped(into bytes: [UInt8]) -> [UInt8]? {
        var lines: [Range<Int>] = []
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            lines.append(start..<index + 1)
            start = index + 1
        }
        if start < bytes.count { lines.append(start..<bytes.count) }
        func content(_ range: Range<Int>) -> String {
            var text = String(decoding: bytes[range], as: UTF8.self)
            while text.hasSuffix("\n") || text.hasSuffix("\r") { text.removeLast() }
            return text
        }
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        guard let first = lines.first else { return nil }
        var opening = content(first)
        if bytes.starts(with: bom) { opening = String(opening.unicodeScalars.dropFirst()) }
        guard opening.trimmedWhitespace == "---",
              let closing = lines.indices.dropFirst().first(where: { ["---", "..."].contains(content(lines[$0]).trimmedWhitespace) })
        else { return nil }
        // The new line ends as the front matter's lines do (CRLF files stay CRLF).
        let lineEnd: [UInt8] = bytes[lines[closing - 1]].suffix(2).elementsEqual([0x0D, 0x0A]) ? [0x0D, 0x0A] : [0x0A]
        let record = Array(frontMatterLine.utf8) + lineEnd
        // An existing entry: its key line and the indented lines of a block mapping under it.
        if let existing = lines.indices[1..<closing].first(where: { content(lines[$0]).hasPrefix(Self.key + ":") }) {
            var end = existing + 1
            while end < closing, let byte = bytes[lines[end]].first, byte == 0x20 || byte == 0x09 { end += 1 }
            return Array(bytes[..<lines[existing].lowerBound]) + record + Array(bytes[lines[end - 1].upperBound...])
        }
        let insertion = lines[closing].lowerBound
        var before = Array(bytes[..<insertion])
        // A front matter whose last line has no line end cannot be followed directly.
        if let last = before.last, last != 0x0A { before += lineEnd }
        return before + record + Array(bytes[insertion...])
    }
}
