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
        // The old index answers until the new one is renamed over it, so --rebuild never deletes it first.
        var index = try options.openIndex(rebuild: rebuild)
        if !index.refresh.rebuilt && !index.isIntact() {
            Console.error("fixdesk: the index at \(options.indexPath) is damaged; rebuilding it.")
            index = try options.openIndex(rebuild: true)
        }
        let report = index.refresh
        if options.json {
            try Console.printJSON(IndexReportJSON(path: options.indexPath, rebuilt: report.rebuilt, added: report.added,
                                                  changed: report.changed, removed: report.removed, articles: index.articleCount))
        } else if report.rebuilt {
            Console.out("Built the index of \(index.articleCount) articles at \(options.indexPath).")
        } else if report.isNoop {
            Console.out("The index at \(options.indexPath) is up to date (\(index.articleCount) articles).")
        } else {
            Console.out("Refreshed \(options.indexPath): \(report.added) added, \(report.changed) changed, \(report.removed) removed; \(index.articleCount) articles.")
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
