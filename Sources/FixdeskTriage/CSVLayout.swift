import Foundation

/// Which columns of a CSV export hold the error and the time, found from its header row.
struct CSVLayout: Equatable, Sendable {
    var separator: UInt8
    /// The columns whose values together are the error (a code column and a message column, say).
    var errorColumns: [Int]
    var timeColumn: Int?

    /// Header words of error columns, in English and Turkish; a column named like one of these holds the error.
    static let errorNames = ["error", "hata", "reason", "failure", "neden", "status_message", "description", "açıklama",
                             "aciklama", "message_status_detail"]
    /// Header words of error code columns.
    static let codeNames = ["code", "kod"]
    static let timeNames = ["timestamp", "time", "date", "created", "sent_at", "failed_at", "tarih", "zaman"]

    /// The layout of a header row, or nil when it is not one (no column names an error).
    static func detect(header line: String) -> CSVLayout? {
        var best: (separator: UInt8, cells: [String])?
        for separator in [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")] {
            let cells = CSVRecord.fields(of: line, separator: separator)
            if cells.count > (best?.cells.count ?? 1) { best = (separator, cells) }
        }
        guard let best else { return nil }
        let names = best.cells.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        // A header names its columns; a row with a bare number in it is data.
        if names.contains(where: { !$0.isEmpty && $0.allSatisfy(\.isNumber) }) { return nil }
        var errorColumns = names.indices.filter { index in
            errorNames.contains { names[index].contains($0) } || codeNames.contains { names[index].contains($0) }
        }
        // A column that is only the message ("message", "mesaj") counts when nothing names an error.
        if !errorColumns.contains(where: { index in errorNames.contains { names[index].contains($0) } }) {
            errorColumns += names.indices.filter { ["message", "mesaj", "details", "detay"].contains(names[$0]) }
        }
        guard !errorColumns.isEmpty else { return nil }
        let timeColumn = names.indices.first { index in timeNames.contains { names[index].contains($0) } }
        return CSVLayout(separator: best.separator, errorColumns: errorColumns.sorted(), timeColumn: timeColumn)
    }

    func unit(of line: String) -> TriageUnit? {
        let fields = CSVRecord.fields(of: line, separator: separator)
        let text = errorColumns.compactMap { $0 < fields.count ? fields[$0] : nil }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " ")
        guard !text.isEmpty else { return nil }
        var timestamp: Date?
        if let timeColumn, timeColumn < fields.count {
            let value = fields[timeColumn].trimmingCharacters(in: .whitespaces)
            timestamp = Timestamp.unix(value) ?? Timestamp.firstISO(in: value)
        }
        return TriageUnit(text: text, timestamp: timestamp)
    }
}

/// RFC 4180 fields: quoted fields may hold separators, doubled quotes and line ends.
enum CSVRecord {
    static func fields(of line: String, separator: UInt8) -> [String] {
        var fields: [String] = []
        var field: [UInt8] = []
        var quoted = false
        let bytes = Array(line.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if quoted {
                if byte == UInt8(ascii: "\"") {
                    if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\"") {
                        field.append(byte)
                        index += 1
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(byte)
                }
            } else if byte == UInt8(ascii: "\""), field.isEmpty {
                quoted = true
            } else if byte == separator {
                fields.append(String(decoding: field, as: UTF8.self))
                field = []
            } else if byte != UInt8(ascii: "\r") {
                field.append(byte)
            }
            index += 1
        }
        fields.append(String(decoding: field, as: UTF8.self))
        return fields
    }

    /// True when the text so far ends inside a quoted field, so the record goes on on the next line.
    static func isOpen(_ text: String) -> Bool {
        text.utf8.reduce(0) { $1 == UInt8(ascii: "\"") ? $0 + 1 : $0 } % 2 == 1
    }
}
