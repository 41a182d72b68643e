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
        switch readBytes(atPath: url.path, displayPath: displayPath) {
        case let .success(bytes): decodeText(bytes, displayPath: displayPath)
        case let .failure(diagnostic): .failure(diagnostic)
        }
    }

    /// A file's bytes, read with one open(2) and read(2) calls: this runs for every article of a build.
    public static func readBytes(atPath path: String, displayPath: String) -> Result<[UInt8], Diagnostic> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            return .failure(Diagnostic(path: displayPath, line: nil, message: "cannot read the file (\(String(cString: strerror(errno))))"))
        }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var status = stat()
        if fstat(descriptor, &status) == 0, status.st_size > 0 { bytes.reserveCapacity(Int(status.st_size) + 1) }
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(Diagnostic(path: displayPath, line: nil, message: "cannot read the file (\(String(cString: strerror(errno))))"))
            }
            if count == 0 { break }
            bytes += chunk[0..<count]
        }
        return .success(bytes)
    }

    /// Bytes as UTF-8 text with `\n` line ends, without a byte-order mark.
    public static func decodeText(_ bytes: [UInt8], displayPath: String) -> Result<String, Diagnostic> {
        var bytes = bytes
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
