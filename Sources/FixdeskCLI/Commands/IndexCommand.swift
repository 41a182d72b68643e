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
