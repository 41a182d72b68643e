/// A flat sequence of text fields, each written as its UTF-8 byte count, `:` and its bytes
/// (`5:hello0:`): a record that is read back field by field in the order it was written, without a
/// general parser and without the runtime type look-ups of `Codable`, so reading it costs little
/// more than copying its bytes. The writer and the reader of a record agree on the order of its fields.
public struct FieldWriter {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    public mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            bytes.append(contentsOf: String(utf8.count).utf8)
            bytes.append(FieldReader.separator)
            bytes.append(contentsOf: utf8)
        }
    }

    public mutating func write(_ number: Int) { write(String(number)) }

    /// A flag, then the text when there is one.
    public mutating func write(_ text: String?) {
        write(text == nil ? 0 : 1)
        if let text { write(text) }
    }

    public mutating func write(_ number: Int?) {
        write(number == nil ? 0 : 1)
        if let number { write(number) }
    }

    /// The count, then each text.
    public mutating func write(_ texts: [String]) {
        write(texts.count)
        for text in texts { write(text) }
    }

    /// The count, then each key and its value, keys sorted so that the same mapping is the same bytes.
    public mutating func write(_ texts: [String: String]) {
        write(texts.count)
        for key in texts.keys.sorted() {
            write(key)
            write(texts[key]!)
        }
    }
}

/// Reads what `FieldWriter` wrote; every read throws `FieldReader.Malformed` when the bytes end early
/// or are not a field, so that a damaged or foreign record is never taken for a record.
public struct FieldReader {
    public struct Malformed: Error {}

    static let separator = UInt8(ascii: ":")
    /// More digits than any count of bytes a record can hold: a longer run is not a field.
    private static let maximumDigits = 12

    private let bytes: [UInt8]
    private var offset = 0

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    public var isAtEnd: Bool { offset == bytes.count }

    public mutating func text() throws(Malformed) -> String {
        var length = 0
        var digits = 0
        while offset < bytes.count, bytes[offset] != Self.separator {
            let digit = bytes[offset] &- UInt8(ascii: "0")
            guard digit < 10, digits < Self.maximumDigits else { throw Malformed() }
            length = length * 10 + Int(digit)
            digits += 1
            offset += 1
        }
        guard digits > 0, offset < bytes.count, length <= bytes.count - offset - 1 else { throw Malformed() }
        let start = offset + 1
        offset = start + length
        return String(decoding: bytes[start..<offset], as: UTF8.self)
    }

    public mutating func number() throws(Malformed) -> Int {
        guard let number = Int(try text()) else { throw Malformed() }
        return number
    }

    public mutating func optionalText() throws(Malformed) -> String? {
        try flag() ? try text() : nil
    }

    public mutating func optionalNumber() throws(Malformed) -> Int? {
        try flag() ? try number() : nil
    }

    public mutating func texts() throws(Malformed) -> [String] {
        let count = try count()
        var texts: [String] = []
        texts.reserveCapacity(count)
        for _ in 0..<count { texts.append(try text()) }
        return texts
    }

    public mutating func textsByKey() throws(Malformed) -> [String: String] {
        let count = try count()
        var texts: [String: String] = [:]
        texts.reserveCapacity(count)
        for _ in 0..<count {
            let key = try text()
            texts[key] = try text()
        }
        return texts
    }

    /// A count of items that follow; each item is at least two bytes (`0:`), which bounds it.
    public mutating func count() throws(Malformed) -> Int {
        let count = try number()
        guard count >= 0, count <= (bytes.count - offset) / 2 else { throw Malformed() }
        return count
    }

    private mutating func flag() throws(Malformed) -> Bool {
        switch try number() {
        case 0: false
        case 1: true
        default: throw Malformed()
        }
    }
}
