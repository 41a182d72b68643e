import FixdeskContent
import FixdeskMatch

/// Every sentence the command line prints, in the output language.
///
/// The texts come from the `cli:` mapping of `content/<lang>/_strings.yml`, with `{placeholders}`;
/// a key a language does not translate falls back to the English below, so a new language folder
/// gets a translated command line as soon as its strings are written, without changing code.
struct CLIText: Sendable {
    var strings: [String: String]
    var formats: LanguageFormats

    init(strings: [String: String] = [:], formats: LanguageFormats = .english) {
        self.strings = strings
        self.formats = formats
    }

    init(_ language: LanguageSettings?) {
        self.init(strings: language?.commandLine ?? [:], formats: language?.formats ?? .english)
    }

    /// The language of the running command, set once it is known, so errors thrown anywhere are
    /// reported in it. English until then.
    nonisolated(unsafe) static var current = CLIText()

    func callAsFunction(_ key: String, _ values: [String: String] = [:]) -> String {
        (strings[key] ?? Self.english[key] ?? key).replacingPlaceholders(values)
    }

    func percent(_ fraction: Double) -> String { formats.percent(fraction) }

    func date(_ iso: String) -> String { formats.date(iso: iso) }

    /// One reason for a match, in words.
    func reason(_ reason: Reason) -> String {
        switch reason {
        case let .code(code, mention):
            return self("reason_code", ["code": ErrorCode.displayName(of: code), "place": place(mention)])
        case let .errorText(text, similarity) where similarity >= 1:
            return self("reason_error_text", ["text": text])
        case let .errorText(text, similarity):
            return self("reason_phrase", ["text": text, "percent": percent(similarity)])
        case let .words(words):
            return self("reason_words", ["words": words.joined(separator: ", ")])
        case let .untranslated(requested, shown):
            return self("reason_untranslated", ["requested": requested, "shown": shown])
        }
    }

    private func place(_ mention: CodeMention) -> String {
        switch mention.context {
        case let .key(path, _): self("place_key", ["path": path])
        case .hashInParentheses: self("place_hash_parentheses", ["value": mention.value])
        case .hash: self("place_hash", ["value": mention.value])
        case let .keyword(word): self("place_keyword", ["word": word])
        case .bare: self("place_bare")
        case .freeText: self("place_text")
        case .named: self("place_named", ["value": mention.value])
        case .lineStart: self("place_line_start")
        }
    }

    /// An error's sentence: its translation when it has a key, else its English message.
    func message(for error: FixdeskError) -> String {
        guard let key = error.key, strings[key] != nil || Self.english[key] != nil else { return error.message }
        return self(key, error.values)
    }

    /// The English texts, and the list of keys a language's `cli:` mapping may translate.
    static var english: [String: String] { CommandLineText.english }
}
