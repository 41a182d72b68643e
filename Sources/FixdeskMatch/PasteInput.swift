import Foundation
/// A paste as the matcher receives it: valid UTF-8, at most `maximumBytes` long.
public struct PasteInput: Sendable, Equatable {
    /// 1 MiB: longer pastes are cut, with a warning.
    public static let maximumBytes = 1 << 20

    public var text: String
    /// True when the input was longer than `maximumBytes` and was cut.
    public var wasTruncated: Bool
    /// True when invalid UTF-8 was replaced by U+FFFD.
    public var hadInvalidUTF8: Bool

    /// Decodes `bytes`, replacing invalid UTF-8 and cutting at a character boundary past the limit.
    public init(bytes: [UInt8]) {
        var data = bytes
        wasTruncated = data.count > Self.maximumBytes
        if wasTruncated {
            var end = Self.maximumBytes
            while end > 0, data[end] & 0xC0 == 0x80 { end -= 1 }
            data = Array(data[..<end])
        }
        // NUL bytes would end C strings early (SQLite, libstemmer): they become spaces.
        if data.contains(0) { data = data.map { $0 == 0 ? 0x20 : $0 } }
        let valid = data.withUnsafeBufferPointer { String(validating: $0, as: UTF8.self) }
        hadInvalidUTF8 = valid == nil
        text = valid ?? data.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
    }

    public init(text: String) {
        self.init(bytes: Array(text.utf8))
    }
}
