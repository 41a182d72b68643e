import FixdeskContent
import FixdeskIndex

/// Which article `show ID` means: an id, a code as written (`twilio:63016`, `131047`), or a code
/// without its provider (`63016`) when only one provider has it.
///
/// Pure: the catalog's codes and who claims them come in as data. A failed read of the index is thrown,
/// never taken for an unknown article.
public struct ArticleLookup {
    public enum Outcome: Equatable {
        case article(String)
        /// Several codes fit: each with the article that explains it, to suggest.
        case ambiguous([(code: String, article: String)])
        case unknown

        public static func == (lhs: Outcome, rhs: Outcome) -> Bool {
            switch (lhs, rhs) {
            case let (.article(a), .article(b)): a == b
            case let (.ambiguous(a), .ambiguous(b)): a.map(\.code) == b.map(\.code) && a.map(\.article) == b.map(\.article)
            case (.unknown, .unknown): true
            default: false
            }
        }
    }

    var isArticleID: (String) throws -> Bool
    var codes: Set<String>
    var claimants: (String) throws -> [String]

    public init(isArticleID: @escaping (String) throws -> Bool, codes: Set<String>,
                claimants: @escaping (String) throws -> [String]) {
        self.isArticleID = isArticleID
        self.codes = codes
        self.claimants = claimants
    }

    /// The lookup over an index's articles and codes.
    public init(index: KnowledgeIndex) throws {
        self.init(isArticleID: { try !index.translations(of: $0).isEmpty }, codes: try index.allCodes(),
                  claimants: { try index.articleIDs(claiming: $0) })
    }

    /// The article `name` means in `language`; of several providers' codes, the first (the command line
    /// asks the user instead).
    public static func article(named name: String, language: String, in index: KnowledgeIndex) throws -> IndexedArticle? {
        switch try ArticleLookup(index: index).resolve(name) {
        case let .article(id): try index.article(id: id, preferring: language)
        case let .ambiguous(choices): try index.article(id: choices[0].article, preferring: language)
        case .unknown: nil
        }
    }

    public func resolve(_ query: String) throws -> Outcome {
        let trimmed = query.trimmedWhitespace
        if try isArticleID(trimmed) { return .article(trimmed) }
        let written = Self.code(as: trimmed)
        let candidates: [String]
        if try written.contains(":") || !claimants(written).isEmpty {
            // Written with its provider, or one of Meta's own (ranges too): plus any provider's same number.
            candidates = [written] + (written.contains(":") ? [] : sameValue(written))
        } else {
            candidates = sameValue(written)
        }
        var seen: Set<String> = []
        let found = try candidates.filter { seen.insert($0).inserted }.compactMap { code in
            try claimants(code).first.map { (code: code, article: $0) }
        }
        switch found.count {
        case 0: return .unknown
        case 1: return .article(found[0].article)
        default:
            // Several codes, one article (a Meta code and a provider's that restates it): no choice to make.
            if Set(found.map(\.article)).count == 1 { return .article(found[0].article) }
            return .ambiguous(found)
        }
    }

    /// Provider codes whose value is `value`: `63016` → `twilio:63016`.
    private func sameValue(_ value: String) -> [String] {
        codes.filter { $0.contains(":") && ErrorCode.value(of: $0).lowercased() == value.lowercased() }.sorted()
    }

    /// `Twilio 63016`, `twilio:63016`, `#131047` → the catalog's spelling.
    public static func code(as written: String) -> String {
        var text = written.hasPrefix("#") ? String(written.dropFirst()) : written
        let parts = text.split(separator: " ")
        if parts.count == 2 { text = "\(parts[0]):\(parts[1])" }
        guard let colon = text.firstIndex(of: ":") else { return text }
        let provider = text[..<colon].lowercased().replacingOccurrences(of: ".", with: "")
        return provider + text[colon...]
    }
}
