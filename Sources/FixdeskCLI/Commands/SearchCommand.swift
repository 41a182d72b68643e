import ArgumentParser
import FixdeskAnalysis
import FixdeskContent
import FixdeskIndex

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search", abstract: "Search the articles by words, in Turkish or English.")

    @OptionGroup var options: GlobalOptions

    @Option(name: .long, help: "How many results at most.")
    var limit = 10

    @Argument(parsing: .remaining, help: "The words to look for.")
    var query: [String]

    func validate() throws {
        guard limit > 0 else { throw ValidationError(CLIText.current("error_limit")) }
        guard !query.joined().isBlank else { throw ValidationError(CLIText.current("error_no_query")) }
    }

    func run() throws {
        let text = query.joined(separator: " ")
        guard text.utf8.count <= KnowledgeIndex.maximumQueryLength else {
            throw FixdeskError(.usage, key: "error_query_too_long", english: CLIText.english["error_query_too_long"]!)
        }
        let (results, index) = try options.withIndex { index in
            let language = try options.language(for: index)
            return (try index.search(text, language: language, limit: limit), index)
        }
        let strings = CLIText.current
        if options.json {
            try Console.printJSON(SearchJSON(results) { options.href($0, in: index) })
        } else if results.isEmpty {
            Console.error(strings("no_search_results", ["query": text]))
        } else {
            let style = TextStyle(enabled: Console.usesColor)
            for (offset, result) in results.enumerated() {
                Console.out("\(offset + 1). " + style.bold(result.article.title) + style.dim("  [\(result.article.id)]"))
                if !result.snippet.isEmpty { Console.out("   " + style.highlights(result.snippet)) }
                Console.out("   " + style.link(options.href(result.article, in: index)))
            }
        }
        if results.isEmpty { throw ExitCode(1) }
    }
}
