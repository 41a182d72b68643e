import ArgumentParser
import Foundation
import FixdeskContent

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint", abstract: "Check the content; print every problem as file:line: message.",
        discussion: """
        Problems fail the check (exit status 3); warnings, such as a translation older than its source, do not.
        After updating a translation, record the source version it now follows:
          fixdesk lint --mark-translated content/tr/templates/template-paused.md
        """)

    @OptionGroup var options: ContentOptions

    @Flag(name: .customLong("mark-translated"),
          help: "Record in each named translation's front matter the current version of its source (translation_of).")
    var markTranslated = false

    @Option(name: .long, help: "With --mark-translated: the language translated from. Default: the site's default language.")
    var source: String?

    @Argument(help: "With --mark-translated: the article files to stamp.")
    var paths: [String] = []

    func run() throws {
        let content = try options.checkedLoader().load()
        _ = try? options.useLanguage(site: content.site, languages: content.languages)
        let text = CLIText.current
        if markTranslated || !paths.isEmpty {
            try mark(content, text: text)
            return
        }
        if options.json {
            try Console.printJSON(LintJSON(
                problems: content.diagnostics.map(LintJSON.Problem.init),
                warnings: content.warnings.map(LintJSON.Problem.init),
                unrecordedTranslations: content.unrecordedTranslations, articles: content.articles.count))
        } else {
            for diagnostic in content.diagnostics { Console.out(diagnostic.description) }
            for warning in content.warnings { Console.out(Self.warningLine(warning)) }
            let summary = text("lint_summary", ["articles": String(content.articles.count), "languages": String(content.site.languages.count)])
            if content.diagnostics.isEmpty {
                Console.error(text("lint_ok", ["summary": summary]))
            } else {
                Console.error(text("lint_problems", ["count": String(content.diagnostics.count), "summary": summary]))
            }
            if !content.warnings.isEmpty { Console.error(text("lint_warnings", ["count": String(content.warnings.count)])) }
            if content.unrecordedTranslations > 0 {
                Console.error(text("lint_unrecorded", ["count": String(content.unrecordedTranslations)]))
            }
        }
        if !content.diagnostics.isEmpty { throw ExitCode(3) }
    }

    /// `path:line: warning: message`, as compilers print warnings.
    static func warningLine(_ warning: Diagnostic) -> String {
        "\(warning.path):\(warning.line ?? 1): warning: \(warning.message)"
    }

    /// Writes `translation_of` into each named translation, changing no other byte of the file.
    private func mark(_ content: ContentSet, text: CLIText) throws {
        guard markTranslated, !paths.isEmpty else {
            throw FixdeskError(.usage, key: "error_mark_usage", english: CLIText.english["error_mark_usage"]!)
        }
        let loader = try options.checkedLoader()
        let onDisk = Dictionary(content.articles.map { (Self.canonical(loader.absolutePath(of: "\($0.language)/\($0.section)/\($0.slug).md")), $0) },
                                uniquingKeysWith: { first, _ in first })
        for path in paths {
            guard let article = onDisk[Self.canonical(path)] else {
                throw FixdeskError(.usage, key: "error_mark_not_article", ["path": path], english: CLIText.english["error_mark_not_article"]!)
            }
            let language = source ?? content.site.defaultLanguage
            guard language != article.language else {
                throw FixdeskError(.usage, key: "error_mark_own_language", ["path": path, "language": language],
                                   english: CLIText.english["error_mark_own_language"]!)
            }
            guard let original = content.article(id: article.id, language: language) else {
                throw FixdeskError(.usage, key: "error_mark_no_source", ["path": path, "language": language, "id": article.id],
                                   english: CLIText.english["error_mark_no_source"]!)
            }
            let record = TranslationRecord(language: language, version: TranslationRecord.version(of: original))
            let file = loader.absolutePath(of: "\(article.language)/\(article.section)/\(article.slug).md")
            let bytes = try ContentFile.readBytes(atPath: file, displayPath: path).get()
            guard let stamped = record.stamped(into: bytes) else {
                throw FixdeskError(.content, key: "error_mark_not_article", ["path": path], english: CLIText.english["error_mark_not_article"]!)
            }
            if stamped != bytes {
                do {
                    try Data(stamped).write(to: URL(fileURLWithPath: file), options: .atomic)
                } catch {
                    throw FixdeskError(.io, key: "error_file", ["path": path, "reason": "\(error.localizedDescription)"],
                                       english: CLIText.english["error_file"]!)
                }
            }
            Console.out(text("lint_marked", ["path": article.path, "source": original.path, "version": record.version]))
        }
    }

    /// A path as one file has it, however it was written (relative, with `..`, through a link).
    private static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}

struct LintJSON: Encodable {
    struct Problem: Encodable {
        var path: String
        var line: Int
        var message: String

        init(_ diagnostic: Diagnostic) {
            path = diagnostic.path
            line = diagnostic.line ?? 1
            message = diagnostic.message
        }
    }

    var problems: [Problem]
    var warnings: [Problem]
    var unrecordedTranslations: Int
    var articles: Int

    enum CodingKeys: String, CodingKey {
        case problems, warnings, articles
        case unrecordedTranslations = "unrecorded_translations"
    }
}
