import Foundation
import FixdeskAnalysis
import FixdeskContent
import FixdeskIndex

/// Maps a pasted error to articles in stages: codes → candidates → evidence → acceptance → report → confidence.
///
/// ```swift
/// let report = try Matcher(index: index).match(PasteInput(text: paste), language: "tr")
/// ```
///
/// One matcher reads one index from one thread at a time (it remembers what it has analysed of the articles).
public final class Matcher {
    private let index: any MatchSource
    /// The catalog's codes, read once; a failed read is reported by `match`, never hidden.
    private let catalog: Result<CodeCatalog, any Error>
    /// Every language's synonym groups, normalized once rather than for each paste.
    private let synonyms: SynonymExpansion
    /// The candidates' titles and error texts, analysed once per article rather than for each paste.
    private let profiles: MatchProfiles

    public convenience init(index: KnowledgeIndex) {
        self.init(source: index)
    }

    init(source index: any MatchSource) {
        self.index = index
        catalog = Result { CodeCatalog(codes: try index.allCodes()) }
        synonyms = SynonymExpansion(languages: index.settings.languages.values)
        profiles = MatchProfiles(source: index)
    }

    /// `showingUnlikely` keeps a report whose best match is right too seldom to show
    /// (`MatchTuning.refusalConfidence`), which is otherwise no answer: fitting the confidence table needs every
    /// match it calibrates.
    public func match(_ input: PasteInput, language: String, showingUnlikely: Bool = false) throws -> MatchReport {
        try index.reading { try matchWithinOneRead(input, language: language, showingUnlikely: showingUnlikely) }
    }

    private func matchWithinOneRead(_ input: PasteInput, language: String, showingUnlikely: Bool) throws -> MatchReport {
        let codes = try catalog.get()
        let warnings = Self.warnings(about: input)
        // The paste as written, once the escapes of a logged JSON string are undone.
        let paste = PasteUnescaper.unescape(input.text)

        // 0. Subject: a paste about another product only gets no answer from this catalog.
        let resolver = CodeResolver(catalog: codes)
        let head = ByteSearch.asciiLowercased(Array(paste.utf8.prefix(MatchTuning.namesScannedBytes)))
        let subject = PasteSubject(lowercasedPaste: head,
                                   markers: index.settings.site.subject, providers: resolver.providers)
        if subject.isElsewhere {
            return MatchReport(codes: [], language: language, matches: [], warnings: warnings)
        }

        // 1. Codes: every number with its context, resolved against the catalog's namespaces.
        let found = resolver.resolve(paste, lowercasedHead: head, subject: subject)

        // 2. Candidates: the articles claiming those codes, and the best text candidates.
        let text = TextEvidence(paste: paste, index: index, profiles: profiles, synonyms: synonyms,
                                subjectIsNamed: subject.placesShortCodes || !found.hits.isEmpty)
        let unplacedClaims = try claims(of: found.unplaced)
        var evidence = try candidates(claiming: found.hits, unplacedClaims: unplacedClaims, text: text)

        // 3. Evidence: literal error texts, titles and words of every translation; a short code the paste did not
        // place counts where the article claiming it also has the paste's words.
        try text.score(&evidence)
        let corroborated = Self.corroborate(unplacedClaims, in: &evidence)
        Self.letSpecificTextsNameTheirFamily(in: &evidence)

        // 4. Acceptance: what the paste as a whole allows.
        let acceptance = try Self.acceptance(of: evidence, text: text, namesUnknownError: found.namesUnknownError && !corroborated,
                                             needsProviderCode: subject.isProvidersOtherChannel)

        // 5. Report and 6. confidence.
        let matches = try report(evidence, accepted: acceptance, language: language, showingUnlikely: showingUnlikely)
        return MatchReport(codes: found.hits.map(\.code).uniqued(), language: language, matches: matches, warnings: warnings)
    }

    /// What the user should hear about the paste itself: a cut paste, replaced bytes.
    private static func warnings(about input: PasteInput) -> [String] {
        var warnings: [String] = []
        if input.wasTruncated { warnings.append("The paste is longer than 1 MiB; only its first 1 MiB was read.") }
        if input.hadInvalidUTF8 { warnings.append("The paste had bytes that are not UTF-8; they were replaced.") }
        return warnings
    }

    /// The articles claiming each code the paste did not place.
    private func claims(of unplaced: [CodeHit]) throws -> [(id: String, hit: CodeHit)] {
        var claims: [(id: String, hit: CodeHit)] = []
        for hit in unplaced {
            for id in try index.articleIDs(claiming: hit.code) { claims.append((id, hit)) }
        }
        return claims
    }

