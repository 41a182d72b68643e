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
        let range = NSRange(text.startIndex..., in: text)
        return noisePatterns.stringByReplacingMatches(in: text, range: range, withTemplate: " ")
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
