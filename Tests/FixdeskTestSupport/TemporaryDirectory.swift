import Foundation

/// A fresh folder under the system's temporary directory, removed when the value is released.
public final class TemporaryDirectory {
    public let url: URL

    public init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("fixdesk-test-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    public var path: String { url.path }

    /// Writes `text` to `relativePath`, creating folders on the way.
    @discardableResult
    public func write(_ text: String, to relativePath: String) throws -> URL {
        let file = url.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        return file
    }

    /// Writes a txtar-style bundle: `-- path --` lines start each file.
    public func writeBundle(_ bundle: String, under prefix: String = "") throws {
        var currentPath: String?
        var lines: [Substring] = []
        func flush() throws {
            if let currentPath { try write(lines.joined(separator: "\n") + "\n", to: prefix + currentPath) }
            lines = []
        }
        for line in bundle.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("-- "), line.hasSuffix(" --"), line.count > 6 {
                try flush()
                currentPath = String(line.dropFirst(3).dropLast(3))
            } else {
                lines.append(line)
            }
        }
        try flush()
    }
}
