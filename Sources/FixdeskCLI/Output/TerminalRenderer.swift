import Foundation
import FixdeskContent
import FixdeskIndex

/// An article as text for a terminal: title, summary, codes, date, the whole body (headings, lists,
/// links, code) wrapped to `width`, and its address.
struct TerminalRenderer {
    var style: TextStyle
    var text: CLIText
    /// Columns to wrap to.
    var width: Int
    /// A link's destination as the reader can open it (another article's public address).
    var address: (String) -> String = { $0 }

    func render(_ article: IndexedArticle, body: [MarkdownBlock], href: String) -> String {
        var lines: [String] = []
        lines += wrap([Word(style.bold, article.title)], width: width)
        lines += wrap(words(article.summary), width: width)
        if !article.codes.isEmpty {
            lines += wrap(words(text("codes", ["codes": article.codes.map(ErrorCode.displayName).joined(separator: ", ")]),
                                base: style.dim), width: width)
        }
        if !article.updated.isEmpty { lines.append(style.dim(text("updated", ["date": text.date(article.updated)]))) }
        for block in body {
            lines.append("")
            lines += render(block, width: width)
        }
        lines.append("")
        lines.append(style.link(href) + style.dim("  (\(article.path))"))
        return lines.joined(separator: "\n")
    }

    func render(_ block: MarkdownBlock, width: Int) -> [String] {
        switch block {
        case let .heading(level, runs):
            let heading = wrap(words(runs, base: style.bold), width: width)
            return level <= 2 ? heading + [style.dim(String(repeating: "─", count: min(width, visibleWidth(heading))))] : heading
        case let .paragraph(runs):
            return wrap(words(runs), width: width)
        case let .list(start, items):
            let numbers: [String] = items.indices.map { offset in start.map { "\($0 + offset)." } ?? "•" }
            let markerWidth = numbers.map(\.count).max() ?? 1
            var lines: [String] = []
            for (item, marker) in zip(items, numbers) {
                let padded = String(repeating: " ", count: markerWidth - marker.count) + marker + " "
                let inner = item.flatMap { render($0, width: max(20, width - padded.count)) }
                for (offset, line) in inner.enumerated() {
                    lines.append((offset == 0 ? style.accent(padded) : String(repeating: " ", count: padded.count)) + line)
                }
            }
            return lines
        case let .code(code):
            return code.split(separator: "\n", omittingEmptySubsequences: false).dropLast(code.hasSuffix("\n") ? 1 : 0)
                .map { "    " + style.accent(String($0)) }
        case let .quote(blocks):
            return blocks.flatMap { render($0, width: max(20, width - 2)) }.map { style.dim("│ ") + $0 }
        case .rule:
            return [style.dim(String(repeating: "─", count: min(width, 40)))]
        }
    }

    /// A word and how it is styled; wrapping counts only the word's own characters.
    struct Word {
        var styled: (String) -> String
        var text: String
        init(_ styled: @escaping (String) -> String, _ text: String) {
            self.styled = styled
            self.text = text
        }
    }

    private func words(_ text: String, base: @escaping (String) -> String = { $0 }) -> [Word] {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { Word(base, String($0)) }
    }

    private func words(_ runs: [MarkdownInline], base: @escaping (String) -> String = { $0 }) -> [Word] {
        var result: [Word] = []
        var glue = false
        for run in runs {
            let pieces: [Word]
            switch run {
            case let .text(value): pieces = words(value, base: base)
            case let .code(value): pieces = words(value, base: { [style] in style.accent(base($0)) })
            case let .emphasis(value): pieces = words(value, base: { [style] in style.italic(base($0)) })
            case let .strong(value): pieces = words(value, base: { [style] in style.bold(base($0)) })
            case let .link(label, written):
                let destination = address(written)
                pieces = words(label, base: base) + (destination == label ? [] : [Word({ [style] in style.link($0) }, "<\(destination)>")])
            }
            // Runs that touch ("`code`," or "word**bold**") stay one word on the line.
            let startsGlued: Bool
            if case let .text(value) = run { startsGlued = !(value.first?.isWhitespace ?? true) } else { startsGlued = true }
            if glue, startsGlued, let first = pieces.first, let last = result.popLast() {
                let lastStyled = last.styled, firstStyled = first.styled
                let split = last.text.count
                result.append(Word({ combined in lastStyled(String(combined.prefix(split))) + firstStyled(String(combined.dropFirst(split))) },
                                   last.text + first.text))
                result += pieces.dropFirst()
            } else {
                result += pieces
            }
            if case let .text(value) = run { glue = !(value.last?.isWhitespace ?? true) } else { glue = true }
        }
        return result
    }

    /// Greedy wrapping by visible characters; a word longer than the line stands alone on it.
    func wrap(_ words: [Word], width: Int) -> [String] {
        var lines: [String] = []
        var line = "", used = 0
        for word in words {
            let length = word.text.count
            if used > 0, used + 1 + length > width {
                lines.append(line)
                line = ""
                used = 0
            }
            if used > 0 { line += " "; used += 1 }
            line += word.styled(word.text)
            used += length
        }
        if used > 0 { lines.append(line) }
        return lines
    }

    private func visibleWidth(_ lines: [String]) -> Int {
        lines.map { $0.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression).count }.max() ?? 0
    }
}
