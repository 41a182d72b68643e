import Foundation

/// Removes the variable parts of a paste that say nothing about which error it is:
/// URLs, `wamid.…` ids, e-mail addresses, and words that mix letters and digits (trace ids, tokens).
enum PasteCleaner {
    private static let noisePatterns: NSRegularExpression = {
        let patterns = [
            #"https?://\S{1,2000}"#, #"www\.\S{1,2000}"#, #"wamid\.[A-Za-z0-9=_\-+/]{1,400}"#,
            #"[\w.+-]{1,64}@[\w-]{1,63}\.[\w.]{1,63}"#,
            #"\b(?=[A-Za-z_\-]{0,80}\d)(?=\d{0,80}[A-Za-z])[A-Za-z0-9_\-]{6,200}\b"#,
        ]
        return try! NSRegularExpression(pattern: patterns.joined(separator: "|"))
    }()

    static func clean(_ text: String) -> String {
        guard mayHaveNoise(text) else { return text }
        let range = NSRange(text.startIndex..., in: text)
        return noisePatterns.stringByReplacingMatches(in: text, range: range, withTemplate: " ")
    }

    /// Every pattern needs a digit (`\d` is any script's), an `@`, `http`, `www.` or `wamid.`: most plain
    /// sentences have none, and skip the regular expression.
    static func mayHaveNoise(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        if bytes.contains(where: { ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: "@") }) { return true }
        if bytes.contains(where: { $0 >= 0x80 }),
           text.unicodeScalars.contains(where: { $0.value >= 0x80 && $0.properties.numericType == .decimal }) {
            return true
        }
        let lowered = ByteSearch.asciiLowercased(bytes)
        return ["http", "www.", "wamid."].contains { ByteSearch.contains(lowered, $0) }
    }

    /// Words of API payloads and logs that appear in nearly every paste: not evidence for any article.
    static let structuralWords: Set<String> = [
        "error", "errors", "message", "messages", "code", "data", "product", "messaging", "fbtrace", "id", "type",
        "details", "detail", "transient", "user", "msg", "title", "status", "statuses", "timestamp", "entry", "changes",
        "value", "field", "metadata", "true", "false", "null", "none", "object", "contacts", "wa", "href", "https",
        "http", "www", "com", "subcode", "exception", "traceback", "response", "request", "body", "json", "info",
        "warn", "warning", "level", "log", "debug", "oauthexception", "graphmethodexception", "recipient", "whatsapp",
        "api", "graph", "the", "hata", "mesaj",
    ]
}
