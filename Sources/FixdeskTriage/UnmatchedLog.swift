import Foundation

/// `--log-unmatched FILE`: appends each paste that matched nothing as a JSON line
/// `{"time", "lang", "text"}`, with personal data and secrets removed before it is written.
public final class UnmatchedLog: @unchecked Sendable {
    /// Characters of a paste kept; a whole payload says no more than its start about a missing article.
    public static let maximumTextLength = 4000

    private let handle: FileHandle
    private let lock = NSLock()
    private let clock: @Sendable () -> Date

    public init(path: String, clock: @escaping @Sendable () -> Date = Date.init) throws {
        if !FileManager.default.fileExists(atPath: path) {
            guard FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
                throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
            }
        }
        guard let handle = FileHandle(forWritingAtPath: path) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
        }
        handle.seekToEndOfFile()
        self.handle = handle
        self.clock = clock
    }

    deinit { try? handle.close() }

    public struct Entry: Codable, Equatable, Sendable {
        public var time: String
        public var lang: String
        public var text: String

        public init(time: String, lang: String, text: String) {
            self.time = time
            self.lang = lang
            self.text = text
        }
    }

    /// The line written for `text`: redacted, cut, one line of JSON.
    public func entry(for text: String, language: String) -> Entry {
        var redacted = Redactor.redact(text)
        if redacted.count > Self.maximumTextLength { redacted = String(redacted.prefix(Self.maximumTextLength)) }
        return Entry(time: Timestamp.format(clock()), lang: language, text: redacted)
    }

    public func append(_ text: String, language: String) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(entry(for: text, language: language)) else { return }
        lock.withLock { handle.write(data + Data("\n".utf8)) }
    }
}
