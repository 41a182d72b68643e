import ArgumentParser
import Foundation
import FixdeskAnalysis
import FixdeskContent
import FixdeskIndex
import FixdeskMatch

struct MatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match",
        abstract: "Find the articles and fix steps for a pasted error (TEXT, or standard input).")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The error text, code or payload; several arguments are one paste. Read from standard input when absent.")
    var text: [String] = []

    func run() throws {
        // Several codes, as one line or as separate arguments, are one paste: the matcher lists them in paste order.
        let input = text.isEmpty ? PasteInput(bytes: try Self.readStandardInput()) : PasteInput(text: text.joined(separator: " "))
        guard !input.text.isBlank else {
            throw FixdeskError(.usage, key: "error_nothing_to_match",
                               english: "Nothing to match: give the error as an argument or on standard input.")
        }
        let (report, index) = try options.withIndex { index in
            let language = try options.language(for: index)
            return (try Matcher(index: index).match(input, language: language), index)
        }
        let strings = CLIText.current
        if input.wasTruncated { Console.error("fixdesk: " + strings("warning_truncated")) }
        if input.hadInvalidUTF8 { Console.error("fixdesk: " + strings("warning_invalid_utf8")) }
        let matches = report.matches
        let href = { (match: Match) in options.href(match.article, in: index) }
        if options.json {
            try Console.printJSON(MatchJSON(report, matches: matches, text: strings, href: href))
        } else if matches.isEmpty {
            Console.error(strings("no_match"))
        } else {
            Console.out(MatchRenderer(style: TextStyle(enabled: Console.usesColor), text: strings, href: href,
                                      width: Terminal.textWidth).render(matches))
        }
        if matches.isEmpty { throw ExitCode(1) }
    }

    /// Standard input, read up to one byte past the paste limit so a longer paste is known to be cut.
    static func readStandardInput() throws(FixdeskError) -> [UInt8] {
        try Console.readStandardInput(limit: PasteInput.maximumBytes + 1)
    }
}

/// `match --json`, the stable interface of PRODUCT.md; reasons are in the output language.
struct MatchJSON: Encodable {
    struct Input: Encodable {
        var codes: [String]
        var language: String
    }

    struct Item: Encodable {
        var id: String
        var lang: String
        var title: String
        var codes: [String]
        var confidence: Double
        var reasons: [String]
        var steps: [String]
        var url: String
        var href: String
        var path: String
    }

    var input: Input
    var matches: [Item]

    init(_ report: MatchReport, matches: [Match], text: CLIText, href: (Match) -> String) {
        input = Input(codes: report.codes, language: report.language)
        self.matches = matches.map {
            Item(id: $0.article.id, lang: $0.article.language, title: $0.article.title, codes: $0.article.codes,
                 confidence: $0.confidence, reasons: $0.details.map(text.reason), steps: $0.article.steps,
                 url: $0.article.url, href: href($0), path: $0.article.path)
        }
    }
}
