import Foundation

/// A file of the content folder as found on disk, before parsing.
public struct ContentFile: Sendable, Equatable {
    /// Path relative to the content folder, with `/` separators (`tr/messaging/x.md`).
    public var relativePath: String
    public var size: Int
    /// Modification time in nanoseconds since 1970.
    public var modified: Int64
}

extension ContentFile {
    /// Reads a file as UTF-8 text with `\n` line ends; invalid UTF-8 is a diagnostic naming the first bad line.
    static func readText(at url: URL, displayPath: String) -> Result<String, Diagnostic> {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            return .failure(Diagnostic(path: displayPath, line: nil, message: "cannot read the file (\(error.localizedDescription))"))
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let text = bytes.withUnsafeBufferPointer({ String(validating: $0, as: UTF8.self) }) else {
            var line = 1
            for chunk in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
                if String(validating: chunk, as: UTF8.self) == nil { break }
                line += 1
            }
            return .failure(Diagnostic(path: displayPath, line: line, message: "the file is not valid UTF-8"))
        }
        return .success(text.utf8.contains(0x0D) ? text.replacingOccurrences(of: "\r\n", with: "\n") : text)
    }
}
