import FixdeskAnalysis
import FixdeskIndex

/// Scores an article's translations against a paste: pure computation over what `TextEvidence` has read.
struct ArticleScorer: Sendable {
    /// The paste normalized, with a space at each end, as UTF-8 for fast searching.
    var normalizedPaste: [UInt8]
    /// The paste names the subject or its platform (see `PasteSubject`).
    var subjectIsNamed: Bool
    var termsByLanguage: [String: Set<String>]
    var bigramsByLanguage: [String: Set<String>]
    /// The paste's terms as letters, for one-typo comparisons.
    var letterTermsByLanguage: [String: [[Unicode.Scalar]]]
    var wantedByLanguage: [String: WantedTerms]
    /// Rarity weights of every term scored (see `TextEvidence.weight`); 1 for a term not looked up.
    var weights: [String: Double]

    func score(_ profiles: [MatchProfile], into evidence: inout Evidence) {
        for profile in profiles {
            let language = profile.language
            // Only languages the site analyses have terms.
            guard let pasteTerms = termsByLanguage[language] else { continue }
            let pasteBigrams = bigramsByLanguage[language] ?? []
            for (error, literal) in zip(profile.errors, profile.literals) {
                let score = errorScore(literal: literal, language: language, pasteTerms: pasteTerms, pasteBigrams: pasteBigrams)
                if score > evidence.errorScore {
                    evidence.errorScore = score
                    evidence.errorText = error
                }
            }
            let titleTerms = Set(profile.titleTerms)
            if !titleTerms.isEmpty {
                let covered = Double(titleTerms.filter(pasteTerms.contains).count) / Double(titleTerms.count)
                evidence.titleCoverage = max(evidence.titleCoverage, covered)
            }
            let (score, matched, weight) = wordScore(profile.fields, language: language)
            if score > evidence.textScore {
                evidence.textScore = score
                evidence.matchedWords = matched
                evidence.matchedWeight = weight
            }
        }
    }

    /// How much of a literal error text the paste contains: exact text is 1; otherwise idf-weighted
    /// coverage of its terms blended with how many of its word pairs appear in the same order.
    private func errorScore(literal: ErrorLiteral, language: String, pasteTerms: Set<String>, pasteBigrams: Set<String>) -> Double {
        let cap = genericCap(of: literal)
        if literal.characterCount >= MatchTuning.exactLiteralCharacters, ByteSearch.contains(normalizedPaste, literal.padded) { return cap }
        let terms = literal.terms
        guard !terms.isEmpty else { return 0 }
        var total = 0.0
        var present = 0.0
        var missesATerm = false
        let rule = MatchTuning.literalScore
        let pasteLetters = letterTermsByLanguage[language] ?? []
        // Terms are few (an error text's words): earlier positions are searched instead of building sets.
        let inPaste = terms.map(pasteTerms.contains)
        for (position, term) in terms.enumerated() where !terms[..<position].contains(term) {
            let weight = weight(of: term)
            total += weight
            if inPaste[position] {
                present += weight
            } else if let letters = literal.typoLetters[position], pasteTerms.count < MatchTuning.typoComparedPasteTerms,
                      Self.hasNeighbour(of: letters, among: pasteLetters) {
                present += weight * rule.typo
            } else {
                missesATerm = true
            }
        }
        guard total > 0 else { return 0 }
        // A short literal missing one of its few words is only words the paste shares with it ("Business Account
        // locked" against "business account is not payment eligible"), and the words score those.
        if missesATerm, literal.wordCount <= MatchTuning.genericLiteral.words {
            return min(cap, fragmentScore(literalTerms: terms, language: language))
        }
        let coverage = present / total
        var pairsInOrder = 0
        for position in terms.indices.dropLast() where inPaste[position] && inPaste[position + 1] {
            if pasteBigrams.contains(terms[position] + " " + terms[position + 1]) { pairsInOrder += 1 }
        }
        let pairs = terms.count - 1
        let order = pairs == 0 ? coverage : Double(pairsInOrder) / Double(pairs)
        // Little evidence (one or two common words) must not look like a full match.
        let support = min(1, present / rule.fullWeight)
        let literalScore = (rule.coverage * coverage + rule.order * order) * support
        return min(cap, max(literalScore, fragmentScore(literalTerms: terms, language: language)))
    }

    /// The most a literal can score. A short, generic one ("Too Many Requests", "Missing required parameter")
    /// is what many APIs say: it is the whole answer only when the paste is little more than it, or names the
    /// subject.
    private func genericCap(of literal: ErrorLiteral) -> Double {
        let pasteIsTheLiteral = normalizedPaste.count <= literal.padded.count - 2 + MatchTuning.genericLiteral.slackBytes
        if literal.wordCount > MatchTuning.genericLiteral.words || subjectIsNamed || pasteIsTheLiteral { return 1 }
        return MatchTuning.genericLiteral.score
    }

