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
        var status = stat()
        let expected = fstat(descriptor, &status) == 0 ? max(Int(status.st_size), 0) : 0
        // Read into the array itself; one byte more than expected shows whether the file grew meanwhile.
        var bytes = [UInt8](repeating: 0, count: expected + 1)
        var filled = 0
        while true {
            if filled == bytes.count { bytes += repeatElement(0, count: max(bytes.count, 4096)) }
            let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + filled, $0.count - filled) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(Diagnostic(path: displayPath, line: nil, message: "cannot read the file (\(String(cString: strerror(errno))))"))
            }
            if count == 0 { break }
            filled += count
        }
        bytes.removeSubrange(filled...)
        return .success(bytes)
    }

    /// The largest article file that is read: a larger one is reported by lint and left out, because
    /// every match that hits an article reads it whole.
    public static let maximumArticleBytes = 1 << 20

    /// Bytes as UTF-8 text with `\n` line ends, without a byte-order mark. A NUL byte is a diagnostic:
    /// the C libraries the text goes through would end it there.
    public static func decodeText(_ bytes: [UInt8], displayPath: String) -> Result<String, Diagnostic> {
        var bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let nul = bytes.withUnsafeBytes { buffer in
            buffer.isEmpty ? nil : memchr(buffer.baseAddress!, 0, buffer.count).map { $0 - UnsafeMutableRawPointer(mutating: buffer.baseAddress!) }
        }
        if let nul {
            let line = 1 + bytes[..<nul].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            return .failure(Diagnostic(path: displayPath, line: line,
                                       message: "the file contains a NUL (zero) byte, which would cut the text there; remove it"))
        }
        guard let text = bytes.withUnsafeBufferPointer({ String(validating: $0, as: UTF8.self) }) else {
            var line = 1
            for chunk in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
                if String(validating: chunk, as: UTF8.self) == nil { break }
                line += 1
            }
            return .failure(Diagnostic(path: displayPath, line: line, message: "the file is not valid UTF-8"))
        }
        return .success(bytes.contains(0x0D) ? text.replacingOccurrences(of: "\r\n", with: "\n") : text)
    }
}
