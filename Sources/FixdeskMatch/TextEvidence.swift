import Foundation
import FixdeskAnalysis
import FixdeskIndex

/// Reads what scoring a paste against articles needs: the paste's terms per language, candidate articles,
/// their match profiles and the words' rarity in the index (idf), so that "message" counts for little and
/// "re-engagement" for much. `ArticleScorer` does the scoring.
final class TextEvidence {
    private let index: any MatchSource
    private let profiles: MatchProfiles
    private let informative: [QueryWord]
    /// Words of a translated paste that its lexicon did not know, normalized.
    private let untranslated: Set<String>
    /// Short numbers of the paste ("24 hours", "100 MB"): words only where a few articles have them too.
    private let shortNumbers: [QueryWord]
    /// `shortNumbers` that some articles have and most do not, found on first use.
    private var telling: [QueryWord]?
    /// Words of the synonyms of the paste's words: credit when an article has them, nothing when it has not.
    private let synonymWords: [QueryWord]
    /// The paste normalized, with a space at each end, as UTF-8 for fast searching.
    private let normalizedPaste: [UInt8]
    private var termsByLanguage: [String: Set<String>] = [:]
    private var bigramsByLanguage: [String: Set<String>] = [:]
    /// The paste's terms as letters, for one-typo comparisons.
    private var letterTermsByLanguage: [String: [[Unicode.Scalar]]] = [:]
    private var weights: [String: Double] = [:]
    private let articleCount: Double

    /// True when the paste names the subject or its platform: then even a short, generic error text is its error.
    private let subjectIsNamed: Bool

    init(paste: String, index: any MatchSource, profiles: MatchProfiles, synonyms expansion: SynonymExpansion, subjectIsNamed: Bool) {
        self.index = index
        self.profiles = profiles
        self.subjectIsNamed = subjectIsNamed
        let cleaned = PasteCleaner.clean(paste.utf8.count > MatchTuning.analysedBytes
            ? String(decoding: Array(paste.utf8.prefix(MatchTuning.analysedBytes)), as: UTF8.self) : paste)
        normalizedPaste = Array((" " + LiteralText.normalize(cleaned) + " ").utf8)
        // The words scored are the paste's, read in English when the paste is in a language without articles;
        // error texts are compared with the paste as pasted.
        let reading = PasteTranslation.english(of: cleaned, lexicons: index.settings.lexicons)
        let text = reading?.text ?? cleaned
        // Of a translated paste, the words the lexicon did not know (its language's small words) are not
        // evidence that the paste is about something else.
        untranslated = Set((reading?.untranslated ?? []).map(LiteralText.normalize))
        let words = index.analyzers.alternatives(in: text)
        informative = words.filter(Self.isInformative)
        var seenNumbers: Set<String> = []
        shortNumbers = Array(words.filter {
            $0.isNumber && $0.surface.count <= MatchTuning.tellingNumber.digits && seenNumbers.insert($0.surface).inserted
        }.prefix(MatchTuning.tellingNumber.most))
        // Synonyms of the paste's words and phrases may earn an article credit, but never count against one.
        let synonyms = expansion.expansions(of: Array((" " + LiteralText.normalize(text) + " ").utf8))
        synonymWords = synonyms.isEmpty ? [] : index.analyzers.alternatives(in: synonyms.joined(separator: "\n")).filter(Self.isInformative)
        articleCount = Double(max(index.articleCount, 1))
        // Every language splits the text into the same words; each word carries its term per language.
        for language in index.analyzers.languages where index.analyzers.analyzer(for: language) != nil {
            let sequence = words.compactMap { word in word.isNumber ? nil : word.stems[language] }
            termsByLanguage[language] = Set(sequence)
            letterTermsByLanguage[language] = Set(sequence).sorted().map { Array($0.unicodeScalars) }
            bigramsByLanguage[language] = Set(zip(sequence, sequence.dropFirst()).map { "\($0) \($1)" })
        }
    }

