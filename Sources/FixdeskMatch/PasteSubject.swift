import FixdeskContent

/// Where a paste comes from, read off the words that name products (`SubjectMarkers` in `_site.yml`).
struct PasteSubject {
    /// The paste names the help center's own product or one of its providers.
    var namesSubject: Bool
    /// The paste names the platform the product runs on (Meta's Graph API): its short codes are plausible.
    var namesPlatform: Bool
    /// The paste names a product the help center does not cover.
    var namesOtherProduct: Bool

    /// A webhook that reports messages sent, delivered or read, with no error in it.
    var isSuccessReport: Bool
    /// A paste about another product only, or one that reports no failure: nothing in the catalog is its answer.
    var isElsewhere: Bool { (namesOtherProduct && !namesSubject) || isSuccessReport }
    /// Whether a short, generic code (an HTTP status, Graph's 1, 10, 100) may be taken as the subject's code.
    var placesShortCodes: Bool { namesSubject || namesPlatform }

    init(lowercasedPaste bytes: [UInt8], markers: SubjectMarkers, providers: ProviderNames) {
        func names(_ words: [String]) -> Bool { words.contains { Self.containsWord(Array($0.utf8), in: bytes) } }
        namesSubject = names(markers.subject) || names(providers.entries.map(\.name))
        namesPlatform = names(markers.platform)
        namesOtherProduct = names(markers.otherProducts)
        isSuccessReport = Self.isSuccessReport(bytes)
    }

    /// `"statuses": [{"status": "delivered", …}]` without `errors` or a failed status anywhere.
    static func isSuccessReport(_ bytes: [UInt8]) -> Bool {
        guard ByteSearch.contains(bytes, "\"statuses\""), !ByteSearch.contains(bytes, "error"),
              !ByteSearch.contains(bytes, "failed") else { return false }
        return ["delivered", "read", "sent"].contains { ByteSearch.contains(bytes, "\"\($0)\"") }
    }

    /// True when `word` stands in `bytes` with no letter or digit right before or after it.
    static func containsWord(_ word: [UInt8], in bytes: [UInt8]) -> Bool {
        ByteSearch.containsWhole(bytes, word, isWordByte: isWordByte)
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte >= 0x80
    }
}
