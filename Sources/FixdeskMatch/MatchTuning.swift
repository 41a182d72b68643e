/// Every number the matcher's decisions turn on, in one place, with where it came from.
///
/// The values were chosen on the tuning half of the real-paste corpus (`Tests/Evaluation/real/`) and the
/// written cases, and checked on the held-out half; `fixdesk-eval` reports both.
public enum MatchTuning {
    // Reading the paste
    /// Names (products, providers, named codes) are looked for in this many first bytes of a paste; numbers and
    /// their contexts in all of it.
    static let namesScannedBytes = 64 * 1024
    /// Text beyond this many bytes is not analysed for words (codes are still found in all of it).
    static let analysedBytes = 64 * 1024
    /// A word of the paste is meaningful (scored, and a candidate's query word) from this many characters on.
    static let meaningfulWordLength = 2

    // Codes
    /// A known code in running text needs this many digits (short numbers are counts, amounts, statuses).
    static let freeTextDigits = 5
    /// A provider's code without its provider named needs this many digits (never an HTTP status).
    static let unnamedProviderDigits = 4
    /// A code-like number this short says nothing about an unknown error.
    static let unknownCodeDigits = 3
    /// A platform code shorter than this (1, 10, 100, 429) is also an HTTP status or another API's code:
    /// it counts only where the paste names the subject or its platform, writes it as Graph does (`#100`),
    /// or is nothing but the code.
    static let placedCodeDigits = 4
    /// A paste this short (bytes, spaces trimmed) of a code and words for "code" is a code typed into a
    /// WhatsApp help center ("Error code: 3"): its short codes need no other words around them.
    static let typedCodeLength = 40
    /// A short platform code the paste does not place counts when its article has this share of the paste's
    /// weighted words (and this many words), or this much of a literal error text; it then weighs `strength` of
    /// its place's.
    static let corroboratedCode = (share: 0.3, words: 2, errorText: 0.45, strength: 0.9)
    /// A subcode hides a parent code mentioned within this many bytes: they describe one error.
    static let subcodeReach = 400
    /// A provider's code whose value has letters is found anywhere in a paste from this length on (`ERR_TEMPLATE`).
    static let namedCodeLength = 6

    // Candidates
    /// Text candidates scored per paste: the evaluation scores the same with 8, 12 or 16; 12 keeps a margin.
    static let textCandidates = 12
    /// The FTS5 query for them: at most `words` of the paste's words, the first `typoCorrected` of them also by
    /// their one-letter typo corrections, and synonyms' words added while fewer than `withSynonyms` are asked.
    static let candidateQuery = (words: 48, typoCorrected: 24, withSynonyms: 64)
    /// A word this long or longer may be a one-letter typo of an indexed word (shorter ones are other words).
    static let typoLetters = 5
    /// The paste's words compared with each article (as terms of its language): at most `words`, and `synonyms`
    /// of their synonyms' words; of these at most `words` are checked against the index for being unknown.
    static let scoredWords = (words: 200, synonyms: 100)

    /// A number of at most `digits` digits is a word of the paste (of its `most` first such numbers) when at
    /// least one article and at most `share` of them have it: "24 hours" says much, "12:05" nothing.
    static let tellingNumber = (digits: 3, most: 12, share: 0.1)

    /// The share of its weight a synonym of a paste's word earns when an article's title, errors or summary
    /// have it (the paste's own word earns all of it).
    static let synonymCredit = 0.5

    /// A run of Chinese or Japanese characters is cut into lexicon words of at most this many characters
    /// (the Chinese lexicon's longest words have four).
    static let unspacedWordLength = 8

    // Evidence
    /// A normalized literal this long (characters) found whole in the paste is the paste's error text.
    static let exactLiteralCharacters = 8
    /// A literal's score: `coverage` of its rarity-weighted terms blended with the share of its word pairs in
    /// the paste's `order`; a term found only as a one-letter typo counts `typo` of its weight; the score is
    /// scaled down until the weight found reaches `fullWeight` (one or two common words are not a match).
    static let literalScore = (coverage: 0.6, order: 0.4, typo: 0.8, fullWeight: 5.0)
    /// Typos are looked for only in pastes with fewer terms than this (a long log has too many to compare).
    static let typoComparedPasteTerms = 3_000
    /// A paste that is part of a literal: at most `pasteTerms` meaningful terms, scoring at most `most`, scaled
    /// down until the weight it shares reaches `fullWeight`.
    static let fragmentScore = (pasteTerms: 60, most: 0.92, fullWeight: 10.0)
    /// How much a paste's word counts by where the article has it: title or errors, summary, body, or only a
    /// one-letter typo of it in title, errors or summary.
    static let fieldShares = (titleOrErrors: 1.0, summary: 0.85, body: 0.6, typo: 0.7)
    /// The raw score: an error text counts `errorText` of its score; word evidence is `words` of the word
    /// score plus `title` of the title coverage, times `text`, and counts `textBeside` of that beside the rest.
    static let rawScore = (errorText: 0.95, words: 0.8, title: 0.2, text: 0.75, textBeside: 0.8)

