import ArgumentParser
import Foundation
import FixdeskContent
import FixdeskIndex
import FixdeskMatch
import FixdeskTriage

struct TriageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "triage",
        abstract: "Group many errors at once by article: log lines, webhook callbacks (JSON lines) or a CSV export.",
        discussion: """
        One error per line or record. Webhook callbacks give one error per statuses[].errors[] entry; \
        a CSV export needs a header row with an error column. Timestamps come from the records.
        """)

    @OptionGroup var options: GlobalOptions

    @Argument(help: ArgumentHelp("The file to read; standard input when absent or -.", valueName: "FILE"))
    var file: String?

    @Option(name: .long, help: "How many unmatched texts to list at most (text output).")
    var listUnmatched = 20

    /// Lines read, parsed (on every core) and grouped at a time; the progress line is redrawn after each batch.
    static let batchLines = 4096

    func run() throws {
        let handle: FileHandle
        if let file, file != "-" {
            guard let opened = FileHandle(forReadingAtPath: file) else {
                throw FixdeskError(.io, "Cannot read '\(file)'.")
            }
            handle = opened
        } else {
            handle = .standardInput
        }
        let index = try options.openIndex()
        let language = try options.language(for: index)
        let matcher = Matcher(index: index)
        let triage = Triage { text in
            guard let best = try matcher.match(PasteInput(text: text), language: language).matches.first else { return nil }
            return TriageArticle(id: best.article.id, title: best.article.title, codes: best.article.codes, steps: best.article.steps)
        }
        let progress = Progress(enabled: isatty(STDERR_FILENO) != 0)
        var reader = TriageReader()
        var lines = LineReader(handle: handle)
        var count = 0
        var batch: [String] = []
        batch.reserveCapacity(Self.batchLines)
        var more = true
        while more {
            batch.removeAll(keepingCapacity: true)
            while batch.count < Self.batchLines, let line = lines.next() { batch.append(line) }
            more = batch.count == Self.batchLines
            for unit in reader.units(ofLines: batch) { try triage.add(unit) }
            count += batch.count
            progress.show("triage: \(count) lines, \(triage.total) errors…")
        }
        for unit in reader.finish() { try triage.add(unit) }
        progress.clear()
        let report = triage.report()
        if options.json {
            try Console.printJSON(report)
        } else {
            Console.out(TriageRenderer(style: TextStyle(enabled: Console.usesColor), unmatchedLimit: listUnmatched).render(report))
        }
    }

    /// One line on standard error, redrawn in place; only on a terminal.
    struct Progress {
        var enabled: Bool

        func show(_ text: String) {
            guard enabled else { return }
            FileHandle.standardError.write(Data("\r\u{1B}[K\(text)".utf8))
        }

        func clear() {
            guard enabled else { return }
            FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        }
    }
}

/// The text report of `triage`: groups largest first with their steps, then the unmatched texts.
struct TriageRenderer {
    var style: TextStyle
    var unmatchedLimit: Int

    func render(_ report: TriageReport) -> String {
        var lines = ["\(report.total) errors: \(report.groups.count) articles, \(report.unmatched) unmatched."]
        for (offset, group) in report.groups.enumerated() {
            lines.append("")
            lines.append("\(offset + 1). " + style.bold(group.title) + style.dim("  [\(group.id)]"))
            var counts = "   \(group.count) (\(percent(group.share)))"
            if let first = group.firstSeen, let last = group.lastSeen { counts += ", \(first) – \(last)" }
            lines.append(counts)
            lines.append("   " + style.dim("e.g. \(group.example)"))
            for (number, step) in group.steps.enumerated() { lines.append("   \(number + 1). \(step)") }
        }
        if !report.unmatchedTexts.isEmpty {
            lines.append("")
            lines.append(style.bold("Unmatched (\(report.unmatched)):"))
            for item in report.unmatchedTexts.prefix(unmatchedLimit) { lines.append("   \(item.count)× \(item.text)") }
            if report.unmatchedTexts.count > unmatchedLimit {
                lines.append("   … and \(report.unmatchedTexts.count - unmatchedLimit) more different texts")
            }
        }
        return lines.joined(separator: "\n")
    }

    func percent(_ share: Double) -> String { String(format: "%.1f %%", share * 100) }
}
