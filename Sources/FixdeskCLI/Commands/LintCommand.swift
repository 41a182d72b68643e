import ArgumentParser
import FixdeskContent

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint", abstract: "Check the content; print every problem as file:line: message.")

    @OptionGroup var options: ContentOptions

    func run() throws {
        let content = try options.checkedLoader().load()
        _ = try? options.useLanguage(site: content.site, languages: content.languages)
        let text = CLIText.current
        if options.json {
            try Console.printJSON(LintJSON(problems: content.diagnostics.map {
                LintJSON.Problem(path: $0.path, line: $0.line ?? 1, message: $0.message)
            }, articles: content.articles.count))
        } else {
            for diagnostic in content.diagnostics { Console.out(diagnostic.description) }
            let summary = text("lint_summary", ["articles": String(content.articles.count), "languages": String(content.site.languages.count)])
            if content.diagnostics.isEmpty {
                Console.error(text("lint_ok", ["summary": summary]))
            } else {
                Console.error(text("lint_problems", ["count": String(content.diagnostics.count), "summary": summary]))
            }
        }
        if !content.diagnostics.isEmpty { throw ExitCode(3) }
    }
}

struct LintJSON: Encodable {
    struct Problem: Encodable {
        var path: String
        var line: Int
        var message: String
    }

    var problems: [Problem]
    var articles: Int
}
