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
        guard limit > 0 else { throw ValidationError("--limit must be a positive number.") }
        guard !query.joined().isBlank else {
            throw ValidationError("Give the words to search for, e.g. fixdesk search şablon duraklatıldı")
        }
    }

    func run() throws {
        let text = query.joined(separator: " ")
        guard text.utf8.count <= KnowledgeIndex.maximumQueryLength else {
            throw FixdeskError(.usage, "The query is longer than 1 MiB; search for a few words instead.")
        }
        let index = try options.openIndex()
        let language = try options.language(for: index)
        let results = try index.search(text, language: language, limit: limit)
        if options.json {
            try Console.printJSON(SearchJSON(results))
        } else if results.isEmpty {
            Console.error("Nothing matched '\(text)'.")
        } else {
            let style = TextStyle(enabled: Console.usesColor)
            for (offset, result) in results.enumerated() {
                Console.out("\(offset + 1). " + style.bold(result.article.title) + style.dim("  [\(result.article.id)]"))
                if !result.snippet.isEmpty { Console.out("   " + style.highlights(result.snippet)) }
                Console.out("   " + style.dim(result.article.url))
            }
        }
        if results.isEmpty { throw ExitCode(1) }
    }
}
