import Foundation

/// Reads the timestamps exports and logs carry: ISO 8601 (`2026-12-01T09:30:00Z`, `2026-12-01 09:30:00.123+03:00`)
/// and unix seconds (webhooks' `timestamp`). Hand-written: it runs on every line of a large file.
public enum Timestamp {
    /// Unix seconds, as a webhook's `"timestamp": "1764581400"` (or milliseconds, when it is that long).
    public static func unix(_ text: String) -> Date? {
        guard !text.isEmpty, text.utf8.count <= 16, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
              let value = Double(text) else { return nil }
        return Date(timeIntervalSince1970: text.utf8.count >= 13 ? value / 1000 : value)
    }

    /// The first ISO 8601 date and time in `text` (within its first 512 bytes), without a zone taken as UTC.
    public static func firstISO(in text: String) -> Date? {
        firstISOSpan(in: text)?.date
    }

    /// The first ISO 8601 timestamp in `text` and the UTF-8 offsets it spans.
    public static func firstISOSpan(in text: String) -> (date: Date, bytes: Range<Int>)? {
        let bytes = Array(text.utf8.prefix(512))
        var index = 0
        while index + 19 <= bytes.count {
            if isDigit(bytes[index]), let (date, end) = iso(bytes, at: index) { return (date, index..<end) }
            index += 1
        }
        return nil
    }

    /// The ISO timestamp starting at `start` and where it ends, if one starts there.
    static func iso(_ b: [UInt8], at start: Int) -> (Date, Int)? {
        func number(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= b.count else { return nil }
            var value = 0
            for i in from..<(from + count) {
                guard isDigit(b[i]) else { return nil }
                value = value * 10 + Int(b[i] - 0x30)
            }
            return value
        }
        if start > 0, isDigit(b[start - 1]) { return nil }
        guard let year = number(start, 4), b[start + 4] == 0x2D, let month = number(start + 5, 2), b[start + 7] == 0x2D,
              let day = number(start + 8, 2), b[start + 10] == 0x54 || b[start + 10] == 0x20 || b[start + 10] == 0x74,
              let hour = number(start + 11, 2), b[start + 13] == 0x3A, let minute = number(start + 14, 2),
              b[start + 16] == 0x3A, let second = number(start + 17, 2),
              (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61 else { return nil }
        var index = start + 19
        var fraction = 0.0
        if index < b.count, b[index] == 0x2E || b[index] == 0x2C {
            index += 1
            var scale = 0.1
            while index < b.count, isDigit(b[index]) {
                fraction += Double(b[index] - 0x30) * scale
                scale /= 10
                index += 1
            }
        }
        var offset = 0
        if index < b.count, b[index] == 0x5A || b[index] == 0x7A {
            index += 1
        } else if index < b.count, b[index] == 0x2B || b[index] == 0x2D, let zoneHour = number(index + 1, 2) {
            let minutesAt = index + 3 < b.count && b[index + 3] == 0x3A ? index + 4 : index + 3
            let zoneMinute = number(minutesAt, 2)
            offset = (zoneHour * 3600 + (zoneMinute ?? 0) * 60) * (b[index] == 0x2B ? 1 : -1)
            index = zoneMinute == nil ? index + 3 : minutesAt + 2
        }
        let days = daysFromCivil(year: year, month: month, day: day)
        let seconds = Double(days * 86400 + hour * 3600 + minute * 60 + second - offset) + fraction
        return (Date(timeIntervalSince1970: seconds), index)
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// `2026-12-01T09:30:00Z`.
    public static func format(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
