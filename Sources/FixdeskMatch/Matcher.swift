import Foundation
import FixdeskAnalysis
import FixdeskContent
import FixdeskIndex

/// Maps a pasted error to articles: codes first, then the article's literal error texts, then text similarity.
///
/// ```swift
/// let report = try Matcher(index: index).match(PasteInput(text: paste), language: "tr")
/// ```
public final class Matcher {
    let index: KnowledgeIndex
    private let codes: CodeCatalog

    /// At most this many results; a paste with more distinct codes still gets one result per code.
    public var limit = 5

    public init(index: KnowledgeIndex) {
        self.index = index
        codes = CodeCatalog(codes: (try? index.allCodes()) ?? [])
    }

    public func match(_ input: PasteInput, language: String) throws -> MatchReport {
        var warnings: [String] = []
        if input.wasTruncated { warnings.append("The paste is longer than 1 MiB; only its first 1 MiB was read.") }
        if input.hadInvalidUTF8 { warnings.append("The paste had bytes that are not UTF-8; they were replaced.") }

        let mentions = CodeExtractor().mentions(in: input.text)
        let codeHits = try resolveCodes(mentions, in: input.text)
        // A paste that names an error code the catalog does not know is about that error: only a close
        // literal error text may still point to an article, not loose word overlap.
        let hasUnknownCode = codeHits.isEmpty && mentions.contains {
            if case .freeText = $0.context { return false }
            return $0.value.count >= 3
        }
        var evidence: [String: Evidence] = [:]
        for hit in codeHits {
            for id in try index.articleIDs(claiming: hit.code) {
                evidence[id, default: Evidence()].add(code: hit)
            }
        }

        let text = TextEvidence(paste: input.text, index: index)
        // The evaluation scores the same with 8, 12 or 16 candidates; 12 keeps a margin.
        for id in try text.candidateIDs(limit: 12) where evidence[id] == nil {
            evidence[id] = Evidence()
        }
        try text.score(&evidence)

        let textScores = evidence.values.map(\.textScore).sorted(by: >)
        let acceptance = Acceptance(
            runnerUpTextScore: textScores.count > 1 ? textScores[1] : 0,
            wordsAreTrusted: try text.unknownWordShare() < 0.4,
            errorIdentified: evidence.values.contains { $0.codeStrength > 0 || $0.errorScore >= 0.99 },
            hasUnknownCode: hasUnknownCode)
        var matches: [Match] = []
        for (id, item) in evidence where acceptance.accepts(item) {
            guard let article = try index.article(id: id, preferring: language) else { continue }
            var reasons = item.reasons, details = item.details
            if article.language != language {
                reasons.append("no '\(language)' translation; shown in '\(article.language)'")
                details.append(.untranslated(requested: language, shown: article.language))
            }
            matches.append(Match(article: article, confidence: item.confidence, reasons: reasons, details: details))
        }
        matches.sort { ($0.confidence, $1.article.id) > ($1.confidence, $0.article.id) }
        let codeMatches = matches.filter { $0.confidence >= 0.9 }.count
        matches = Array(matches.prefix(max(limit, codeMatches)))
        if let best = matches.first?.confidence {
            matches = matches.filter { $0.confidence >= best * 0.5 }
        }
        return MatchReport(codes: codeHits.map(\.code).uniqued(), language: language, matches: matches, warnings: warnings)
    }

    /// The catalog codes a paste mentions, strongest first, a subcode hiding its parent code.
    func resolveCodes(_ mentions: [CodeMention], in text: String) throws -> [CodeHit] {
        let bytes = Array(text.utf8)
        let lowered = ByteSearch.asciiLowercased(bytes)
        let namedProviders = CodeExtractor.providerNames.filter { ByteSearch.contains(lowered, $0.key) }.map(\.value)
        var hits: [CodeHit] = []
        for mention in mentions {
            guard let code = resolve(mention, providersInPaste: namedProviders) else { continue }
            hits.append(CodeHit(code: code, mention: mention))
        }
        for code in codes.named where ByteSearch.contains(bytes, ErrorCode.value(of: code)) {
            hits.append(CodeHit(code: code, mention: CodeMention(value: ErrorCode.value(of: code), provider: ErrorCode.provider(of: code),
                                                                 context: .named, offset: 0)))
        }
        // A known subcode is the specific error; its parent code (100, 131009…) only restates the family.
        let subcodes = hits.filter { if case .key(_, true) = $0.mention.context { true } else { false } }
        if !subcodes.isEmpty {
            hits.removeAll { hit in
                guard case .key(_, false) = hit.mention.context else { return false }
                return subcodes.contains { abs($0.mention.offset - hit.mention.offset) < 400 }
            }
        }
        var best: [String: CodeHit] = [:]
        for hit in hits where (best[hit.code]?.mention.strength ?? -1) < hit.mention.strength { best[hit.code] = hit }
        return best.values.sorted { ($0.mention.strength, $1.mention.offset) > ($1.mention.strength, $0.mention.offset) }
    }

    private func resolve(_ mention: CodeMention, providersInPaste: [String]) -> String? {
        let value = mention.value
        let providers = mention.provider.map { [$0] } ?? providersInPaste
        for provider in providers where codes.contains("\(provider):\(value)") {
            return "\(provider):\(value)"
        }
        if codes.contains(value) {
            if case .freeText = mention.context { return value.count >= 5 ? value : nil }
            return value
        }
        if case .freeText = mention.context { return nil }
        // A provider's code without the provider named: only when it is long enough to be its own
        // (Twilio's 63016), never a short number such as the HTTP status in "status code 400".
        let owners = value.count >= 4 ? codes.providerCodesByValue[value] ?? [] : []
        if owners.count == 1 { return owners.first }
        if case .key = mention.context, let number = Int(value), codes.isInRange(number) {
            return value
        }
        return nil
    }
}

/// A catalog code found in the paste.
struct CodeHit {
    var code: String
    var mention: CodeMention
}

/// What speaks for one article.
extension Array where Element: Hashable {
    func uniqued() -> [Element] {
        var seen: Set<Element> = []
        return filter { seen.insert($0).inserted }
    }
}
