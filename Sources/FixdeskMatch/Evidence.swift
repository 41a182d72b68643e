import FixdeskContent

/// Which candidates a paste's evidence is enough for, given what the paste as a whole looks like.
struct Acceptance {
    /// The second-best word score: a paraphrase shares fewer words with its article, but clearly
    /// more than with any other.
    var runnerUpTextScore: Double
    /// False when much of the paste is words no article uses ("my payment for the car insurance
    /// failed"): the paste is about something else, and word overlap alone proves nothing.
    var wordsAreTrusted: Bool
    /// True once a code or an exact error text has identified the error: other articles then need
    /// that kind of evidence of their own, since sharing its words does not make another error.
    var errorIdentified: Bool
    /// A paste naming a code the catalog does not know is about that error: only a close literal
    /// error text may still point to an article.
    var hasUnknownCode: Bool
    /// A paste about a provider's other channel (`PasteSubject.isProvidersOtherChannel`): only a code in the
    /// provider's own namespace is evidence; Meta's codes and WhatsApp's texts belong to another channel.
    var needsProviderCode: Bool

    func accepts(_ item: Evidence) -> Bool {
        let enough = item.hasStrongEvidence
            || (wordsAreTrusted && (item.hasEnoughWords || item.standsOut(over: runnerUpTextScore)))
        return enough
            && (!hasUnknownCode || item.errorScore >= MatchTuning.closeErrorText)
            && (!errorIdentified || item.codeStrength > 0 || item.errorScore >= MatchTuning.closeErrorText)
            && (!needsProviderCode || item.hasProviderCode)
    }
}

/// What speaks for one article.
struct Evidence {
    var codeStrength = 0.0
    var codeReasons: [String] = []
    /// Where the strongest code stood in the paste, to list several errors in the order pasted.
    var codeOffset = Int.max
    var codeHits: [CodeHit] = []
    /// The best literal error text's score, 0…1, and the text.
    var errorScore = 0.0
    var errorText: String?
    /// How much of the paste's meaningful words the article covers, 0…1.
    var textScore = 0.0
    var matchedWords: [String] = []
    /// The rarity-weighted amount of the paste's words the article covers.
    var matchedWeight = 0.0
    /// The share of the article's title words that the paste contains, 0…1.
    var titleCoverage = 0.0
    /// Where FTS5's bm25 put the article among the text candidates (0 first); it settles ties of the score.
    var textRank = Int.max

    mutating func add(code hit: CodeHit) {
        let strength = hit.strength
        if strength > codeStrength || (strength == codeStrength && hit.mention.offset < codeOffset) {
            codeOffset = hit.mention.offset
        }
        codeStrength = max(codeStrength, strength)
        codeReasons.append("error code \(hit.code) \(hit.mention.placeDescription)" + (hit.isCorroborated ? ", with the article's words" : ""))
        codeHits.append(hit)
    }

    /// Whether the article's text evidence agrees with a code the paste did not place: part of a literal error
    /// text, or a share of the paste's words with more than one word behind it.
    var supportsUnplacedCode: Bool {
        let rule = MatchTuning.corroboratedCode
        return errorScore >= rule.errorText || (textScore >= rule.share && matchedWords.count >= rule.words)
    }

    /// The whole of a literal error text longer than a generic one ("Leading or trailing params not allowed").
    var hasSpecificErrorText: Bool {
        errorScore >= MatchTuning.exactErrorText
            && (errorText?.split(separator: " ").count ?? 0) > MatchTuning.genericLiteral.words
    }

    /// Only family codes (`CodeHit.namesFamily`), with the family's generic message whole in the paste.
    var isFamilyAnswer: Bool {
        codeStrength > 0 && codeHits.allSatisfy(\.namesFamily) && errorScore >= MatchTuning.exactErrorText && !hasSpecificErrorText
    }

    /// A code of a provider's namespace (`twilio:21212`) speaks for this article.
    var hasProviderCode: Bool { codeHits.contains { ErrorCode.provider(of: $0.code) != nil } }

    /// Forgets the codes: another article's evidence names the error they only stand near.
    mutating func dropCodes() {
        codeStrength = 0
        codeReasons = []
        codeOffset = Int.max
        codeHits = []
    }

