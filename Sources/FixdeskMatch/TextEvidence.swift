import Foundation
import FixdeskAnalysis
import FixdeskIndex

/// Scores how well an article's literal error texts and words fit the text of a paste, per language.
///
/// Words are weighted by rarity in the index (idf), so "message" counts for little and "re-engagement" for much.
final class TextEvidence {
    /// Text beyond this many bytes is not analysed for words (codes are still found in all of it).
    static let analysedBytes = 64 * 1024

    private let index: KnowledgeIndex
    private let words: [QueryWord]
    private let informative: [QueryWord]
    /// The paste normalized, with a space at each end, as UTF-8 for fast searching.
    private let normalizedPaste: [UInt8]
    private var termsByLanguage: [String: Set<String>] = [:]
    private var bigramsByLanguage: [String: Set<String>] = [:]
    /// The paste's terms as letters, for one-typo comparisons.
    private var letterTermsByLanguage: [String: [[Unicode.Scalar]]] = [:]
    private var weights: [String: Double] = [:]
    private let articleCount: Double

    init(paste: String, index: KnowledgeIndex) {
        self.index = index
        let text = PasteCleaner.clean(paste.utf8.count > Self.analysedBytes
            ? String(decoding: Array(paste.utf8.prefix(Self.analysedBytes)), as: UTF8.self) : paste)
        words = index.analyzers.alternatives(in: text)
        informative = words.filter {
            !$0.isStopWord && !$0.isNumber && $0.surface.count >= 2 && !PasteCleaner.structuralWords.contains($0.surface)
        }
        normalizedPaste = Array((" " + LiteralText.normalize(text) + " ").utf8)
        articleCount = Double(max(index.articleCount, 1))
        for language in index.analyzers.languages {
            guard let analyzer = index.analyzers.analyzer(for: language) else { continue }
            let sequence = Tokenizer.tokens(in: text, language: language).compactMap { token -> String? in
                token.isNumber ? nil : analyzer.term(for: token)
            }
            termsByLanguage[language] = Set(sequence)
            letterTermsByLanguage[language] = Set(sequence).sorted().map { Array($0.unicodeScalars) }
            bigramsByLanguage[language] = Set(zip(sequence, sequence.dropFirst()).map { "\($0) \($1)" })
        }
    }

    /// Ids of the articles whose indexed words best fit the paste's words.
    func candidateIDs(limit: Int) throws -> [String] {
        var groups: [FTSQuery.Group] = []
        var seen: Set<String> = []
        for word in informative where seen.insert(word.surface).inserted {
            var terms = word.terms
            if word.surface.count >= 5, groups.count < 24 {
                terms += try index.typoCorrections(of: word.surface, excluding: Set(terms))
            }
            groups.append(FTSQuery.Group(terms: terms, prefixes: []))
            if groups.count == 48 { break }
        }
        let rows = try index.rankedRows(FTSQuery(groups: groups), matchAll: false, limit: limit * 2)
        let idsByRow = try index.articleIDs(rowIDs: rows.map(\.0))
        var ids: [String] = []
        for (rowID, _) in rows {
            guard let id = idsByRow[rowID], !ids.contains(id) else { continue }
            ids.append(id)
            if ids.count == limit { break }
        }
        return ids
    }

    /// Fills the error-text and word scores of each article's evidence from all its translations.
    func score(_ evidence: inout [String: Evidence]) throws {
        let profiles = try index.matchProfiles(of: Array(evidence.keys))
        try loadWeights(of: profiles.values.joined().flatMap { $0.errorTerms.joined() })
        for id in evidence.keys {
            try score(profiles[id] ?? [], into: &evidence[id]!)
        }
    }

