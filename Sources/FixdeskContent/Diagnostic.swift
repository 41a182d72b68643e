/// One problem in the content, at a file and line: what `lint` prints as `path:line: message`.
public struct Diagnostic: Error, Sendable, Equatable, Comparable, Codable, CustomStringConvertible {
    /// The file, relative to the content folder's parent when possible (e.g. `content/tr/x/y.md`).
    public var path: String
    /// 1-based line, or nil when the problem concerns the whole file.
    public var line: Int?
    public var message: String

    public init(path: String, line: Int?, message: String) {
        self.path = path
        self.line = line
        self.message = Self.oneLine(message)
    }

    /// A problem is one `file:line: message` line: a line break or other control character quoted from the
    /// content (a source address broken over two lines) is shown escaped.
    static func oneLine(_ message: String) -> String {
        guard message.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return message }
        var result = ""
        for scalar in message.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: result += "\\u{\(String(scalar.value, radix: 16))}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    public var description: String {
        "\(path):\(line ?? 1): \(message)"
    }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.path, lhs.line ?? 0, lhs.message) < (rhs.path, rhs.line ?? 0, rhs.message)
    }
}
