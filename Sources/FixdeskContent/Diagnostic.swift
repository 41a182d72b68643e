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
        self.message = message
    }

    public var description: String {
        "\(path):\(line ?? 1): \(message)"
    }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.path, lhs.line ?? 0, lhs.message) < (rhs.path, rhs.line ?? 0, rhs.message)
    }
}