    private func score(_ profiles: [MatchProfile], into evidence: inout Evidence) throws {
        for profile in profiles {
            let language = profile.language
            guard index.analyzers.analyzer(for: language) != nil else { continue }
            let pasteTerms = termsByLanguage[language] ?? []
            let pasteBigrams = bigramsByLanguage[language] ?? []
            for (position, error) in profile.errors.enumerated() where position < profile.errorLiterals.count {
                let score = try errorScore(literal: profile.errorLiterals[position], terms: profile.errorTerms[position],
                                           language: language, pasteTerms: pasteTerms, pasteBigrams: pasteBigrams)
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
            let (score, matched, weight) = try wordScore(profile.fields, language: language)
            if score > evidence.textScore {
                evidence.textScore = score
                evidence.matchedWords = matched
                evidence.matchedWeight = weight
            }
        }
    }

    /// How much of a literal error text the paste contains: exact text is 1; otherwise idf-weighted
    /// coverage of its terms blended with how many of its word pairs appear in the same order.
    /// `literal` is the error normalized, `terms` its terms without numbers.
    private func errorScore(literal: String, terms: [String], language: String,
                            pasteTerms: Set<String>, pasteBigrams: Set<String>) throws -> Double {
        if literal.count >= 8, ByteSearch.contains(normalizedPaste, " " + literal + " ") { return 1 }
        guard !terms.isEmpty else { return 0 }
        var total = 0.0
        var present = 0.0
        for term in terms.uniqued() {
            let weight = try weight(of: term)
            total += weight
            if pasteTerms.contains(term) {
                present += weight
            } else if term.count >= 5, pasteTerms.count < 3_000,
                      Self.hasNeighbour(of: term, among: letterTermsByLanguage[language] ?? []) {
                present += weight * 0.8
            }
        }
        guard total > 0 else { return 0 }
        let coverage = present / total
        var pairs = 0
        var pairsInOrder = 0
        for (first, second) in zip(terms, terms.dropFirst()) {
            pairs += 1
            if pasteBigrams.contains(first + " " + second) { pairsInOrder += 1 }
        }
        let order = pairs == 0 ? coverage : Double(pairsInOrder) / Double(pairs)
        // Little evidence (one or two common words) must not look like a full match.
        let support = min(1, present / 5.0)
        let literalScore = (0.6 * coverage + 0.4 * order) * support
        return max(literalScore, try fragmentScore(literalTerms: Set(terms), language: language))
    }

    /// For a paste that is part of a literal error text: the idf-weighted share of the paste's
    /// meaningful words that the literal contains, discounted until there is enough of it.
    private func fragmentScore(literalTerms: Set<String>, language: String) throws -> Double {
        let wanted = try wantedTerms(language: language)
        guard wanted.terms.count <= 60 else { return 0 }
        var total = 0.0
        var present = 0.0
        for (term, weight) in zip(wanted.terms, wanted.weights) {
            total += weight
            if literalTerms.contains(term) { present += weight }
        }
        guard total > 0 else { return 0 }
        return 0.92 * (present / total) * min(1, present / 10.0)
    }

    /// The idf-weighted share of the paste's meaningful words that the article's own words cover.
    private func wordScore(_ terms: KnowledgeIndex.IndexedTerms, language: String) throws -> (Double, [String], Double) {
        let wanted = try wantedTerms(language: language)
        guard !wanted.terms.isEmpty else { return (0, [], 0) }
        // Each of the paste's few terms is searched for in the article's fields, strongest field first.
        var shares = [Double](repeating: 0, count: wanted.terms.count)
        for position in wanted.terms.indices {
            let word = wanted.paddedTerms[position]
            if ByteSearch.containsPadded(terms.title, word) || ByteSearch.containsPadded(terms.errors, word) {
                shares[position] = 1
            } else if ByteSearch.containsPadded(terms.summary, word) {
                shares[position] = 0.85
            } else if ByteSearch.containsPadded(terms.body, word) {
                shares[position] = 0.6
            }
        }
        var total = 0.0
        var credit = 0.0
        var matched: [String] = []
        for (position, term) in wanted.terms.enumerated() {
            total += wanted.weights[position]
            var share = shares[position]
            if share == 0, term.count >= 5,
               Self.hasNeighbour(of: term, inFields: [terms.title, terms.errors, terms.summary]) {
                share = 0.7
            }
            if share > 0 { matched.append(wanted.surfaces[position]) }
            credit += wanted.weights[position] * share
        }
        guard total > 0 else { return (0, [], 0) }
        return (credit / total, matched, credit)
    }

    /// The paste's meaningful words as terms of `language`, each once (at most 200), with weights and surface forms.
    private struct WantedTerms {
        var terms: [String] = []
        var surfaces: [String] = []
        var weights: [Double] = []
        /// ` term ` as UTF-8, for searching a field.
        var paddedTerms: [[UInt8]] = []
        var seen: Set<String> = []
    }
    private var wantedByLanguage: [String: WantedTerms] = [:]

    private func wantedTerms(language: String) throws -> WantedTerms {
        if let known = wantedByLanguage[language] { return known }
        var wanted = WantedTerms()
        for word in informative {
            guard let term = word.stems[language], wanted.seen.insert(term).inserted else { continue }
            wanted.terms.append(term)
            wanted.paddedTerms.append(Array(" \(term) ".utf8))
            wanted.surfaces.append(word.surface)
            wanted.weights.append(try weight(of: term))
            if wanted.terms.count >= 200 { break }
        }
        wantedByLanguage[language] = wanted
        return wanted
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

    /// True when one of `candidates` is a single typo away from `term`.
    private static func hasNeighbour(of term: String, among candidates: [[Unicode.Scalar]]) -> Bool {
        let letters = Array(term.unicodeScalars)
        return candidates.contains { abs($0.count - letters.count) <= 1 && EditDistance.isWithinOne($0, letters) }
    }

    /// The share of the paste's meaningful words that no article contains, in any language.
    func unknownWordShare() throws -> Double {
        var seen: Set<String> = []
        var candidates: [[String]] = []
        for word in informative where seen.insert(word.surface).inserted {
            let stems = Set(word.stems.values)
            guard !stems.isEmpty else { continue }
            candidates.append(Array(stems) + [word.surface])
            if candidates.count == 200 { break }
        }
        guard !candidates.isEmpty else { return 0 }
        let frequencies = try index.documentFrequencies(of: candidates.joined())
        let known = candidates.filter { $0.contains { (frequencies[$0] ?? 0) > 0 } }.count
        return Double(candidates.count - known) / Double(candidates.count)
    }

    /// log(1 + N/df): rare terms weigh more; a term no article has weighs most.
    private func weight(of term: String) throws -> Double {
        if let cached = weights[term] { return cached }
        try loadWeights(of: [term])
        return weights[term] ?? 1
    }

    /// Looks up the weights of the terms not known yet, together.
    private func loadWeights(of terms: [String]) throws {
        let missing = terms.filter { weights[$0] == nil }
        guard !missing.isEmpty else { return }
        for (term, frequency) in try index.documentFrequencies(of: missing) {
            // A word no article has says the paste is about something else, but not which article it is about.
            weights[term] = frequency == 0 ? 1.0 : log(1 + articleCount / Double(frequency))
        }
    }
}
