import ArgumentParser
import FixdeskContent

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint", abstract: "Check the content; print every problem as file:line: message.")

    @OptionGroup var options: ContentOptions

    func run() throws {
        let content = try options.loader.load()
        if options.json {
            try Console.printJSON(LintJSON(problems: content.diagnostics.map {
                LintJSON.Problem(path: $0.path, line: $0.line ?? 1, message: $0.message)
            }, articles: content.articles.count))
        } else {
            for diagnostic in content.diagnostics { Console.out(diagnostic.description) }
            let summary = "\(content.articles.count) articles in \(content.site.languages.count) languages"
            if content.diagnostics.isEmpty {
                Console.error("No problems: \(summary).")
            } else {
                Console.error("\(content.diagnostics.count) problem(s) in \(summary).")
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
