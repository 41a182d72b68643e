import Foundation
import FixdeskContent

/// Turns the lines of a triage input into units, recognising its kind from the first line:
/// JSON lines (webhook callbacks or any JSON records), a CSV export with a header row, or log lines.
public struct TriageReader: Sendable {
    enum Kind: Equatable, Sendable {
        case undecided
        case jsonLines
        case csv(CSVLayout)
        case log
    }

    private(set) var kind = Kind.undecided
    /// The start of a CSV record whose quoted field goes on over more lines.
    private var openRecord: String?
    /// A CSV record longer than this many lines is cut, so one stray quote cannot hold the rest of the file.
    static let maximumRecordLines = 100
    private var openRecordLines = 0

    public init() {}

    /// The units of one line (without its line end); a header row, blank lines and successful
    /// webhook statuses give none.
    public mutating func units(ofLine line: String) -> [TriageUnit] {
        if kind == .undecided {
            guard !line.isBlankLine else { return [] }
            if line.trimmingCharacters(in: .whitespaces).hasPrefix("{") {
                kind = .jsonLines
            } else if let layout = CSVLayout.detect(header: line) {
                kind = .csv(layout)
                return []
            } else {
                kind = .log
            }
        }
        switch kind {
        case .undecided:
            return []
        case .jsonLines:
            guard !line.isBlankLine else { return [] }
            return WebhookErrors.units(inJSONLine: line) ?? Self.logUnit(line).map { [$0] } ?? []
        case let .csv(layout):
            var record = line
            if let open = openRecord {
                record = open + "\n" + line
                openRecordLines += 1
            }
            if CSVRecord.isOpen(record), openRecordLines < Self.maximumRecordLines {
                openRecord = record
                return []
            }
            openRecord = nil
            openRecordLines = 0
            return layout.unit(of: record).map { [$0] } ?? []
        case .log:
            return Self.logUnit(line).map { [$0] } ?? []
        }
    }

    /// The units of many lines in their order. JSON lines and log lines are independent of each other,
    /// so they are read on every core; CSV records (which may span lines) are read in turn.
    public mutating func units(ofLines lines: [String]) -> [TriageUnit] {
        var first = 0
        var units: [TriageUnit] = []
        while kind == .undecided, first < lines.count {
            units += self.units(ofLine: lines[first])
            first += 1
        }
        let rest = lines[first...]
        switch kind {
        case .jsonLines, .log:
            let reader = self
            let results = Self.slices(of: rest.count).orderedParallelMap { slice in
                var copy = reader
                var found: [TriageUnit] = []
                for line in rest[(rest.startIndex + slice.lowerBound)..<(rest.startIndex + slice.upperBound)] {
                    found += copy.units(ofLine: line)
                }
                return found
            }
            for result in results { units += result }
        default:
            for line in rest { units += self.units(ofLine: line) }
        }
        return units
    }

    /// One range of line offsets per core.
    static func slices(of count: Int) -> [Range<Int>] {
        let parts = max(1, min(ProcessInfo.processInfo.activeProcessorCount, count))
        return (0..<parts).map { part in (count * part / parts)..<(count * (part + 1) / parts) }
    }

    /// The end of the input: a CSV record still open is read as it is.
    public mutating func finish() -> [TriageUnit] {
        guard let record = openRecord, case let .csv(layout) = kind else { return [] }
        openRecord = nil
        return layout.unit(of: record).map { [$0] } ?? []
    }

    /// A log line without its timestamp (noise to the matcher, and different on every line).
    static func logUnit(_ line: String) -> TriageUnit? {
        guard !line.isBlankLine else { return nil }
        guard let (date, span) = Timestamp.firstISOSpan(in: line) else { return TriageUnit(text: line) }
        var bytes = Array(line.utf8)
        bytes.removeSubrange(span)
        return TriageUnit(text: String(decoding: bytes, as: UTF8.self), timestamp: date)
    }
}

extension String {
    var isBlankLine: Bool { utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D } }
}
