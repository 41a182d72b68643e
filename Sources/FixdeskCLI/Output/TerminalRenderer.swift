import FixdeskIndex

/// An article as text for a terminal: title, summary, codes, numbered steps and where it lives.
struct TerminalRenderer {
    var style: TextStyle

    func render(_ article: IndexedArticle) -> String {
        var lines: [String] = []
        lines.append(style.bold(article.title))
        lines.append(article.summary)
        if !article.codes.isEmpty { lines.append(style.dim("Codes: " + article.codes.joined(separator: ", "))) }
        lines.append("")
        lines += numberedSteps(article.steps)
        lines.append("")
        lines.append(style.dim("\(article.url)  (\(article.path))"))
        return lines.joined(separator: "\n")
    }

    func numberedSteps(_ steps: [String], indent: String = "") -> [String] {
        let width = String(steps.count).count
        return steps.enumerated().map { offset, step in
            let number = String(offset + 1)
            let padded = String(repeating: " ", count: width - number.count) + number
            return indent + style.accent(padded + ".") + " " + step
        }
    }
}
