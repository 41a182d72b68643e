import FixdeskContent
import FixdeskMatch

/// `match` for a terminal: per match its title, confidence, why, numbered steps and its address.
struct MatchRenderer {
    var style: TextStyle
    var text: CLIText
    /// The public address of each match's article.
    var href: (Match) -> String
    /// Columns to wrap the steps to.
    var width = Terminal.unwrapped

    func render(_ matches: [Match]) -> String {
        var blocks: [String] = []
        for (offset, match) in matches.enumerated() {
            var lines: [String] = []
            let heading = matches.count > 1 ? "\(offset + 1). " : ""
            lines.append(heading + style.bold(match.article.title) + "  " + style.good(text.percent(match.confidence)))
            lines.append(style.dim("   " + text("why", ["reasons": match.details.map(text.reason).joined(separator: "; ")])))
            let steps = MarkdownBlock.list(start: 1, items: match.article.steps.map { [.paragraph([.text($0)])] })
            lines += TerminalRenderer(style: style, text: text, width: width).render(steps, width: width - 3).map { "   " + $0 }
            lines.append("   " + style.link(href(match)) + style.dim("  (" + match.article.path + ")"))
            blocks.append(lines.joined(separator: "\n"))
        }
        return blocks.joined(separator: "\n\n")
    }
}
