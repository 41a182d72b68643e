import Foundation

/// Just enough of OpenAPI 3.1 to check an answer against its documented schema:
/// `$ref`, `type`, `required`, `properties` and `items`.
struct OpenAPISpec {
    var document: [String: Any]

    func responseSchema(path: String, method: String, status: String) -> [String: Any]? {
        guard let paths = document["paths"] as? [String: Any],
              let operation = (paths[path] as? [String: Any])?[method] as? [String: Any],
              var response = (operation["responses"] as? [String: Any])?[status] as? [String: Any] else { return nil }
        response = resolve(response)
        let content = response["content"] as? [String: Any]
        return ((content?["application/json"] as? [String: Any])?["schema"] as? [String: Any]).map(resolve)
    }

    func resolve(_ node: [String: Any]) -> [String: Any] {
        guard let ref = node["$ref"] as? String, ref.hasPrefix("#/") else { return node }
        var current: Any = document
        for part in ref.dropFirst(2).split(separator: "/") {
            current = (current as? [String: Any])?[String(part)] ?? [:]
        }
        return resolve(current as? [String: Any] ?? [:])
    }

    /// Every place where `value` lacks a required field or has another type than documented.
    func problems(of value: Any, against schema: [String: Any], at location: String) -> [String] {
        let schema = resolve(schema)
        var problems: [String] = []
        switch schema["type"] as? String {
        case "object":
            guard let object = value as? [String: Any] else { return ["\(location): not an object"] }
            for key in schema["required"] as? [String] ?? [] where object[key] == nil {
                problems.append("\(location): no '\(key)'")
            }
            for (key, property) in schema["properties"] as? [String: Any] ?? [:] {
                if let field = object[key], let property = property as? [String: Any] {
                    problems += self.problems(of: field, against: property, at: "\(location).\(key)")
                }
            }
            for key in object.keys where (schema["properties"] as? [String: Any])?[key] == nil {
                // A map (`additionalProperties`) documents every key by the schema of its values.
                if let values = schema["additionalProperties"] as? [String: Any] {
                    problems += self.problems(of: object[key]!, against: values, at: "\(location).\(key)")
                    continue
                }
                problems.append("\(location): '\(key)' is not documented")
            }
        case "array":
            guard let array = value as? [Any] else { return ["\(location): not an array"] }
            if let items = schema["items"] as? [String: Any] {
                for (offset, item) in array.enumerated() {
                    problems += self.problems(of: item, against: items, at: "\(location)[\(offset)]")
                }
            }
        case "string":
            if !(value is String) { problems.append("\(location): not a string") }
        case "number", "integer":
            if !(value is NSNumber) || value is String { problems.append("\(location): not a number") }
        default:
            break
        }
        return problems
    }
}
