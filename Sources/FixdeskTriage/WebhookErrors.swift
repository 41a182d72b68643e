import Foundation

/// The errors of one JSON line: each `errors[]` entry of a webhook callback
/// (`entry[].changes[].value.statuses[].errors[]`, also `messages[].errors[]`), with the
/// `timestamp` (unix seconds) of the status or message that carries it.
enum WebhookErrors {
    /// The units of a JSON object; nil when the line is not a JSON object at all.
    static func units(inJSONLine line: String) -> [TriageUnit]? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { return nil }
        var units: [TriageUnit] = []
        if !webhookUnits(object, into: &units) { collect(object, timestamp: nil, into: &units) }
        if !units.isEmpty { return units }
        // A webhook without errors is a sent, delivered or read status: nothing failed.
        if object["entry"] != nil || object["statuses"] != nil || object["object"] as? String == "whatsapp_business_account" {
            return []
        }
        // Any other JSON line (a Graph API error response, a log record) is one paste.
        return [TriageUnit(text: line, timestamp: timestamp(in: object))]
    }

    /// The errors along the documented path `entry[].changes[].value.{statuses,messages}[].errors[]`
    /// (and `value.errors[]`); false when the object has not that shape, to be walked in full instead.
    private static func webhookUnits(_ object: [String: Any], into units: inout [TriageUnit]) -> Bool {
        guard let entries = object["entry"] as? [[String: Any]] else { return false }
        for entry in entries {
            guard let changes = entry["changes"] as? [[String: Any]] else { return false }
            for change in changes {
                guard let value = change["value"] as? [String: Any] else { return false }
                for error in value["errors"] as? [[String: Any]] ?? [] {
                    units.append(TriageUnit(text: text(of: error), timestamp: timestamp(in: value)))
                }
                for key in ["statuses", "messages"] {
                    for item in value[key] as? [[String: Any]] ?? [] {
                        let time = timestamp(in: item)
                        for error in item["errors"] as? [[String: Any]] ?? [] { units.append(TriageUnit(text: text(of: error), timestamp: time)) }
                    }
                }
            }
        }
        return true
    }

    private static func collect(_ value: Any, timestamp inherited: Date?, into units: inout [TriageUnit]) {
        if let array = value as? [Any] {
            for element in array { collect(element, timestamp: inherited, into: &units) }
            return
        }
        guard let object = value as? [String: Any] else { return }
        let timestamp = timestamp(in: object) ?? inherited
        if let errors = object["errors"] as? [[String: Any]] {
            for error in errors { units.append(TriageUnit(text: text(of: error), timestamp: timestamp)) }
        }
        for (key, child) in object where key != "errors" && (child is [Any] || child is [String: Any]) {
            collect(child, timestamp: timestamp, into: &units)
        }
    }

    static func timestamp(in object: [String: Any]) -> Date? {
        switch object["timestamp"] {
        case let text as String: Timestamp.unix(text) ?? Timestamp.firstISO(in: text)
        case let number as NSNumber: Date(timeIntervalSince1970: number.doubleValue > 1e12 ? number.doubleValue / 1000 : number.doubleValue)
        default: nil
        }
    }

    /// The error object as compact JSON with sorted keys, so the same error is always the same text.
    static func text(of error: [String: Any]) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: error, options: [.sortedKeys, .withoutEscapingSlashes]) else {
            return "\(error)"
        }
        return String(decoding: data, as: UTF8.self)
    }
}
