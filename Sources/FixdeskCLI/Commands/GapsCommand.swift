import ArgumentParser
import Foundation
import FixdeskContent
import FixdeskTriage

struct GapsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gaps",
        abstract: "Group the pastes that matched nothing (a --log-unmatched file), largest first, to see which articles are missing.")

    @OptionGroup var options: ContentOptions

    @Argument(help: ArgumentHelp("The log written by serve --log-unmatched or mcp --log-unmatched.", valueName: "FILE"))
    var file: String

    @Option(name: .long, help: "How many groups to show at most (text output).")
    var limit = 50

    func run() throws {
        guard let handle = FileHandle(forReadingAtPath: file) else { throw FixdeskError(.io, "Cannot read '\(file)'.") }
        var gaps = Gaps()
        var lines = LineReader(handle: handle)
        while let line = lines.next() { gaps.add(line: line) }
        let report = gaps.report()
        if options.json {
            try Console.printJSON(report)
            return
        }
        let style = TextStyle(enabled: Console.usesColor)
        Console.out("\(report.total) pastes matched nothing; \(report.groups.count) different texts.")
        for group in report.groups.prefix(limit) {
            let seen = group.firstSeen.flatMap { first in group.lastSeen.map { " " + style.dim("\(first) – \($0)") } } ?? ""
            Console.out(String(format: "%6d× ", group.count) + group.text + style.dim("  [\(group.languages.joined(separator: ", "))]") + seen)
        }
        if report.groups.count > limit { Console.out("… and \(report.groups.count - limit) more.") }
        if report.skipped > 0 { Console.error("fixdesk: \(report.skipped) line(s) of '\(file)' are not unmatched-log entries; skipped.") }
    }
}
