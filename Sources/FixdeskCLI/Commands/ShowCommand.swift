import ArgumentParser
import FixdeskIndex
import FixdeskContent
import FixdeskService

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show one article, rendered for the terminal or as JSON.")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The article id (or an error code it claims).")
    var id: String

    func run() throws {
        let index = try options.openIndex()
        let language = try options.language(for: index)
        guard let article = try ArticleLookup.article(named: id, language: language, in: index) else {
            throw FixdeskError(.usage, "No article has the id '\(id)'; `fixdesk search` finds articles by words.")
        }
        if options.json {
            try Console.printJSON(ArticleJSON(article))
            return
        }
        let style = TextStyle(enabled: Console.usesColor)
        if article.language != language {
            Console.error("fixdesk: no '\(language)' translation of '\(article.id)'; showing '\(article.language)'.")
        }
        Console.out(TerminalRenderer(style: style).render(article))
    }
}
