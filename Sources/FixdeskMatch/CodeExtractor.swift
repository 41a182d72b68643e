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
    /// Words after which a number is an error code, in the languages pastes arrive in; also such words
    /// used as a key (`hata: "132001: …"`, `"erro": 131026`).
    static let codeWords: [String] = [
        "error code", "error", "code", "err", "errorcode", "error_code", "failure", "status code", "reason code",
        "hata kodu", "hata", "kodu", "kod",
        "código de error", "código do erro", "código", "codigo", "erro", "errores",
        "fehlercode", "fehler", "kode kesalahan", "kode error", "kode", "galat", "errore", "erreur", "foutcode",
    ]
    /// Path segments that put the number after them in Meta's WhatsApp namespace (`whatsapp::external::1013`).
    static let metaSegments: Set<String> = ["whatsapp", "wa", "meta", "facebook", "graph", "cloud_api", "cloudapi"]
    /// A paste this short (in bytes, spaces trimmed) may be nothing but codes.
    static let bareListLength = 160
    /// At most this many digits make a code; longer runs are ids, phone numbers and timestamps.
    static let maximumDigits = 9

    let providers: ProviderNames

    public init(providers: ProviderNames = ProviderNames(namespaces: [])) {
        self.providers = providers
    }

    public func mentions(in text: String) -> [CodeMention] {
        let bytes = Array(text.utf8)
        if let bare = bareCodes(bytes) { return bare }
        var result: [CodeMention] = []
        var index = 0
        while index < bytes.count {
            guard ByteSearch.isDigit(bytes[index]) else { index += 1; continue }
            let start = index
            var digits: [UInt8] = []
            // Digits may be grouped with underscores, as in 131_047.
            while index < bytes.count {
                if ByteSearch.isDigit(bytes[index]) {
                    digits.append(bytes[index])
                } else if bytes[index] != 0x5F || index + 1 >= bytes.count || !ByteSearch.isDigit(bytes[index + 1]) {
                    break
                }
                index += 1
            }
            if let mention = classify(bytes, start: start, end: index, digits: digits) { result.append(mention) }
        }
        return result
    }

    /// A short paste of nothing but codes: `131047`, `#131047`, `twilio:63016`, `63024:`, `131047 132015`.
    private func bareCodes(_ bytes: [UInt8]) -> [CodeMention]? {
        // Only a short paste can be bare codes: look at the bytes before decoding anything.
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        guard let first = bytes.firstIndex(where: { !isSpace($0) }),
              let last = bytes.lastIndex(where: { !isSpace($0) }), last - first < Self.bareListLength else { return nil }
        let text = String(decoding: bytes[first...last], as: UTF8.self)
        let tokens = text.split { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "," || $0 == ";" }
        var result: [CodeMention] = []
        // In a list, every code has at least this many digits: "1 2 3" is not three codes.
        let shortest = tokens.count == 1 ? 1 : 3
        // "360dialog: 400": a provider named alone names the codes after it.
        var namedProvider: String?
        for token in tokens {
            var body = Substring(token).trimmingPrefix { "#(['\"".contains($0) }
            while let last = body.last, ":.)]'\"".contains(last) { body = body.dropLast() }
            if let name = providers.namespace(named: body) {
                namedProvider = name
                continue
            }
            var provider = namedProvider
            if let colon = body.lastIndex(of: ":"), let name = providers.namespace(named: body[..<colon]) {
                provider = name
                body = body[body.index(after: colon)...].trimmingPrefix { $0 == "#" }
            }
            guard body.count >= shortest, body.count <= Self.maximumDigits,
                  body.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            let offset = text.utf8.distance(from: text.startIndex, to: body.startIndex) + first
            result.append(CodeMention(value: String(body), provider: provider, context: .bare, offset: offset))
        }
        return result.isEmpty ? nil : result
    }

    private func classify(_ bytes: [UInt8], start: Int, end: Int, digits: [UInt8]) -> CodeMention? {
        guard digits.count <= Self.maximumDigits else { return nil }
        let before = start > 0 ? bytes[start - 1] : 0x20
        let after = end < bytes.count ? bytes[end] : 0x20
        // A table's cells copied without a space between them run a code into a capitalized word: "131021Unable…".
        let runsIntoWord = isUppercase(after) && end + 1 < bytes.count && isLowercase(bytes[end + 1])
        if isIdentifierByte(before) || (isIdentifierByte(after) && after != 0xE2 && !runsIntoWord) { return nil } // ’ may start a suffix
        if before == 0x2B { return nil } // +90…: a phone number
        // Parts of 12.50, 10:30, 2026-11-25, 1.2.3, 12/05: not codes.
        for (neighbour, beyond) in [(before, start >= 2 ? bytes[start - 2] : 0x20),
                                    (after, end + 1 < bytes.count ? bytes[end + 1] : 0x20)]
        where [0x2E, 0x3A, 0x2D, 0x2F, 0x2C].contains(neighbour) && ByteSearch.isDigit(beyond) {
            return nil
        }
        let value = String(decoding: digits, as: UTF8.self)
        let provider = providerBefore(bytes, start: start)

        // (#131047) and #131047
        if before == 0x23 {
            let parenthesised = start >= 2 && bytes[start - 2] == 0x28
            return CodeMention(value: value, provider: provider, context: parenthesised ? .hashInParentheses : .hash, offset: start)
        }
        let key = keyBefore(bytes, start: start)
        if let key {
            let name = key.lowercased()
            if Self.codeKeys.contains(name) || Self.codeWords.contains(name)
                || name.hasSuffix("error_code") || name.hasSuffix("errorcode") {
                let isSubcode = name.contains("sub")
                return CodeMention(value: value, provider: provider,
                                   context: .key(path: keyPath(bytes, keyEnd: start, key: key), isSubcode: isSubcode), offset: start)
            }
        }
        if let word = codeWordBefore(bytes, start: start) {
            return CodeMention(value: value, provider: provider, context: .keyword(word), offset: start)
        }
        if let namespace = namespaceBefore(bytes, start: start) {
            return CodeMention(value: value, provider: namespace.provider ?? provider,
                               context: .keyword(namespace.segment), offset: start)
        }
        if startsLine(bytes, start: start), isFollowedBySeparator(bytes, end: end) {
            return CodeMention(value: value, provider: provider, context: .lineStart, offset: start)
        }
        if key != nil { return nil } // "id": 123, "timestamp": "…", "status": 400: not codes
        // Groups of a spaced phone number (0532 123 45 67).
        let spacedBefore = start >= 2 && before == 0x20 && ByteSearch.isDigit(bytes[start - 2])
        let spacedAfter = end + 1 < bytes.count && after == 0x20 && ByteSearch.isDigit(bytes[end + 1])
        if spacedBefore || spacedAfter { return nil }
        return CodeMention(value: value, provider: provider, context: .freeText, offset: start)
    }

    /// The key right before a value: `"code": `, `'code':`, `code=`, `code: "`, `Code -> `.
    private func keyBefore(_ bytes: [UInt8], start: Int) -> String? {
        var index = start - 1
        // Spaces, tabs and the quotes of a quoted number or key.
        func skipSpacesAndQuotes() {
            while index >= 0, bytes[index] == 0x20 || bytes[index] == 0x22 || bytes[index] == 0x27 || bytes[index] == 0x09 { index -= 1 }
        }
        skipSpacesAndQuotes()
        guard index >= 0, bytes[index] == 0x3A || bytes[index] == 0x3D else { return nil }
        index -= 1
        skipSpacesAndQuotes()
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
        // Spaces, ':', '-', '(', '[', tabs, quotes, '=' and '#' may stand between the word and the number.
        while index >= 0, [0x20, 0x3A, 0x2D, 0x28, 0x5B, 0x09, 0x22, 0x27, 0x3D, 0x23].contains(bytes[index]) { index -= 1 }
        let end = index + 1
        // Every code word ends in a letter.
        guard end > 0, end < start, isIdentifierByte(bytes[end - 1]) else { return nil }
        let window = String(decoding: bytes[max(0, end - 20)..<end], as: UTF8.self).lowercased()
        for word in Self.codeWords where window.hasSuffix(word) {
            let boundary = window.dropLast(word.count).last
            if boundary == nil || !(boundary!.isLetter || boundary!.isNumber) { return word }
        }
        return nil
    }

    /// The last segment of a path such as `whatsapp::external::1013` or `twilio/63016` that names Meta's
    /// WhatsApp API or a provider: the number after it is that namespace's code.
    private func namespaceBefore(_ bytes: [UInt8], start: Int) -> (segment: String, provider: String?)? {
        var index = start - 1
        var separators = 0
        while index >= 0, bytes[index] == 0x3A || bytes[index] == 0x2F || bytes[index] == 0x2E { index -= 1; separators += 1 }
        guard separators > 0 else { return nil }
        let pathEnd = index + 1
        while index >= 0, isIdentifierByte(bytes[index]) || [0x3A, 0x2F, 0x2E, 0x2D].contains(bytes[index]), pathEnd - index < 64 {
            index -= 1
        }
        let path = String(decoding: bytes[(index + 1)..<pathEnd], as: UTF8.self).lowercased()
        let segments = path.split { $0 == ":" || $0 == "/" || $0 == "." }
        for segment in segments.reversed() {
            if let provider = providers.namespace(named: segment) { return (String(segment), provider) }
            if Self.metaSegments.contains(String(segment)) { return (String(segment), nil) }
        }
        return nil
    }

    private func providerBefore(_ bytes: [UInt8], start: Int) -> String? {
        let from = max(0, start - 24)
        // Most numbers of a long paste stand among other numbers: no name to look for.
        guard bytes[from..<start].contains(where: { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }) else { return nil }
        let window = ByteSearch.asciiLowercased(Array(bytes[from..<start]))
        return providers.namespaces(in: window).last
    }

    /// Only spaces, quotes, backticks, `|`, `*`, `-` or `>` stand between the line's start and `start`.
    private func startsLine(_ bytes: [UInt8], start: Int) -> Bool {
        var index = start - 1
        while index >= 0, [0x20, 0x09, 0x22, 0x27, 0x60, 0x7C, 0x2A, 0x2D, 0x3E].contains(bytes[index]) { index -= 1 }
        return index < 0 || bytes[index] == 0x0A || bytes[index] == 0x0D
    }

    /// `:`, `|`, `,` right after (a closing quote or backtick and spaces may come first), or ` - ` / ` – `.
    private func isFollowedBySeparator(_ bytes: [UInt8], end: Int) -> Bool {
        var index = end
        while index < bytes.count, [0x20, 0x09, 0x22, 0x27, 0x60].contains(bytes[index]) { index += 1 }
        guard index < bytes.count else { return false }
        if [0x3A, 0x7C, 0x2C].contains(bytes[index]) { return true }
        // "-" or the en dash (E2 80 93) with a space after.
        let dash = bytes[index] == 0x2D ? 1 : (index + 2 < bytes.count && bytes[index] == 0xE2 && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x93 ? 3 : 0)
        return dash > 0 && index + dash < bytes.count && bytes[index + dash] == 0x20 && index > end
    }

    private func isUppercase(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    private func isLowercase(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }

    private func isIdentifierByte(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F || byte >= 0x80
    }
}