    // Acceptance
    /// With this share or more of the paste's meaningful words in no article, word overlap proves nothing.
    static let maximumUnknownWordShare = 0.4
    /// An error-text score this high is the literal text itself.
    static let exactErrorText = 0.99
    /// Once an error is identified, another article needs an error text this close of its own.
    static let closeErrorText = 0.75
    /// Most of a literal error text: enough alone.
    static let strongErrorText = 0.6
    /// A partial literal backed by words.
    static let partialErrorText = 0.45
    /// A literal of this many words or fewer is generic; found in a paste that does not name the subject and
    /// holds more than it (slack in bytes), it scores `score`: not enough alone, only beside words of the article.
    /// Missing one of its words (not even as a typo), it is no literal evidence at all, only shared words: on the
    /// tuning half that let the sibling whose words agree rank first (top-1 0.919 → 0.923, held-out 0.818 → 0.826).
    static let genericLiteral = (words: 4, slackBytes: 24, score: 0.55)
    /// A paste is part of a literal error text only when they share at least this many words.
    static let fragmentWords = 3
    /// Word evidence: (share of the paste's weighted words covered, distinct words, summed rarity).
    static let enoughWords = (share: 0.5, words: 3, weight: 5.0)
    /// Two words are enough only when they are most of what the paste says ("şablonunuz duraklatıldı").
    static let twoWords = (share: 0.75, words: 2, weight: 5.0)
    static let manyWords = (share: 0.4, words: 3, weight: 6.0)
    /// A short paste that is most of an article's title: "şablonum reddedildi".
    static let titleWords = (share: 0.7, words: 2, titleCoverage: 0.6)
    /// Moderate word evidence that leads the runner-up by this factor stands out.
    static let standOut = (share: 0.35, words: 2, weight: 7.0, lead: 1.3)

    // Confidence
    /// Below this an error-text score adds nothing to confidence.
    static let errorTextFloor = 0.6
    /// Word evidence shown as a reason from this share on.
    static let shownWordShare = 0.3
    /// A reason quotes an error text of at most `textCharacters` whole, a longer one cut to `cutCharacters` and
    /// an ellipsis, and names at most `words` matched words.
    static let shownReason = (textCharacters: 90, cutCharacters: 87, words: 6)
    /// At most this many results; a paste with more distinct codes still gets one result per code.
    static let resultLimit = 5
    /// Results at or above this raw score are code matches: all of them are kept, past `resultLimit`.
    static let codeConfidence = 0.9
    /// Results below this share of the best raw score are dropped.
    static let keptShareOfBest = 0.5
    /// A report whose best match shows less confidence than this answers nothing: on the tuning half the best
    /// matches below it (words alone, scoring under 0.27, shown as 0.2) were 2 right answers, 3 wrong ones and
    /// 8 answers to other products' errors; the next step up (shown 0.5) is right half the time and stays.
    /// Any value between the two steps refuses the same matches.
    static let refusalConfidence = 0.3
    /// No match is shown as more certain than this.
    static let maximumConfidence = 0.99
    /// The confidence shown for a raw score: fitted on the tuning half by `fixdesk-eval --calibrate`
    /// (`CalibrationData.swift`, generated).
    static let calibration = CalibrationData.table

    // Fitting the calibration (`fixdesk-eval --calibrate`)
    /// A fitted step holds at least this many matches: fewer say too little about how often such matches are
    /// right, and a kind and place with fewer falls back to its kind, then to all matches.
    public static let calibrationStepMatches = 12
    /// The share right of a step is (right + 1) / (matches + 2): a step of all right or all wrong matches still
    /// says neither never nor always.
    public static let calibrationPrior = (right: 1.0, matches: 2.0)
}
