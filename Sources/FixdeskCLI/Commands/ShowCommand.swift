import ArgumentParser
import Foundation
import FixdeskIndex
import FixdeskContent
import FixdeskService

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show one article, rendered for the terminal or as JSON.")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The article id, or an error code it explains (131047, 63016, twilio:63016).")
    var id: String

    func run() throws {
        let index = try options.openIndex()
        let language = try options.language(for: index)
        let text = CLIText.current
        let lookup = try ArticleLookup(index: index)
        let articleID: String
        switch try lookup.resolve(id) {
        case let .article(found): articleID = found
        case let .ambiguous(choices):
            let list = choices.map { "\(ErrorCode.displayName(of: $0.code)) (\($0.article))" }.joined(separator: ", ")
            throw FixdeskError(.usage, key: "error_ambiguous_code", ["id": id, "choices": list, "first": choices[0].code],
                               english: CLIText.english["error_ambiguous_code"]!)
        case .unknown:
            throw FixdeskError(.usage, key: "error_no_article", ["id": id], english: CLIText.english["error_no_article"]!)
        }
        guard let article = try index.article(id: articleID, preferring: language) else {
            throw FixdeskError(.usage, key: "error_no_article", ["id": id], english: CLIText.english["error_no_article"]!)
        }
        if options.json {
            try Console.printJSON(ArticleDocument(article, in: index))
            return
        }
        if article.language != language {
            Console.error("fixdesk: " + text("shown_in_other_language", ["requested": language, "id": article.id, "shown": article.language]))
        }
        var renderer = TerminalRenderer(style: TextStyle(enabled: Console.usesColor), text: text, width: Terminal.textWidth)
        let base = index.settings.site.baseURL.hasSuffix("/") ? index.settings.site.baseURL : index.settings.site.baseURL + "/"
        let source = "\(article.language)/\(article.section)/\(article.slug).md"
        renderer.address = { destination in
            // `other-article.md#part` → `https://help.example.com/en/section/other-article/#part`.
            guard let target = ContentLinks.resolve(destination, from: source), target.path.hasSuffix(".md") else { return destination }
            return base + target.path.dropLast(3) + "/" + (target.fragment.map { "#\($0)" } ?? "")
        }
        Terminal.page(renderer.render(article, body: MarkdownBlock.parse(body(of: article)), href: options.href(article, in: index)))
    }

    /// The article's Markdown after its front matter, read again from its file; the stored steps
    /// stand in when the file has gone since the index was built.
    private func body(of article: IndexedArticle) -> String {
        let loader = options.loader
        let relative = article.path.hasPrefix(loader.displayRoot + "/") ? String(article.path.dropFirst(loader.displayRoot.count + 1)) : article.path
        guard let source = try? String(contentsOf: loader.directory.appendingPathComponent(relative), encoding: .utf8) else {
            return article.steps.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: "\n")
        }
        return Self.stripFrontMatter(source)
    }

    static func stripFrontMatter(_ source: String) -> String {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first.map({ $0.trimmingCharacters(in: .whitespaces) }) == "---",
              let end = lines.dropFirst().firstIndex(where: { $0 == "---" || $0 == "..." }) else { return source }
        return lines[(end + 1)...].joined(separator: "\n")
    }
}
