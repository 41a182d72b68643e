import FixdeskContent

/// Where a paste comes from, read off the words that name products (`SubjectMarkers` in `_site.yml`).
struct PasteSubject {
    /// The paste names the help center's own product or one of its providers.
    var namesSubject: Bool { namesProduct || namesProvider }
    /// The paste names the product itself (`whatsapp`, `wamid`), not only a provider.
    var namesProduct: Bool
    /// The paste names one of the providers, most of which also carry SMS, e-mail or other messengers.
    var namesProvider: Bool
    /// The paste names the platform the product runs on (Meta's Graph API): its short codes are plausible.
    var namesPlatform: Bool
    /// The paste names a product the help center does not cover.
    var namesOtherProduct: Bool

    /// A webhook that reports messages sent, delivered or read, with no error in it.
    var isSuccessReport: Bool
    /// A mail server's reply (`550 5.1.1 …`): e-mail, whatever its words say.
    var isMailReply: Bool
    /// A paste about another product only, or one that reports no failure: nothing in the catalog is its answer.
    var isElsewhere: Bool { ((namesOtherProduct || isMailReply) && !namesSubject) || isSuccessReport }
    /// A provider named beside another of its channels (SMS, Messenger) and no word of the product: the paste is
    /// about that channel, where only the provider's own codes, the same on every channel, name an article's error.
    var isProvidersOtherChannel: Bool { namesOtherProduct && namesProvider && !namesProduct && !isElsewhere }
    /// Whether a short, generic code (an HTTP status, Graph's 1, 10, 100) may be taken as the subject's code.
    var placesShortCodes: Bool { namesSubject || namesPlatform }

    init(lowercasedPaste bytes: [UInt8], markers: SubjectMarkers, providers: ProviderNames) {
        func names(_ words: [String]) -> Bool { words.contains { Self.containsWord(Array($0.utf8), in: bytes) } }
        namesProduct = names(markers.subject)
        namesProvider = names(providers.entries.map(\.name))
        namesPlatform = names(markers.platform)
        namesOtherProduct = names(markers.otherProducts)
        isSuccessReport = Self.isSuccessReport(bytes)
        isMailReply = Self.containsMailReply(bytes)
    }

    /// An SMTP reply code followed by its enhanced status code (RFC 3463), `550 5.1.1` or `554-5.7.1`, standing
    /// alone: the shape every mail server's rejection has.
    static func containsMailReply(_ bytes: [UInt8]) -> Bool {
        func isDigit(_ at: Int) -> Bool { at < bytes.count && ByteSearch.isDigit(bytes[at]) }
        func isClass(_ at: Int) -> Bool { at < bytes.count && (bytes[at] == 0x32 || bytes[at] == 0x34 || bytes[at] == 0x35) }
        /// The end of a run of one to three digits starting at `at`, or nil.
        func digits(from at: Int) -> Int? {
            var end = at
            while isDigit(end), end - at < 3 { end += 1 }
            return end > at && !isDigit(end) ? end : nil
        }
        for start in bytes.indices where isClass(start) && (start == 0 || !isWordByte(bytes[start - 1])) {
            guard isDigit(start + 1), isDigit(start + 2), start + 3 < bytes.count,
                  bytes[start + 3] == 0x20 || bytes[start + 3] == 0x2D, isClass(start + 4),
                  start + 5 < bytes.count, bytes[start + 5] == 0x2E,
                  let subject = digits(from: start + 6), subject < bytes.count, bytes[subject] == 0x2E,
                  digits(from: subject + 1) != nil else { continue }
            return true
        }
        return false
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
