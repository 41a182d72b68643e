import FixdeskContent

/// The pages the catalog's articles cite. A paste collected from one of them may have been read while its article
/// was written, so the held-out half is also reported without them: those figures are the honest ones.
public struct CitedPages: Sendable {
    private let pages: Set<String>

    public init(articles: [Article]) {
        pages = Set(articles.flatMap(\.sources).map(Self.key))
    }

    /// True when the case's `source` is a page an article cites.
    public func cites(_ testCase: EvaluationCase) -> Bool {
        guard let source = testCase.source, !source.isEmpty else { return false }
        return pages.contains(Self.key(source))
    }

    /// A page's address without scheme, `www.`, fragment or trailing slash, lowercased: the same page however written.
    static func key(_ address: String) -> String {
        var key = Substring(address.lowercased())
        if let fragment = key.firstIndex(of: "#") { key = key[..<fragment] }
        for scheme in ["https://", "http://"] where key.hasPrefix(scheme) { key = key.dropFirst(scheme.count) }
        if key.hasPrefix("www.") { key = key.dropFirst(4) }
        while key.hasSuffix("/") { key = key.dropLast() }
        return String(key)
    }
}
