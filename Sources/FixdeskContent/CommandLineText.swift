/// The command line's sentences in English, by key: the fallback of every language and the list of
/// keys a `cli:` mapping in `_strings.yml` may translate (lint reports any other key, and any
/// `{placeholder}` the English sentence does not have).
public enum CommandLineText {
    public static let english: [String: String] = [
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
        "place_line_start": "at the start of a line",
        "place_bare": "as the pasted code",
        "place_text": "in the text",
        "place_named": "as {value}",
        "warning_truncated": "The paste is longer than 1 MiB; only its first 1 MiB was read.",
        "warning_invalid_utf8": "The paste had bytes that are not UTF-8; they were replaced.",
        "shown_in_other_language": "no '{requested}' translation of '{id}'; showing '{shown}'.",
        "lint_summary": "{articles} articles in {languages} languages",
        "lint_ok": "No problems: {summary}.",
        "lint_problems": "{count} problem(s) in {summary}.",
        "lint_warnings": "{count} warning(s): translations older than their source; they do not fail the check.",
        "lint_unrecorded": "{count} translation(s) record no version of their source; after checking one against its source, run `fixdesk lint --mark-translated PATH`.",
        "lint_marked": "{path} now follows {source} (version {version}).",
        "error_mark_usage": "--mark-translated needs the article files to stamp, e.g. fixdesk lint --mark-translated content/tr/messaging/x.md",
        "error_mark_not_article": "'{path}' is not an article of the content folder.",
        "error_mark_own_language": "'{path}' is itself in '{language}'; name the language it was translated from with --source.",
        "error_mark_no_source": "'{path}' has no '{language}' counterpart with the id '{id}' to follow.",
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

    /// The `{names}` a sentence uses.
    static func placeholders(in text: String) -> Set<String> {
        var names: Set<String> = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.insert(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    /// Problems of a language's `cli:` mapping: unknown keys, placeholders the sentence cannot fill.
    static func problems(key: String, text: String) -> String? {
        guard let english = english[key] else { return "unknown cli key '\(key)'" }
        let unknown = placeholders(in: text).subtracting(placeholders(in: english))
        guard unknown.isEmpty else {
            return "cli key '\(key)' uses " + unknown.sorted().map { "{\($0)}" }.joined(separator: ", ")
                + "; it can use " + placeholders(in: english).sorted().map { "{\($0)}" }.joined(separator: ", ")
        }
        return nil
    }
}
