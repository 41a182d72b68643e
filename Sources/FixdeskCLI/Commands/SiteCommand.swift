import ArgumentParser
import Foundation
import FixdeskContent
import FixdeskSite

struct SiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "site",
        abstract: "Generate the static help-center site (every language, searchable offline).",
        discussion: """
        The site is built next to DIR and swapped in at once: a failed build leaves the previous \
        site untouched. Templates and assets in <content>/_theme/ override the built-in ones.
        """)

    @OptionGroup var options: ContentOptions

    @Option(name: .long, help: ArgumentHelp("The output folder.", valueName: "DIR"))
    var out: String

    @Flag(name: .long, help: "No progress line on the terminal.")
    var quiet = false

    func run() throws {
        let started = Date()
        var loader = try options.checkedLoader()
        options.chooseLanguageEarly(loader)
        var writer = SiteWriter(output: URL(fileURLWithPath: out, isDirectory: true), displayPath: out)
        try writer.check(contentDirectory: loader.directory)
        let display = ProgressDisplay.isWanted(json: options.json, quiet: quiet) ? ProgressDisplay(text: CLIText.current) : nil
        defer { display?.finish() }
        loader.progress = display?.meter
        writer.progress = display?.meter
        display?.begin("progress_reading", total: display.map { _ in ProgressDisplay.articleCount(in: loader) } ?? 0)
        let content = try loader.load(renderingBodies: true)
        _ = try? options.useLanguage(site: content.site, languages: content.languages)
        let text = CLIText.current
        if !content.diagnostics.isEmpty {
            for diagnostic in content.diagnostics { Console.error(diagnostic.description) }
            throw FixdeskError(.content, key: "error_site_content", ["count": String(content.diagnostics.count)],
                               english: CLIText.english["error_site_content"]!)
        }
        let theme = try SiteTheme.load(overridesIn: loader.directory.appendingPathComponent("_theme", isDirectory: true),
                                       displayPath: loader.displayPath("_theme"))
        let generator = try SiteGenerator(content: content, theme: theme, contentDisplayPath: loader.displayRoot)
        let files = generator.generate()
        display?.begin("progress_writing", total: files.count)
        let report = try writer.write(files)
        display?.finish()
        let seconds = Date().timeIntervalSince(started)
        if options.json {
            try Console.printJSON(SiteReportJSON(out: out, files: files.count, written: report.written,
                                                 unchanged: report.unchanged, seconds: seconds))
        } else {
            Console.out(text("site_written", ["out": out, "files": String(files.count), "written": String(report.written),
                                              "unchanged": String(report.unchanged), "seconds": String(format: "%.2f", seconds)]))
        }
    }
}

struct SiteReportJSON: Encodable {
    var out: String
    var files: Int
    var written: Int
    var unchanged: Int
    var seconds: Double
}
