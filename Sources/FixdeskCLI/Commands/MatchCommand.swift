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
        var input = text.isEmpty ? PasteInput(bytes: Self.readStandardInput()) : PasteInput(text: text.joined(separator: " "))
        if let list = CodeList.lines(of: input.text) { input.text = list }
        guard !input.text.isBlank else {
            throw FixdeskError(.usage, key: "error_nothing_to_match",
                               english: "Nothing to match: give the error as an argument or on standard input.")
        }
        let index = try options.openIndex()
        let language = try options.language(for: index)
        let strings = CLIText.current
        let report = try Matcher(index: index).match(input, language: language)
        if input.wasTruncated { Console.error("fixdesk: " + strings("warning_truncated")) }
        if input.hadInvalidUTF8 { Console.error("fixdesk: " + strings("warning_invalid_utf8")) }
        let matches = PasteOrder.arrange(report.matches)
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
    static func readStandardInput() -> [UInt8] {
        var bytes: [UInt8] = []
        let limit = PasteInput.maximumBytes + 1
        while bytes.count < limit {
            let chunk = FileHandle.standardInput.readData(ofLength: min(64 * 1024, limit - bytes.count))
            if chunk.isEmpty { break }
            bytes += chunk
        }
        return bytes
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
