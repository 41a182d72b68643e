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

    func accepts(_ item: Evidence) -> Bool {
        let enough = item.hasStrongEvidence
            || (wordsAreTrusted && (item.hasEnoughWords || item.standsOut(over: runnerUpTextScore)))
        return enough
            && (!hasUnknownCode || item.errorScore >= 0.75)
            && (!errorIdentified || item.codeStrength > 0 || item.errorScore >= 0.75)
    }
}

struct Evidence {
    var codeStrength = 0.0
    var codeReasons: [String] = []
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

    mutating func add(code hit: CodeHit) {
        let strength = hit.mention.strength
        codeStrength = max(codeStrength, strength)
        codeReasons.append("error code \(hit.code) \(hit.mention.placeDescription)")
        codeHits.append(hit)
    }

    /// A code, or most of a literal error text.
    var hasStrongEvidence: Bool { codeStrength > 0 || errorScore >= 0.6 }

    /// Enough of the paste's rarer words, or a partial literal backed by words.
    var hasEnoughWords: Bool {
        (textScore >= 0.5 && matchedWords.count >= 2 && matchedWeight >= 5)
            // A short paste that is most of an article's title: "şablonum reddedildi".
            || (textScore >= 0.7 && matchedWords.count >= 2 && titleCoverage >= 0.6)
            || (textScore >= 0.4 && matchedWords.count >= 3 && matchedWeight >= 6)
            || (errorScore >= 0.45 && textScore >= 0.45)
    }

    /// Moderate word evidence that leads every other article's by a clear margin.
    func standsOut(over runnerUp: Double) -> Bool {
        textScore >= 0.35 && matchedWords.count >= 2 && matchedWeight >= 7 && textScore >= runnerUp * 1.3
    }

    var confidence: Double {
        let fromError = errorScore >= 0.4 ? errorScore * 0.95 : 0
        // Words that make up the article's title say more than the same words anywhere in its body.
        let fromText = (0.8 * textScore + 0.2 * titleCoverage) * 0.75
        let combined = 1 - (1 - codeStrength) * (1 - fromError) * (1 - fromText * 0.8)
        return (min(combined, 0.99) * 100).rounded() / 100
    }

    var reasons: [String] {
        var result = codeReasons
        if let errorText, errorScore >= 0.4 {
            let shown = errorText.count > 90 ? String(errorText.prefix(87)) + "…" : errorText
            result.append(errorScore >= 0.99 ? "error text “\(shown)”" : "phrase “\(shown)” (\(Int((errorScore * 100).rounded()))% alike)")
        }
        if textScore >= 0.3, !matchedWords.isEmpty {
            result.append("words: " + matchedWords.prefix(6).joined(separator: ", "))
        }
        return result
    }
}
