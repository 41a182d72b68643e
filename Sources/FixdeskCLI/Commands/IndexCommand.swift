import ArgumentParser
import Foundation
import FixdeskIndex

struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index", abstract: "Build or refresh the SQLite index (only changed files are re-read).")

    @OptionGroup var options: GlobalOptions

    @Flag(name: .long, help: "Rebuild from scratch.")
    var rebuild = false

    @Flag(name: .long, help: "No progress line on the terminal.")
    var quiet = false

    func run() throws {
        if let loader = try? options.contentOptions.checkedLoader() { options.contentOptions.chooseLanguageEarly(loader) }
        let display = ProgressDisplay.isWanted(json: options.json, quiet: quiet) ? ProgressDisplay(text: CLIText.current) : nil
        if let display {
            var loader = try options.contentOptions.checkedLoader()
            loader.progress = display.meter
            display.begin("progress_indexing", total: ProgressDisplay.articleCount(in: loader))
        }
        // The old index answers until the new one is renamed over it, so --rebuild never deletes it first.
        var index = try options.openIndex(rebuild: rebuild, progress: display?.meter)
        if !index.refresh.rebuilt && !index.isIntact() {
            Console.error("fixdesk: the index at \(options.indexPath) is damaged; rebuilding it.")
            index = try options.openIndex(rebuild: true, progress: display?.meter)
        }
        display?.finish()
        let report = index.refresh
        _ = try? options.language(for: index)
        let text = CLIText.current
        let values = ["path": options.indexPath, "articles": String(index.articleCount), "added": String(report.added),
                      "changed": String(report.changed), "removed": String(report.removed)]
        if options.json {
            try Console.printJSON(IndexReportJSON(path: options.indexPath, rebuilt: report.rebuilt, added: report.added,
                                                  changed: report.changed, removed: report.removed, articles: index.articleCount))
        } else if report.rebuilt {
            Console.out(text("index_built", values))
        } else if report.isNoop {
            Console.out(text("index_up_to_date", values))
        } else {
            Console.out(text("index_refreshed", values))
        }
    }
}

struct IndexReportJSON: Encodable {
    var path: String
    var rebuilt: Bool
    var added: Int
    var changed: Int
    var removed: Int
    var articles: Int
}
