import ArgumentParser
import Foundation
import FixdeskIndex

struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index", abstract: "Build or refresh the SQLite index (only changed files are re-read).")

    @OptionGroup var options: GlobalOptions

    @Flag(name: .long, help: "Rebuild from scratch.")
    var rebuild = false

    func run() throws {
        if rebuild { try? FileManager.default.removeItem(atPath: options.indexPath) }
        let index = try options.openIndex()
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
