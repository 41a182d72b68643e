import Foundation

/// The one way fixdesk writes a JSON document, wherever it goes (standard output, an HTTP answer,
/// an MCP result, a file of the site): keys sorted, indented, `/` unescaped, and a line end after it,
/// so that the same document is the same bytes everywhere.
public enum JSONDocument {
    public static func encode(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        let data = try encoder.encode(value)
        // JSONEncoder escapes C0 controls already; DEL and the C1 controls are escaped too (the same value),
        // so that a document printed on a terminal cannot carry a control sequence.
        var json = ""
        for scalar in String(decoding: data, as: UTF8.self).unicodeScalars {
            if (0x7F...0x9F).contains(scalar.value) {
                let hex = String(scalar.value, radix: 16)
                json += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            } else {
                json.unicodeScalars.append(scalar)
            }
        }
        return Data((json + "\n").utf8)
    }
}
