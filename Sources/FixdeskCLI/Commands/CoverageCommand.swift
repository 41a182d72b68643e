import ArgumentParser
import Foundation
import FixdeskContent

/// The coverage table: codes claimed per provider against the published lists, for the README.
struct CoverageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coverage", abstract: "Print the codes claimed per provider against the published lists, as Markdown.",
        discussion: "scripts/coverage.sh writes the table into README.md and the full list into docs/coverage.md.")

    @OptionGroup var options: ContentOptions

    @Option(name: .long, help: "The folder of published-codes-*.txt and not-claimed-*.txt lists.")
    var catalog = "Tests/Catalog"

    @Option(name: .long, help: "Replace the table between the coverage markers of this Markdown file.")
    var readme: String?

    @Option(name: .long, help: "Write the table and every code not claimed, with why, to this file.")
    var doc: String?

    func run() throws {
        let content = try options.checkedLoader().load()
        let report: CoverageReport
        do {
            report = try CoverageReport(content: content, catalog: URL(fileURLWithPath: catalog, isDirectory: true))
        } catch {
            throw FixdeskError(.io, key: "error_file", ["path": catalog, "reason": error.localizedDescription],
                               english: CLIText.english["error_file"]!)
        }
        if let readme {
            let url = URL(fileURLWithPath: readme)
            guard let text = try? String(contentsOf: url, encoding: .utf8), let updated = report.updating(readme: text) else {
                throw FixdeskError(.usage, "'\(readme)' has no coverage markers (\(CoverageReport.startMarker) … \(CoverageReport.endMarker)).")
            }
            try write(updated, to: readme)
        }
        if let doc { try write(report.document, to: doc) }
        if readme == nil && doc == nil { Console.out(report.table) }
    }

    private func write(_ text: String, to path: String) throws {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw FixdeskError(.io, key: "error_file", ["path": path, "reason": error.localizedDescription],
                               english: CLIText.english["error_file"]!)
        }
    }
}
