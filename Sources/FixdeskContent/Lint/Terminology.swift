/// One language's terminology list from `content/<lang>/_terms.yml`: the preferred term for each
/// concept and the variants lint reports in an article's title, summary and body.
///
/// Literal texts are never checked: `errors:` entries, code in backticks and anything in double
/// quotes, since those are copied from the API or a screen as they are.
public struct Terminology: Sendable, Equatable {
    public struct Term: Sendable, Equatable {
        /// The spelling articles use.
        public var preferred: String
        /// Spellings lint reports. Matched with exact case from the start of a word to its end; a
        /// trailing `*` lets letters follow, for suffixes (`erişim token*` also finds `erişim tokeni`).
        public var variants: [String]
    }

    public var terms: [Term]
    /// The apostrophe between a name and its suffix (`WhatsApp’ın`); the other one is reported.
    public var apostrophe: Character?

    static let fileName = "_terms.yml"
    static let knownKeys: Set<String> = ["terms", "apostrophe"]
    static let apostrophes: [Character] = ["'", "’"]

    public init(terms: [Term], apostrophe: Character? = nil) {
        self.terms = terms
        self.apostrophe = apostrophe
    }

    /// Reads `_terms.yml`; problems go to `diagnostics` with their lines.
    static func parse(_ text: String, path: String, into diagnostics: inout [Diagnostic]) -> Terminology? {
        guard let mapping = YAMLMapping.parse(text, path: path, into: &diagnostics) else { return nil }
        mapping.reportUnknownKeys(known: knownKeys, listingKnown: true, into: &diagnostics)
        var apostrophe: Character?
        if let value = mapping.string("apostrophe", required: false, into: &diagnostics) {
            if value.count == 1, let mark = value.first, apostrophes.contains(mark) {
                apostrophe = mark
            } else {
                diagnostics.append(Diagnostic(path: path, line: mapping["apostrophe"]?.line ?? 1,
                                              message: "'apostrophe' must be ’ or '"))
            }
        }
        var terms: [Term] = []
        if let entry = mapping["terms"] {
            for item in entry.value.sequence ?? [] {
                let line = YAMLMapping.line(of: item, offset: 0)
                let preferred = item.mapping?["prefer"]?.string?.trimmedWhitespace ?? ""
                let variants = (item.mapping?["avoid"]?.sequence ?? []).compactMap(\.string).filter { !$0.isBlank }
                guard !preferred.isEmpty, !variants.isEmpty else {
                    diagnostics.append(Diagnostic(path: path, line: line,
                                                  message: "each term needs 'prefer' (the spelling to use) and 'avoid' (a list of spellings lint reports)"))
                    continue
                }
                terms.append(Term(preferred: preferred, variants: variants))
            }
            if entry.value.sequence == nil {
                diagnostics.append(Diagnostic(path: path, line: entry.line, message: "'terms' must be a list of {prefer, avoid} entries"))
            }
        }
        return Terminology(terms: terms, apostrophe: apostrophe)
    }

    /// What lint says about one line of prose (quoted and code parts already blanked by `ProseText`).
    func problems(in prose: String) -> [String] {
        var found: [String] = []
        for term in terms {
            for variant in term.variants {
                if let match = Self.firstMatch(of: variant, in: prose) {
                    found.append("'\(match)': write '\(term.preferred)' (\(Self.fileName))")
                }
            }
        }
        if let apostrophe, let other = Self.apostrophes.first(where: { $0 != apostrophe }),
           let word = Self.wordWithApostrophe(other, in: prose) {
            found.append("'\(word)': write the apostrophe as \(apostrophe) (\(Self.fileName))")
        }
        return found
    }

    /// The text matched by `variant` where it starts a word and, unless it ends in `*`, ends one.
    static func firstMatch(of variant: String, in text: String) -> String? {
        let open = variant.hasSuffix("*")
        let needle = open ? String(variant.dropLast()) : variant
        guard !needle.isEmpty else { return nil }
        var searchStart = text.startIndex
        while let range = text.range(of: needle, range: searchStart..<text.endIndex) {
            let startsWord = range.lowerBound == text.startIndex || !isWordCharacter(text[text.index(before: range.lowerBound)])
            let endsWord = range.upperBound == text.endIndex || !isWordCharacter(text[range.upperBound])
            if startsWord && (open || endsWord) {
                var end = range.upperBound
                if open { while end < text.endIndex, isWordCharacter(text[end]) { end = text.index(after: end) } }
                return String(text[range.lowerBound..<end])
            }
            searchStart = text.index(after: range.lowerBound)
        }
        return nil
    }

    /// The first word joined to its suffix by `mark` (`WhatsApp'ın`), with the suffix.
    static func wordWithApostrophe(_ mark: Character, in text: String) -> String? {
        var index = text.startIndex
        while let found = text[index...].firstIndex(of: mark) {
            let after = text.index(after: found)
            if found > text.startIndex, after < text.endIndex,
               text[text.index(before: found)].isLetter, text[after].isLetter {
                var start = found
                while start > text.startIndex, isWordCharacter(text[text.index(before: start)]) { start = text.index(before: start) }
                var end = after
                while end < text.endIndex, isWordCharacter(text[end]) { end = text.index(after: end) }
                return String(text[start..<end])
            }
            index = after
        }
        return nil
    }

    static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_"
    }
}
