/// A JSON document written directly in the bytes `JSONDocument.encode` gives for the same value
/// (pretty-printed with two spaces, keys sorted, `/` unescaped, a line end after it). Foundation's
/// `JSONEncoder` costs most on its first use in a process, in its generic containers and the runtime's
/// type look-ups they cause: that was 2.7% of a whole-process `match --json`, whose answer is small.
enum JSONTree: Equatable {
    case string(String)
    case number(Double)
    case array([JSONTree])
    case object([String: JSONTree])

    static func strings(_ values: [String]) -> JSONTree { .array(values.map(JSONTree.string)) }

    /// The document, or nil when it holds what this writer leaves to `JSONDocument`: a string with a
    /// control character, DEL or a C1 control (escaped there), or a number written with an exponent.
    func document() -> String? {
        var text = ""
        guard write(to: &text, indent: 0) else { return nil }
        return text + "\n"
    }

    private func write(to text: inout String, indent: Int) -> Bool {
        switch self {
        case let .string(value):
            return Self.write(value, to: &text)
        case let .number(value):
            // What the encoder writes: the shortest form that reads back the same, without a trailing `.0`.
            var number = value.description
            guard value.isFinite, !number.contains("e") else { return false }
            if number.hasSuffix(".0") { number.removeLast(2) }
            text += number
            return true
        case let .array(items):
            text += "[\n"
            for (offset, item) in items.enumerated() {
                if offset > 0 { text += ",\n" }
                text += String(repeating: " ", count: indent + 2)
                guard item.write(to: &text, indent: indent + 2) else { return false }
            }
            // An empty array is written with an empty line inside, as the encoder does.
            text += "\n" + String(repeating: " ", count: indent) + "]"
            return true
        case let .object(members):
            guard !members.isEmpty else { return false }
            text += "{\n"
            for (offset, key) in members.keys.sorted().enumerated() {
                if offset > 0 { text += ",\n" }
                text += String(repeating: " ", count: indent + 2)
                guard Self.write(key, to: &text) else { return false }
                text += " : "
                guard members[key]!.write(to: &text, indent: indent + 2) else { return false }
            }
            text += "\n" + String(repeating: " ", count: indent) + "}"
            return true
        }
    }

    private static func write(_ value: String, to text: inout String) -> Bool {
        guard !value.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) else { return false }
        text += "\""
        if value.utf8.contains(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            for character in value.unicodeScalars {
                switch character {
                case "\"": text += "\\\""
                case "\\": text += "\\\\"
                default: text.unicodeScalars.append(character)
                }
            }
        } else {
            text += value
        }
        text += "\""
        return true
    }
}
