import Foundation
import FixdeskContent

/// Turns the numbers of a paste into catalog codes: a number known in exactly one namespace resolves
/// to it unless the paste names another provider, one known in several is settled by the providers the
/// paste names, and a number with nothing around it saying it is a code counts only when it is long
/// enough not to be a count or an amount.
struct CodeResolver {
    struct Found {
        /// Catalog codes, strongest first.
        var hits: [CodeHit]
        /// Short platform codes that label a line (`410 – …`, `"410": {`) in a paste that names neither the
        /// subject nor its platform: they count only where the paste's words agree with the article that
        /// claims them (`Matcher`).
        var unplaced: [CodeHit]
        /// True when the paste names an error the catalog does not know: a code-like number that resolves to
        /// nothing, or a subcode we do not know under a generic parent code.
        var namesUnknownError: Bool
    }

    let catalog: CodeCatalog
    let providers: ProviderNames

    init(catalog: CodeCatalog) {
        self.catalog = catalog
        providers = ProviderNames(namespaces: catalog.namespaces)
    }

    /// `lowercasedHead` is the start of the paste, ASCII-lowercased, where provider names and named codes are looked for.
    func resolve(_ text: String, lowercasedHead: [UInt8], subject: PasteSubject) -> Found {
        let mentions = CodeExtractor(providers: providers).mentions(in: text)
        let namedProviders = providers.namespaces(in: lowercasedHead)
        let typed = Self.isTypedCode(text)
        var hits: [CodeHit] = [], unplaced: [CodeHit] = []
        var unknownSubcodeOffsets: [Int] = []
        for mention in mentions {
            switch resolve(mention, providersInPaste: namedProviders, placesShortCodes: typed || subject.placesShortCodes) {
            case let .code(code): hits.append(CodeHit(code: code, mention: mention))
            case let .unplaced(code): unplaced.append(CodeHit(code: code, mention: mention))
            case .unknown:
                if case .key(_, true) = mention.context, mention.value != "0" { unknownSubcodeOffsets.append(mention.offset) }
            }
        }
        // Named codes are stored lowercased (`ycloud:balance_insufficient`); pastes write them in capitals. Many are
        // also HTTP reason phrases or plain words (`UNAUTHORIZED`, `TOO_MANY_REQUESTS`), so one counts only where
        // the paste names its provider; elsewhere its words are words like any other.
        for code in catalog.named where ErrorCode.provider(of: code).map(namedProviders.contains) ?? true
            && ByteSearch.containsToken(lowercasedHead, Array(ErrorCode.value(of: code).utf8)) {
            hits.append(CodeHit(code: code, mention: CodeMention(value: ErrorCode.value(of: code), provider: ErrorCode.provider(of: code),
                                                                 context: .named, offset: 0)))
        }
        // A subcode is the specific error; its parent code (100, 131009…) only restates the family. When we
        // do not know the subcode, the parent does not tell which error it is either.
        let subcodeOffsets = hits.filter(\.mention.isSubcode).map(\.mention.offset) + unknownSubcodeOffsets
        hits.removeAll { hit in
            switch hit.mention.context {
            case .key(_, false), .hash, .hashInParentheses:
                return subcodeOffsets.contains { abs($0 - hit.mention.offset) < MatchTuning.subcodeReach }
            default:
                return false
            }
        }
        var best: [String: CodeHit] = [:]
        for hit in hits where (best[hit.code]?.mention.strength ?? -1) < hit.mention.strength { best[hit.code] = hit }
        let sorted = best.values.sorted { ($0.mention.strength, $1.mention.offset) > ($1.mention.strength, $0.mention.offset) }
        let namesUnknown = sorted.isEmpty && mentions.contains {
            if case .freeText = $0.context { return false }
            return $0.value.count >= MatchTuning.unknownCodeDigits
        }
        return Found(hits: sorted, unplaced: sorted.isEmpty ? unplaced : [], namesUnknownError: namesUnknown)
    }

    /// A short paste of nothing but a code and the words that name one ("Error code: 3", "hata kodu 192").
    static func isTypedCode(_ text: String) -> Bool {
        guard text.utf8.count <= MatchTuning.typedCodeLength * 4,
              text.trimmingCharacters(in: .whitespacesAndNewlines).utf8.count <= MatchTuning.typedCodeLength else { return false }
        let words = text.lowercased().split { !$0.isLetter }
        return words.allSatisfy { word in CodeExtractor.codeWords.contains { $0.split(separator: " ").contains(word) } }
    }

    /// What one mention is in the catalog.
    private enum Resolution {
        case code(String)
        /// A known code the paste does not place (see `Found.unplaced`).
        case unplaced(String)
        case unknown
    }

    private func resolve(_ mention: CodeMention, providersInPaste: [String], placesShortCodes: Bool) -> Resolution {
        let value = mention.value
        let providers = mention.provider.map { [$0] } ?? providersInPaste
        for provider in providers where catalog.contains("\(provider):\(value)") {
            return .code("\(provider):\(value)")
        }
        let isFreeText = mention.context == .freeText
        if catalog.contains(value) {
            if isFreeText { return value.count >= MatchTuning.freeTextDigits ? .code(value) : .unknown }
            // `#100` and `(#100)` are how Graph writes its own codes.
            let graphStyle = mention.context == .hash || mention.context == .hashInParentheses
            let placed = value.count >= MatchTuning.placedCodeDigits || mention.context == .bare || graphStyle || placesShortCodes
            if placed { return .code(value) }
            // Only a label (`410 – …`, `"410": {`) is worth a second look: after "error" or a code key in a paste
            // that names neither, a short number is an HTTP status as often ("error_code": 429).
            return mention.context == .lineStart ? .unplaced(value) : .unknown
        }
        // A provider's code without the provider named: only when one provider has it and it is long enough
        // to be its own (Twilio's 63016), never a short number such as the HTTP status in "status code 400".
        // Where the paste names other providers, the number is theirs even though the catalog does not know it:
        // providers number their errors in the same ranges (Twilio's SMS 30017 is not Exotel's 30017).
        let minimumDigits = isFreeText ? MatchTuning.freeTextDigits : MatchTuning.unnamedProviderDigits
        let owners = value.count >= minimumDigits ? catalog.providerCodesByValue[value] ?? [] : []
        if owners.count == 1, let owner = owners.first,
           providers.isEmpty || providers.contains(where: { $0 == ErrorCode.provider(of: owner) }) {
            return .code(owner)
        }
        if !isFreeText, case .key = mention.context, let number = Int(value), catalog.isInRange(number) {
            return .code(value)
        }
        return .unknown
    }
}