    /// A code, or most of a literal error text.
    var hasStrongEvidence: Bool { codeStrength > 0 || errorScore >= MatchTuning.strongErrorText }

    /// Enough of the paste's rarer words, or a partial literal backed by words.
    var hasEnoughWords: Bool {
        let enough = MatchTuning.enoughWords, many = MatchTuning.manyWords, title = MatchTuning.titleWords
        let two = MatchTuning.twoWords
        return (textScore >= enough.share && matchedWords.count >= enough.words && matchedWeight >= enough.weight)
            || (textScore >= two.share && matchedWords.count >= two.words && matchedWeight >= two.weight)
            || (textScore >= title.share && matchedWords.count >= title.words && titleCoverage >= title.titleCoverage)
            || (textScore >= many.share && matchedWords.count >= many.words && matchedWeight >= many.weight)
            || (errorScore >= MatchTuning.partialErrorText && textScore >= MatchTuning.partialErrorText)
    }

    /// Moderate word evidence that leads every other article's by a clear margin.
    func standsOut(over runnerUp: Double) -> Bool {
        let rule = MatchTuning.standOut
        return textScore >= rule.share && matchedWords.count >= rule.words && matchedWeight >= rule.weight
            && textScore >= runnerUp * rule.lead
    }

    /// The raw score that ranks and accepts matches; the confidence shown is calibrated from it
    /// (`ConfidenceCalibration`).
    var score: Double {
        let weights = MatchTuning.rawScore
        let fromError = errorScore >= MatchTuning.errorTextFloor ? errorScore * weights.errorText : 0
        // Words that make up the article's title say more than the same words anywhere in its body.
        let fromText = (weights.words * textScore + weights.title * titleCoverage) * weights.text
        let combined = 1 - (1 - codeStrength) * (1 - fromError) * (1 - fromText * weights.textBeside)
        return (min(combined, MatchTuning.maximumConfidence) * 100).rounded() / 100
    }

    /// The strongest kind of evidence this article has.
    var kind: EvidenceKind {
        if codeStrength > 0 { return .code }
        return errorScore >= MatchTuning.errorTextFloor ? .literal : .words
    }

    /// How a match is placed in the report.
    struct Order {
        var codeStrength: Double
        var codeOffset: Int
        var score: Double
        var textRank: Int
        var id: String
        /// A code the paste names comes before another article's error text or words.
        var tier: Int { codeStrength > 0 ? 1 : 0 }

        /// Matches a code found first (the code names the paste's error; another article's text beside it is
        /// a second error at most), then most certain first (ties by bm25's order, then id); the matches a code found then trade
        /// places among themselves so that, of codes equally sure, the one pasted first comes first.
        static func arrange<Item>(_ items: [(match: Item, order: Order)]) -> [Item] {
            var sorted = items.sorted {
                ($0.order.tier, $0.order.score, $1.order.textRank, $1.order.id) > ($1.order.tier, $1.order.score, $0.order.textRank, $0.order.id)
            }
            let slots = sorted.indices.filter { sorted[$0].order.codeStrength > 0 }
            let byPaste = slots.map { sorted[$0] }.sorted {
                ($0.order.codeStrength, $1.order.codeOffset) > ($1.order.codeStrength, $0.order.codeOffset)
            }
            for (slot, item) in zip(slots, byPaste) { sorted[slot] = item }
            return sorted.map(\.match)
        }
    }

    func order(id: String) -> Order {
        Order(codeStrength: codeStrength, codeOffset: codeOffset, score: score, textRank: textRank, id: id)
    }

    var reasons: [String] {
        var result = codeReasons
        if let errorText, errorScore >= MatchTuning.errorTextFloor {
            let shown = errorText.count > MatchTuning.shownReason.textCharacters
                ? String(errorText.prefix(MatchTuning.shownReason.cutCharacters)) + "…" : errorText
            result.append(errorScore >= MatchTuning.exactErrorText
                ? "error text “\(shown)”" : "phrase “\(shown)” (\(Int((errorScore * 100).rounded()))% alike)")
        }
        if textScore >= MatchTuning.shownWordShare, !matchedWords.isEmpty {
            result.append("words: " + matchedWords.prefix(MatchTuning.shownReason.words).joined(separator: ", "))
        }
        return result
    }
}