    /// The paste's short numbers that at least one article and at most a small share of them contain.
    private func tellingNumbers() throws -> [QueryWord] {
        if let telling { return telling }
        let frequencies = try index.documentFrequencies(of: shortNumbers.flatMap(\.terms))
        let most = articleCount * MatchTuning.tellingNumber.share
        let found = shortNumbers.filter { word in
            word.terms.contains { (frequencies[$0] ?? 0) > 0 && Double(frequencies[$0] ?? 0) <= most }
        }
        telling = found
        return found
    }

    private static func isInformative(_ word: QueryWord) -> Bool {
        !word.isStopWord && !word.isNumber && word.surface.count >= MatchTuning.meaningfulWordLength && !PasteCleaner.structuralWords.contains(word.surface)
    }

    /// Ids of the articles whose indexed words best fit the paste's words.
    func candidateIDs(limit: Int) throws -> [String] {
        var groups: [FTSQuery.Group] = []
        var seen: Set<String> = []
        let limits = MatchTuning.candidateQuery
        for word in informative where seen.insert(word.surface).inserted {
            var terms = word.terms
            if word.surface.count >= MatchTuning.typoLetters, groups.count < limits.typoCorrected {
                terms += try index.typoCorrections(of: word.surface, excluding: Set(terms))
            }
            groups.append(FTSQuery.Group(terms: terms, prefixes: []))
            if groups.count == limits.words { break }
        }
        for word in try tellingNumbers() where seen.insert(word.surface).inserted {
            groups.append(FTSQuery.Group(terms: word.terms, prefixes: []))
        }
        for word in synonymWords where groups.count < limits.withSynonyms && seen.insert(word.surface).inserted {
            groups.append(FTSQuery.Group(terms: word.terms, prefixes: []))
        }
        return try index.rankedArticleIDs(FTSQuery(groups: groups), matchAll: false, limit: limit)
    }

    /// Fills the error-text and word scores of each article's evidence from all its translations.
    ///
    /// Everything is read first; `ArticleScorer` then scores without further reads.
    func score(_ evidence: inout [String: Evidence]) throws {
        let ids = Array(evidence.keys)
        let profiles = try self.profiles.profiles(of: ids)
        try loadWeights(of: profiles.values.joined().flatMap { $0.literals.flatMap(\.terms) }
            + (informative + synonymWords + tellingNumbers()).flatMap { $0.stems.values })
        var wanted: [String: WantedTerms] = [:]
        for language in index.analyzers.languages { wanted[language] = try wantedTerms(language: language) }
        let scorer = ArticleScorer(normalizedPaste: normalizedPaste, subjectIsNamed: subjectIsNamed, termsByLanguage: termsByLanguage,
                                   bigramsByLanguage: bigramsByLanguage, letterTermsByLanguage: letterTermsByLanguage,
                                   wantedByLanguage: wanted, weights: weights)
        for id in ids {
            scorer.score(profiles[id] ?? [], into: &evidence[id]!)
        }
    }

    /// The paste's meaningful words as terms of `language`, each once (`MatchTuning.scoredWords`), with weights and surface forms.
    private func wantedTerms(language: String) throws -> WantedTerms {
        var wanted = WantedTerms()
        for word in try informative + tellingNumbers() {
            guard let term = word.stems[language], wanted.seen.insert(term).inserted else { continue }
            wanted.terms.append(term)
            wanted.paddedTerms.append(Array(" \(term) ".utf8))
            wanted.surfaces.append(word.surface)
            wanted.weights.append(try weight(of: term))
            if wanted.terms.count >= MatchTuning.scoredWords.words { break }
        }
        for word in synonymWords {
            guard let term = word.stems[language], wanted.seen.insert(term).inserted else { continue }
            wanted.synonyms.append((padded: Array(" \(term) ".utf8), weight: try weight(of: term)))
            if wanted.synonyms.count >= MatchTuning.scoredWords.synonyms { break }
        }
        return wanted
    }

    /// The share of the paste's meaningful words that no article contains, in any language.
    func unknownWordShare() throws -> Double {
        var seen: Set<String> = []
        var candidates: [[String]] = []
        for word in informative where !untranslated.contains(word.surface) && seen.insert(word.surface).inserted {
            let stems = Set(word.stems.values)
            guard !stems.isEmpty else { continue }
            candidates.append(Array(stems) + [word.surface])
            if candidates.count == MatchTuning.scoredWords.words { break }
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
