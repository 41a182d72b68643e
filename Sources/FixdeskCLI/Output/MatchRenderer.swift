import FixdeskMatch

/// `match` for a terminal: per match its title, confidence, why, numbered steps and site path.
struct MatchRenderer {
    var style: TextStyle

    func render(_ report: MatchReport) -> String {
        var blocks: [String] = []
        for (offset, match) in report.matches.enumerated() {
            var lines: [String] = []
            let percent = Int((match.confidence * 100).rounded())
            let heading = report.matches.count > 1 ? "\(offset + 1). " : ""
            lines.append(heading + style.bold(match.article.title) + "  " + style.good("\(percent)%"))
            lines.append(style.dim("   why: " + match.reasons.joined(separator: "; ")))
            lines += TerminalRenderer(style: style).numberedSteps(match.article.steps, indent: "   ")
            lines.append(style.dim("   " + match.article.url + "  (" + match.article.path + ")"))
            blocks.append(lines.joined(separator: "\n"))
        }
        return blocks.joined(separator: "\n\n")
    }
}