    /// For a paste that is part of a literal error text: the idf-weighted share of the paste's
    /// meaningful words that the literal contains, discounted until there is enough of it.
    private func fragmentScore(literalTerms: [String], language: String) -> Double {
        let wanted = wantedByLanguage[language] ?? WantedTerms()
        let rule = MatchTuning.fragmentScore
        guard wanted.terms.count <= rule.pasteTerms else { return 0 }
        var total = 0.0
        var present = 0.0
        var shared = 0
        for (term, weight) in zip(wanted.terms, wanted.weights) {
            total += weight
            if literalTerms.contains(term) { present += weight; shared += 1 }
        }
        // Two words in common, however rare, do not make a paste part of an error text.
        guard total > 0, shared >= MatchTuning.fragmentWords else { return 0 }
        return rule.most * (present / total) * min(1, present / rule.fullWeight)
    }

    /// The idf-weighted share of the paste's meaningful words that the article's own words cover.
    private func wordScore(_ terms: MatchProfile.Fields, language: String) -> (Double, [String], Double) {
        let wanted = wantedByLanguage[language] ?? WantedTerms()
        guard !wanted.terms.isEmpty else { return (0, [], 0) }
        // Each of the paste's few terms is searched for in the article's fields, strongest field first.
        let fieldShares = MatchTuning.fieldShares
        var shares = [Double](repeating: 0, count: wanted.terms.count)
        for position in wanted.terms.indices {
            let word = wanted.paddedTerms[position]
            if ByteSearch.containsPadded(terms.title, word) || ByteSearch.containsPadded(terms.errors, word) {
                shares[position] = fieldShares.titleOrErrors
            } else if ByteSearch.containsPadded(terms.summary, word) {
                shares[position] = fieldShares.summary
            } else if ByteSearch.containsPadded(terms.body, word) {
                shares[position] = fieldShares.body
            }
        }
        var total = 0.0
        var credit = 0.0
        var matched: [String] = []
        for (position, term) in wanted.terms.enumerated() {
            total += wanted.weights[position]
            var share = shares[position]
            if share == 0, term.count >= MatchTuning.typoLetters,
               Self.hasNeighbour(of: term, inFields: [terms.title, terms.errors, terms.summary]) {
                share = fieldShares.typo
            }
            if share > 0 { matched.append(wanted.surfaces[position]) }
            credit += wanted.weights[position] * share
        }
        guard total > 0 else { return (0, [], 0) }
        // A synonym of the paste's words found in the article adds part of its weight; one not found costs nothing.
        for synonym in wanted.synonyms {
            let share = ByteSearch.containsPadded(terms.title, synonym.padded) || ByteSearch.containsPadded(terms.errors, synonym.padded)
                ? fieldShares.titleOrErrors : ByteSearch.containsPadded(terms.summary, synonym.padded) ? fieldShares.summary : 0
            credit += synonym.weight * share * MatchTuning.synonymCredit
        }
        return (min(1, credit / total), matched, credit)
    }

    /// True when a term of the space-separated `fields` is a single typo away from `term`, read in place.
    private static func hasNeighbour(of term: String, inFields fields: [[UInt8]]) -> Bool {
        let termBytes = Array(term.utf8)
        let termIsASCII = termBytes.allSatisfy { $0 < 0x80 }
        let letters = Array(term.unicodeScalars)
        // A character is at most 4 bytes: a neighbour's length in bytes differs by at most that.
        let slack = termIsASCII ? 1 : 4
        return termBytes.withUnsafeBufferPointer { wanted in
            fields.contains { field in
                field.withUnsafeBufferPointer { text in
                    var start = 0
                    while start < text.count {
                        while start < text.count, text[start] == 0x20 { start += 1 }
                        var end = start
                        var isASCII = true
                        while end < text.count, text[end] != 0x20 {
                            if text[end] >= 0x80 { isASCII = false }
                            end += 1
                        }
                        let length = end - start
                        if length > 0, abs(length - wanted.count) <= slack {
                            let token = UnsafeBufferPointer(rebasing: text[start..<end])
                            if termIsASCII && isASCII {
                                if EditDistance.isWithinOne(token, wanted) { return true }
                            } else {
                                let candidate = Array(String(decoding: token, as: UTF8.self).unicodeScalars)
                                if EditDistance.isWithinOne(candidate, letters) { return true }
                            }
                        }
                        start = end
                    }
                    return false
                }
            }
        }
    }

    /// True when one of `candidates` is a single typo away from the term spelt `letters`.
    private static func hasNeighbour(of letters: [Unicode.Scalar], among candidates: [[Unicode.Scalar]]) -> Bool {
        candidates.contains { abs($0.count - letters.count) <= 1 && EditDistance.isWithinOne($0, letters) }
    }

    private func weight(of term: String) -> Double { weights[term] ?? 1 }
}

/// The paste's meaningful words as the terms of one language, each once, with their weights and surface forms.
struct WantedTerms: Sendable {
    var terms: [String] = []
    var surfaces: [String] = []
    var weights: [Double] = []
    /// ` term ` as UTF-8, for searching a field.
    var paddedTerms: [[UInt8]] = []
    /// Terms of the synonyms of the paste's words, padded, with their weights.
    var synonyms: [(padded: [UInt8], weight: Double)] = []
    var seen: Set<String> = []
}
