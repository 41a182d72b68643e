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

    @Argument(help: "The error text, code or payload. Read from standard input when absent.")
    var text: [String] = []

    func run() throws {
        let input = text.isEmpty ? PasteInput(bytes: try Self.readStandardInput()) : PasteInput(text: text.joined(separator: " "))
        guard !input.text.isBlank else {
            throw FixdeskError(.usage, "Nothing to match: give the error as an argument or on standard input.")
        }
        let (report, _) = try options.withIndex { index in
            let language = try options.language(for: index)
            return (try Matcher(index: index).match(input, language: language), index)
        }
        for warning in report.warnings { Console.error("fixdesk: \(warning)") }
        if options.json {
            try Console.printJSON(MatchJSON(report))
        } else if report.matches.isEmpty {
            Console.error("No article fits this error.")
        } else {
            Console.out(MatchRenderer(style: TextStyle(enabled: Console.usesColor)).render(report))
        }
        if report.matches.isEmpty { throw ExitCode(1) }
    }

    /// Standard input, read up to one byte past the paste limit so a longer paste is known to be cut.
    static func readStandardInput() throws(FixdeskError) -> [UInt8] {
        try Console.readStandardInput(limit: PasteInput.maximumBytes + 1)
    }
}

/// `match --json`, the stable interface of PRODUCT.md.
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
        var path: String
    }

    var input: Input
    var matches: [Item]

    init(_ report: MatchReport) {
        input = Input(codes: report.codes, language: report.language)
        matches = report.matches.map {
            Item(id: $0.article.id, lang: $0.article.language, title: $0.article.title, codes: $0.article.codes,
                 confidence: $0.confidence, reasons: $0.reasons, steps: $0.article.steps, url: $0.article.url,
                 path: $0.article.path)
        }
    }
}
