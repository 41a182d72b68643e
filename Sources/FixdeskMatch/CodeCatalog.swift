import FixdeskContent

/// The codes the catalog claims, arranged for the lookups a paste's mentions need, so that none of
/// them scans every code (a catalog of 20,000 articles has as many codes).
struct CodeCatalog {
    /// Every code, lowercased: `131047`, `twilio:63016`, `200-299`.
    let all: Set<String>
    /// Provider codes by their value: `63016` → [`twilio:63016`].
    let providerCodesByValue: [String: [String]]
    /// Meta code ranges such as `200-299`.
    let ranges: [ClosedRange<Int>]
    /// The provider namespaces codes are filed under (`twilio`, `gupshup`).
    let namespaces: Set<String>
    /// Codes whose value has letters and is long enough to be found anywhere in a paste (`ERR_TEMPLATE`,
    /// `MatchTuning.namedCodeLength`).
    let named: [String]

    init(codes: Set<String>) {
        all = codes
        var byValue: [String: [String]] = [:]
        var ranges: [ClosedRange<Int>] = []
        var named: [String] = []
        var namespaces: Set<String> = []
        // Each code's provider is read once: a code with one has neither a range nor its own value.
        for code in codes.sorted() {
            let value: String
            if let provider = ErrorCode.provider(of: code) {
                namespaces.insert(provider)
                value = ErrorCode.value(of: code)
                byValue[value, default: []].append(code)
            } else {
                value = code
                if let range = ErrorCode.range(code) { ranges.append(range) }
            }
            if Self.hasLetter(value) && value.count >= MatchTuning.namedCodeLength { named.append(code) }
        }
        providerCodesByValue = byValue
        self.ranges = ranges
        self.named = named
        self.namespaces = namespaces
    }

    /// Whether `value` has a letter; read by byte when it is ASCII, as codes are, since asking each `Character`
    /// costs far more and every code is asked when a process starts matching.
    private static func hasLetter(_ value: String) -> Bool {
        if value.utf8.allSatisfy({ $0 < 0x80 }) { return value.utf8.contains { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A } }
        return value.contains(where: \.isLetter)
    }

    func contains(_ code: String) -> Bool { all.contains(code) }

    func isInRange(_ number: Int) -> Bool { ranges.contains { $0.contains(number) } }
}
