import Foundation

/// Substring search over UTF-8 bytes with memchr(3) and memcmp(3): on a 1 MiB paste, Foundation's
/// `String.contains(_:)` converts to UTF-16 first and costs tens of milliseconds per call.
enum ByteSearch {
    /// `0`…`9` (a code's digits; other scripts' digits are not codes).
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    static func contains(_ haystack: [UInt8], _ needle: String) -> Bool {
        offset(of: Array(needle.utf8), in: haystack, anchor: 0) != nil
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        offset(of: needle, in: haystack, anchor: 0) != nil
    }

    /// For ` word ` in a field of space-separated terms: memchr(3) looks for the word's first letter,
    /// since the leading space is everywhere in the text searched.
    static func containsPadded(_ haystack: [UInt8], _ pattern: [UInt8]) -> Bool {
        offset(of: pattern, in: haystack, anchor: pattern.count >= 2 ? 1 : 0) != nil
    }

    /// Finds `pattern` by scanning for its byte at `anchor`, then comparing the whole pattern there.
    private static func offset(of pattern: [UInt8], in haystack: [UInt8], anchor: Int, from start: Int = 0) -> Int? {
        guard !pattern.isEmpty else { return 0 }
        guard pattern.count <= haystack.count else { return nil }
        return haystack.withUnsafeBytes { text in
            pattern.withUnsafeBytes { wanted in
                guard let base = text.baseAddress, let needleBase = wanted.baseAddress else { return nil }
                let lastStart = text.count - wanted.count
                var offset = start
                while offset <= lastStart {
                    guard let found = memchr(base + offset + anchor, Int32(pattern[anchor]), lastStart - offset + 1) else { return nil }
                    let start = base.distance(to: UnsafeRawPointer(found)) - anchor
                    if memcmp(base + start, needleBase, wanted.count) == 0 { return start }
                    offset = start + 1
                }
                return nil
            }
        }
    }

    /// The offset of the first occurrence of `needle` in `haystack`, or nil.
    static func firstOffset(of needle: [UInt8], in haystack: [UInt8], from start: Int = 0) -> Int? {
        offset(of: needle, in: haystack, anchor: 0, from: start)
    }

    /// Whether `needle` stands in `haystack` with no byte of a word (as `isWordByte` says) right before or after it.
    static func containsWhole(_ haystack: [UInt8], _ needle: [UInt8], isWordByte: (UInt8) -> Bool) -> Bool {
        guard !needle.isEmpty else { return false }
        var start = 0
        while let found = firstOffset(of: needle, in: haystack, from: start) {
            let end = found + needle.count
            if (found == 0 || !isWordByte(haystack[found - 1])) && (end >= haystack.count || !isWordByte(haystack[end])) {
                return true
            }
            start = found + 1
        }
        return false
    }

    /// Whether `token` stands in `haystack` with no letter, digit or `_` right before or after it: a named
    /// code such as `channel_failure` is not found inside `channel_failure_reason`.
    static func containsToken(_ haystack: [UInt8], _ token: [UInt8]) -> Bool {
        containsWhole(haystack, token) { byte in
            (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x5F
        }
    }

    /// ASCII letters lowercased, other bytes unchanged: enough for ASCII names such as providers.
    static func asciiLowercased(_ bytes: [UInt8]) -> [UInt8] {
        bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
    }
}
