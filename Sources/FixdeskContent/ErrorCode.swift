/// The rules for the `codes` of an article.
///
/// A bare number (`131047`) is a Meta WhatsApp code, a range (`200-299`) covers several, and
/// other providers' codes carry the provider as a prefix (`twilio:63016`, `ycloud:TOO_MANY_REQUESTS`).
public enum ErrorCode {
    /// True for `131047`, `200-299`, `twilio:63016`, `ycloud:TOO_MANY_REQUESTS`.
    public static func isWellFormed(_ code: String) -> Bool {
        if isNumber(code) { return true }
        if let dash = code.firstIndex(of: "-"), !code.contains(":") {
            return isNumber(String(code[..<dash])) && isNumber(String(code[code.index(after: dash)...]))
        }
        let parts = code.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, Slug.isValid(String(parts[0])), !parts[1].isEmpty else { return false }
        return parts[1].utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5A) || $0 == 0x5F }
    }

    /// The numeric range of a `200-299` code, or nil.
    public static func range(_ code: String) -> ClosedRange<Int>? {
        let hasColon = isASCII(code) ? code.utf8.contains(UInt8(ascii: ":")) : code.contains(":")
        guard !hasColon, let dash = firstIndex(of: "-", in: code),
              let low = Int(code[..<dash]), let high = Int(code[code.index(after: dash)...]), low <= high else { return nil }
        return low...high
    }

    /// The provider of a prefixed code (`twilio`), or nil for Meta's own.
    public static func provider(of code: String) -> String? {
        firstIndex(of: ":", in: code).map { String(code[..<$0]) }
    }

    /// The code without its provider prefix.
    public static func value(of code: String) -> String {
        firstIndex(of: ":", in: code).map { String(code[code.index(after: $0)...]) } ?? code
    }

    /// Where `character` first is in `code`: in its bytes when it is ASCII, as codes are, where a byte is a
    /// character; comparing `Character`s costs thousands of instructions a code, and the catalog is read at start.
    private static func firstIndex(of character: Unicode.Scalar, in code: String) -> String.Index? {
        if isASCII(code) { return code.utf8.firstIndex(of: UInt8(character.value)) }
        return code.firstIndex(of: Character(character))
    }

    private static func isASCII(_ code: String) -> Bool { code.utf8.allSatisfy { $0 < 0x80 } }

    static func isNumber(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 9 && text.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }
}
