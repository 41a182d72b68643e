import FixdeskContent

/// Reads a paste in a language that has no articles (Portuguese, German…) through that language's lexicon:
/// the English words its words stand for, to be scored against the English articles with the paste itself.
enum PasteTranslation {
    /// A paste is in a lexicon's language when at least this many of its words…
    static let minimumWords = 2
    /// …and at least this share of them are in the lexicon.
    static let minimumShare = 0.3

    /// The English words of `text`'s words in the lexicon that knows most of them, or nil when none fits.
    static func englishWords(of text: String, lexicons: [PasteLexicon]) -> String? {
        guard !lexicons.isEmpty else { return nil }
        let words = text.lowercased().split { !$0.isLetter }.map(String.init)
        guard !words.isEmpty else { return nil }
        var best: (lexicon: PasteLexicon, known: Int)?
        for lexicon in lexicons {
            let known = words.filter { lexicon.words[$0] != nil }.count
            if known > (best?.known ?? 0) { best = (lexicon, known) }
        }
        guard let best, best.known >= minimumWords, Double(best.known) / Double(words.count) >= minimumShare else { return nil }
        let english = words.compactMap { word in best.lexicon.words[word].flatMap { $0 == word ? nil : $0 } }
        return english.isEmpty ? nil : english.joined(separator: " ")
    }
}
