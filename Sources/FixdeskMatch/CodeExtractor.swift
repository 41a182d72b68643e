import Foundation
/// Finds error codes in a paste: Graph API and webhook JSON, Python reprs, log lines, SDK messages,
/// `(#131047)`, `code=131047`, `error 131047`, provider codes, or a bare code.
///
/// Numbers that are parts of phone numbers, dates, times, amounts, versions or ids are skipped;
/// a number in running text is kept only as `.freeText`, for the caller to accept if it is a known code.
/// Works on bytes, so a 1 MiB paste is scanned in one pass.
public struct CodeExtractor {
    /// Keys whose value is an error code; a `sub` in the name marks the more specific subcode.
    static let codeKeys: Set<String> = ["code", "error_code", "errorcode", "err_code", "subcode", "error_subcode",
                                        "errorsubcode", "sub_code", "errcode", "hata_kodu", "kod"]
    /// Words after which a number is an error code.
    static let codeWords: [String] = ["error code", "error", "code", "hata kodu", "hata", "kodu", "kod", "err",
                                      "errorcode", "error_code", "failure", "status code"]
    static let providerNames: [String: String] = [
        "twilio": "twilio", "gupshup": "gupshup", "360dialog": "360dialog", "cm.com": "cmcom", "cmcom": "cmcom",
        "ycloud": "ycloud", "webex": "webex", "imiconnect": "webex",
    ]

    public init() {}

    public func mentions(in text: String) -> [CodeMention] {
        let bytes = Array(text.utf8)
        if let bare = bareCode(bytes) { return [bare] }
        var result: [CodeMention] = []
        var index = 0
        while index < bytes.count {
            guard isDigit(bytes[index]) else { index += 1; continue }
            let start = index
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            let end = index
            if let mention = classify(bytes, start: start, end: end) { result.append(mention) }
        }
        return result
    }

