import Foundation

/// Writes to standard output and error; knows whether colour is wanted.
enum Console {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Colour only on a terminal, and never when `NO_COLOR` is set (https://no-color.org).
    static var usesColor: Bool {
        isatty(STDOUT_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
            && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }

    static func printJSON(_ value: some Encodable) throws {
        FileHandle.standardOutput.write(try jsonLine(value))
    }

    /// The bytes `printJSON` writes: the document and a line end.
    static func jsonLine(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value) + Data("\n".utf8)
    }
}

/// ANSI styles that vanish when colour is off.
struct TextStyle {
    var enabled: Bool

    func bold(_ text: String) -> String { wrap(text, "1") }
    func dim(_ text: String) -> String { wrap(text, "2") }
    func accent(_ text: String) -> String { wrap(text, "36") }
    func good(_ text: String) -> String { wrap(text, "32") }

    /// Turns `**marked**` words into bold, or leaves the markers off without colour.
    func highlights(_ text: String) -> String {
        let parts = text.components(separatedBy: "**")
        return parts.enumerated().map { $0.offset % 2 == 1 ? (enabled ? bold($0.element) : $0.element) : $0.element }.joined()
    }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
