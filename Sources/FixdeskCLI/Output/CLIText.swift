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
        }
    }

    /// An error's sentence: its translation when it has a key, else its English message.
    func message(for error: FixdeskError) -> String {
        guard let key = error.key, strings[key] != nil || Self.english[key] != nil else { return error.message }
        return self(key, error.values)
    }

    /// The English texts, and the list of keys a language's `cli:` mapping may translate.
    static let english: [String: String] = [
        "why": "why: {reasons}",
        "codes": "Codes: {codes}",
        "updated": "Updated {date}",
        "steps": "How to fix",
        "no_match": "No article fits this error.",
        "no_search_results": "Nothing matched '{query}'.",
        "reason_code": "error code {code} {place}",
        "reason_error_text": "error text “{text}”",
        "reason_phrase": "phrase “{text}” ({percent} alike)",
        "reason_words": "words: {words}",
        "reason_untranslated": "no '{requested}' translation; shown in '{shown}'",
        "place_key": "in {path}",
        "place_hash_parentheses": "in (#{value})",
        "place_hash": "as #{value}",
        "place_keyword": "after '{word}'",
        "place_bare": "as the pasted code",
        "place_text": "in the text",
        "place_named": "as {value}",
        "warning_truncated": "The paste is longer than 1 MiB; only its first 1 MiB was read.",
        "warning_invalid_utf8": "The paste had bytes that are not UTF-8; they were replaced.",
        "shown_in_other_language": "no '{requested}' translation of '{id}'; showing '{shown}'.",
        "lint_summary": "{articles} articles in {languages} languages",
        "lint_ok": "No problems: {summary}.",
        "lint_problems": "{count} problem(s) in {summary}.",
        "index_built": "Built the index of {articles} articles at {path}.",
        "index_up_to_date": "The index at {path} is up to date ({articles} articles).",
        "index_refreshed": "Refreshed {path}: {added} added, {changed} changed, {removed} removed; {articles} articles.",
        "site_written": "Wrote the site to {out}: {files} files ({written} new or changed, {unchanged} unchanged) in {seconds} s.",
        "progress_reading": "Reading the content",
        "progress_indexing": "Indexing",
        "progress_writing": "Writing the site",
        "progress_rate": "{done}/{total} files, {rate}/s",
        "error_nothing_to_match": "Nothing to match: give the error as an argument or on standard input.",
        "error_query_too_long": "The query is longer than 1 MiB; search for a few words instead.",
        "error_no_query": "Give the words to search for, e.g. fixdesk search şablon duraklatıldı",
        "error_limit": "--limit must be a positive number.",
        "error_no_article": "No article has the id or code '{id}'; `fixdesk search` finds articles by words.",
        "error_ambiguous_code": "'{id}' is a code of several providers: {choices}. Name one, e.g. fixdesk show {first}.",
        "error_unknown_language": "Unknown language '{language}'; this content has {available}.",
        "error_site_content": "The content has {count} problem(s); the site was not built.",
        "error_content_missing": "The content folder '{folder}' does not exist; pass --content DIR to name another.",
        "error_content_not_found": "No content folder here or in any parent folder; pass --content DIR or set FIXDESK_CONTENT.",
        "error_content_is_file": "'{folder}' is a file, not a content folder.",
        "error_content_no_site": "The content folder '{folder}' has no {file} (the site settings with the list of languages).",
        "error_out_over_content": "--out '{out}' is or contains the content folder; choose a separate folder such as 'site'.",
        "error_out_inside_content": "--out '{out}' is inside the content folder; choose a folder outside it.",
        "error_out_is_file": "--out '{out}' is a file; name a folder.",
        "error_out_foreign": "--out '{out}' is a folder that fixdesk did not make; it will not be replaced. Choose an empty or new folder.",
        "error_index_build": "Cannot build the index at '{path}': {reason}.",
        "error_file_missing": "'{path}' does not exist.",
        "error_file_permission": "No permission to read or write '{path}'.",
        "error_disk_full": "The disk is full; '{path}' could not be written.",
        "error_file": "'{path}' could not be read or written ({reason}).",
        "error_unexpected": "Something went wrong: {reason}.",
    ]
}