    /// `131047`, `#131047`, `twilio:63016`, `Error 63016` alone.
    private func bareCode(_ bytes: [UInt8]) -> CodeMention? {
        // Only a short paste can be a bare code: look at the bytes before decoding anything.
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        guard let first = bytes.firstIndex(where: { !isSpace($0) }),
              let last = bytes.lastIndex(where: { !isSpace($0) }), last - first < 160 else { return nil }
        let trimmed = String(decoding: bytes[first...last], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.count <= 40 else { return nil }
        var body = Substring(trimmed)
        var provider: String?
        if let colon = body.firstIndex(of: ":"), let name = Self.providerNames[body[..<colon].lowercased()] {
            provider = name
            body = body[body.index(after: colon)...]
        }
        body = body.drop { $0 == "#" || $0 == " " }
        guard !body.isEmpty, body.count <= 9, body.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return CodeMention(value: String(body), provider: provider, context: .bare, offset: 0)
    }

    private func classify(_ bytes: [UInt8], start: Int, end: Int) -> CodeMention? {
        let length = end - start
        guard length <= 9 else { return nil }
        let before = start > 0 ? bytes[start - 1] : 0x20
        let after = end < bytes.count ? bytes[end] : 0x20
        if isIdentifierByte(before) || (isIdentifierByte(after) && after != 0xE2) { return nil } // ’ may start a suffix
        if before == 0x2B { return nil } // +90…: a phone number
        // Parts of 12.50, 10:30, 2026-11-25, 1.2.3, 12/05: not codes.
        for (neighbour, beyond) in [(before, start >= 2 ? bytes[start - 2] : 0x20),
                                    (after, end + 1 < bytes.count ? bytes[end + 1] : 0x20)]
        where [0x2E, 0x3A, 0x2D, 0x2F, 0x2C].contains(neighbour) && isDigit(beyond) {
            return nil
        }
        let value = String(decoding: bytes[start..<end], as: UTF8.self)
        let provider = providerBefore(bytes, start: start)

        // (#131047) and #131047
        if before == 0x23 {
            let parenthesised = start >= 2 && bytes[start - 2] == 0x28
            return CodeMention(value: value, provider: provider, context: parenthesised ? .hashInParentheses : .hash, offset: start)
        }
        let key = keyBefore(bytes, start: start)
        if let key {
            let name = key.lowercased()
            if Self.codeKeys.contains(name) || name.hasSuffix("error_code") || name.hasSuffix("errorcode") {
                let isSubcode = name.contains("sub")
                return CodeMention(value: value, provider: provider,
                                   context: .key(path: keyPath(bytes, keyEnd: start, key: key), isSubcode: isSubcode), offset: start)
            }
        }
        if let word = codeWordBefore(bytes, start: start) {
            return CodeMention(value: value, provider: provider, context: .keyword(word), offset: start)
        }
        if key != nil { return nil } // "id": 123, "timestamp": "…", "status": 400: not codes
        // Groups of a spaced phone number (0532 123 45 67).
        let spacedBefore = start >= 2 && before == 0x20 && isDigit(bytes[start - 2])
        let spacedAfter = end + 1 < bytes.count && after == 0x20 && isDigit(bytes[end + 1])
        if spacedBefore || spacedAfter { return nil }
        return CodeMention(value: value, provider: provider, context: .freeText, offset: start)
    }

    /// The key right before a value: `"code": `, `'code':`, `code=`, `code: "`, `Code -> `.
    private func keyBefore(_ bytes: [UInt8], start: Int) -> String? {
        var index = start - 1
        func skip(_ set: Set<UInt8>) { while index >= 0, set.contains(bytes[index]) { index -= 1 } }
        skip([0x20, 0x22, 0x27, 0x09]) // spaces and an opening quote of a quoted number
        guard index >= 0, bytes[index] == 0x3A || bytes[index] == 0x3D else { return nil }
        index -= 1
        skip([0x20, 0x22, 0x27, 0x09])
        let keyEnd = index + 1
        while index >= 0, isIdentifierByte(bytes[index]) || bytes[index] == 0x2D { index -= 1 }
        guard keyEnd - (index + 1) > 0 else { return nil }
        return String(decoding: bytes[(index + 1)..<keyEnd], as: UTF8.self)
    }

    /// `error.code` for `{"error": {"code": …`, `errors[].code` inside an array of objects.
    private func keyPath(_ bytes: [UInt8], keyEnd: Int, key: String) -> String {
        var depth = 0
        var index = keyEnd - 1
        var limit = 2_000
        while index >= 0, limit > 0 {
            let byte = bytes[index]
            if byte == 0x7D || byte == 0x5D { depth += 1 }
            else if byte == 0x7B || byte == 0x5B {
                if depth == 0 {
                    var cursor = index - 1
                    var inArray = false
                    while cursor >= 0, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[cursor]) { cursor -= 1 }
                    if byte == 0x7B, cursor >= 0, bytes[cursor] == 0x5B {
                        inArray = true
                        cursor -= 1
                        while cursor >= 0, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[cursor]) { cursor -= 1 }
                    }
                    if let parent = keyBefore(bytes, start: cursor + 1) {
                        return parent + (inArray ? "[]." : ".") + key
                    }
                    return key
                }
                depth -= 1
            }
            index -= 1
            limit -= 1
        }
        return key
    }

    private func codeWordBefore(_ bytes: [UInt8], start: Int) -> String? {
        var index = start - 1
        while index >= 0, [0x20, 0x3A, 0x2D, 0x28, 0x5B, 0x09].contains(bytes[index]) { index -= 1 }
        let end = index + 1
        guard end > 0, end < start else { return nil }
        let window = String(decoding: bytes[max(0, end - 16)..<end], as: UTF8.self).lowercased()
        for word in Self.codeWords where window.hasSuffix(word) {
            let boundary = window.dropLast(word.count).last
            if boundary == nil || !(boundary!.isLetter || boundary!.isNumber) { return word }
        }
        return nil
    }

    private func providerBefore(_ bytes: [UInt8], start: Int) -> String? {
        let window = String(decoding: bytes[max(0, start - 24)..<start], as: UTF8.self).lowercased()
        for (name, provider) in Self.providerNames where window.contains(name) { return provider }
        return nil
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private func isIdentifierByte(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F || byte >= 0x80
    }
}