    /// The articles claiming the codes found, with their code evidence, and the best text candidates and the
    /// articles of unplaced codes, with none yet.
    private func candidates(claiming hits: [CodeHit], unplacedClaims: [(id: String, hit: CodeHit)],
                            text: TextEvidence) throws -> [String: Evidence] {
        var evidence: [String: Evidence] = [:]
        for hit in hits {
            for id in try index.articleIDs(claiming: hit.code) {
                evidence[id, default: Evidence()].add(code: hit)
            }
        }
        let textCandidates = try text.candidateIDs(limit: MatchTuning.textCandidates)
        for id in textCandidates + unplacedClaims.map(\.id) where evidence[id] == nil {
            evidence[id] = Evidence()
        }
        for (rank, id) in textCandidates.enumerated() { evidence[id]?.textRank = rank }
        return evidence
    }

    /// A short code the paste did not place counts where the article claiming it also has the paste's words;
    /// true when one did.
    private static func corroborate(_ claims: [(id: String, hit: CodeHit)], in evidence: inout [String: Evidence]) -> Bool {
        var corroborated = false
        for (id, hit) in claims where evidence[id]?.supportsUnplacedCode == true {
            evidence[id]?.add(code: CodeHit(code: hit.code, mention: hit.mention, isCorroborated: true))
            corroborated = true
        }
        return corroborated
    }

    /// A short platform code with its family's generic message ("code": 100, "Invalid parameter") names a family
    /// of errors; another article's whole, specific error text beside them (Graph's `error_user_msg`) names the
    /// error itself, as a subcode does, and the family's code no longer speaks for its article.
    private static func letSpecificTextsNameTheirFamily(in evidence: inout [String: Evidence]) {
        guard evidence.values.contains(where: { $0.codeStrength == 0 && $0.hasSpecificErrorText }) else { return }
        for id in evidence.keys where evidence[id]!.isFamilyAnswer { evidence[id]!.dropCodes() }
    }

    /// What the candidates' evidence as a whole allows each of them.
    private static func acceptance(of evidence: [String: Evidence], text: TextEvidence,
                                   namesUnknownError: Bool, needsProviderCode: Bool) throws -> Acceptance {
        let textScores = evidence.values.map(\.textScore).sorted(by: >)
        return Acceptance(
            runnerUpTextScore: textScores.count > 1 ? textScores[1] : 0,
            wordsAreTrusted: try text.unknownWordShare() < MatchTuning.maximumUnknownWordShare,
            errorIdentified: evidence.values.contains { $0.codeStrength > 0 || $0.errorScore >= MatchTuning.exactErrorText },
            hasUnknownCode: namesUnknownError,
            needsProviderCode: needsProviderCode)
    }

    /// Accepted articles in the agent's language, most certain first, with the confidence shown; those a
    /// code found keep their places among themselves in the order the codes were pasted.
    private func report(_ evidence: [String: Evidence], accepted acceptance: Acceptance, language: String,
                        showingUnlikely: Bool) throws -> [Match] {
        var matches: [(match: Match, order: Evidence.Order)] = []
        for (id, item) in evidence where acceptance.accepts(item) {
            guard let article = try index.article(id: id, preferring: language) else { continue }
            var reasons = item.reasons, details = item.details
            if article.language != language {
                reasons.append("no '\(language)' translation; shown in '\(article.language)'")
                details.append(.untranslated(requested: language, shown: article.language))
            }
            matches.append((Match(article: article, confidence: item.score, reasons: reasons, details: details,
                                  score: item.score, evidence: item.kind),
                            item.order(id: id)))
        }
        var ranked = Evidence.Order.arrange(matches)
        let codeMatches = ranked.filter { $0.score >= MatchTuning.codeConfidence }.count
        ranked = Array(ranked.prefix(max(MatchTuning.resultLimit, codeMatches)))
        if let best = ranked.map(\.score).max() {
            ranked = ranked.filter { $0.score >= best * MatchTuning.keptShareOfBest }
        }
        // 6. Confidence: the raw scores read as how often such matches were right.
        let shown = MatchTuning.calibration.confidences(of: ranked.map { ($0.score, $0.evidence) })
        for position in ranked.indices { ranked[position].confidence = shown[position] }
        // A best match that is right this seldom is more often an answer to another product's error: nothing is shown.
        if !showingUnlikely, let best = shown.first, best < MatchTuning.refusalConfidence { return [] }
        return ranked
    }
}

/// A catalog code found in the paste.
struct CodeHit {
    var code: String
    var mention: CodeMention
    /// A short code the paste did not place, counted because the article's words agree (`Found.unplaced`).
    var isCorroborated = false

    /// A platform code shorter than `MatchTuning.placedCodeDigits` (Graph's 1, 10, 100): a family of errors,
    /// which the error's own text or subcode names.
    var namesFamily: Bool {
        ErrorCode.provider(of: code) == nil && code.count < MatchTuning.placedCodeDigits && code.utf8.allSatisfy(ByteSearch.isDigit)
    }

    /// How sure the code's place and the paste make us that it is this error.
    var strength: Double { mention.strength * (isCorroborated ? MatchTuning.corroboratedCode.strength : 1) }
}

extension Array where Element: Hashable {
    func uniqued() -> [Element] {
        var seen: Set<Element> = []
        return filter { seen.insert($0).inserted }
    }
}
