import Foundation

/// One case of an evaluation file (JSON Lines), in the format of the product's evaluation harness.
public struct EvaluationCase: Sendable, Decodable {
    public var id: String
    public var input: String
    /// Right when the top article claims any of these (numbers are Meta's codes).
    public var expectedCodes: [String]?
    /// Right when the top article's title contains all of these.
    public var expectTitleContains: [String]?
    /// Right when nothing matches.
    public var expectNone: Bool
    public var want: String
    public var format: String
    /// The language the paste is written in.
    public var language: String
    /// Where a real paste was found (a page or `owner/repo#issue`).
    public var source: String?
    /// What a typed search tests: `synonym`, `paraphrase`, `keyword` or `typo`.
    public var kind: String
    /// The collection a real paste belongs to, the start of its id (`gh`, `web`, `more`).
    public var collection: String { id.split(separator: "-").first.map(String.init) ?? id }

    enum CodingKeys: String, CodingKey {
        case id, input, want, format, source, kind
        case language = "lang"
        case expectedCodes = "expected_codes", expectTitleContains = "expect_title_contains", expectNone = "expect_none"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        input = try container.decode(String.self, forKey: .input)
        want = try container.decodeIfPresent(String.self, forKey: .want) ?? "en"
        format = try container.decodeIfPresent(String.self, forKey: .format) ?? "?"
        language = try container.decodeIfPresent(String.self, forKey: .language) ?? "?"
        source = try container.decodeIfPresent(String.self, forKey: .source)
        kind = try container.decodeIfPresent(String.self, forKey: .kind) ?? "?"
        expectNone = try container.decodeIfPresent(Bool.self, forKey: .expectNone) ?? false
        expectTitleContains = try container.decodeIfPresent([String].self, forKey: .expectTitleContains)
        if let numbers = try? container.decodeIfPresent([Int].self, forKey: .expectedCodes) {
            expectedCodes = numbers.map(String.init)
        } else {
            expectedCodes = try container.decodeIfPresent([StringOrNumber].self, forKey: .expectedCodes)?.map(\.value)
        }
    }

    /// Reads a `.jsonl` file; a bad line is an error naming the file and line.
    public static func load(from url: URL) throws -> [EvaluationCase] {
        let text = try String(contentsOf: url, encoding: .utf8)
        var cases: [EvaluationCase] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            do {
                cases.append(try JSONDecoder().decode(EvaluationCase.self, from: Data(line.utf8)))
            } catch {
                throw EvaluationError(message: "\(url.lastPathComponent):\(offset + 1): \(error)")
            }
        }
        return cases
    }
}

struct StringOrNumber: Decodable {
    var value: String

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Int.self) { value = String(number) } else { value = try container.decode(String.self) }
    }
}

public struct EvaluationError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
