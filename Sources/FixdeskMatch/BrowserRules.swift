/// The matcher's own tables and numbers, as data for a front end that runs the same stages elsewhere (the help
/// center's paste box, `assets/site.js`): read from the constants the matcher uses, so the two cannot drift apart.
public struct BrowserRules: Encodable, Sendable {
    /// Every number of `MatchTuning`, by name; a tuple's parts as `name.part`.
    public var tuning: [String: Double]
    /// How sure each context of a code makes the matcher (`CodeMention.strength`), by context name.
    public var strengths: [String: Double]
    public var codeKeys: [String]
    public var codeWords: [String]
    public var metaSegments: [String]
    public var bareListLength: Int
    public var maximumDigits: Int
    public var analysedBytes: Int
    public var structuralWords: [String]
    /// `PasteTranslation`'s test of a paste's language: at least this many words and this share of them known.
    public var translationWords: Int
    public var translationShare: Double
    /// Provider names and aliases with the namespace each stands for, longest name first (`ProviderNames`).
    public var providers: [[String]]
    /// The fitted confidence table (`ConfidenceCalibration`): per `kind/place`, its steps as `[fromScore, share]`.
    public var calibration: [String: [[Double]]]

    /// The rules for a catalog whose codes are filed under `namespaces` (`twilio`, `gupshup`).
    public init(namespaces: some Sequence<String>) {
        typealias T = MatchTuning
        tuning = [
            "namesScannedBytes": Double(T.namesScannedBytes), "freeTextDigits": Double(T.freeTextDigits),
            "unnamedProviderDigits": Double(T.unnamedProviderDigits), "unknownCodeDigits": Double(T.unknownCodeDigits),
            "placedCodeDigits": Double(T.placedCodeDigits), "typedCodeLength": Double(T.typedCodeLength),
            "subcodeReach": Double(T.subcodeReach), "textCandidates": Double(T.textCandidates),
            "tellingNumber.digits": Double(T.tellingNumber.digits), "tellingNumber.most": Double(T.tellingNumber.most),
            "tellingNumber.share": T.tellingNumber.share, "synonymCredit": T.synonymCredit,
            "maximumUnknownWordShare": T.maximumUnknownWordShare, "exactErrorText": T.exactErrorText,
            "closeErrorText": T.closeErrorText, "strongErrorText": T.strongErrorText, "partialErrorText": T.partialErrorText,
            "genericLiteral.words": Double(T.genericLiteral.words), "genericLiteral.slackBytes": Double(T.genericLiteral.slackBytes),
            "genericLiteral.score": T.genericLiteral.score, "fragmentWords": Double(T.fragmentWords),
            "errorTextFloor": T.errorTextFloor, "shownWordShare": T.shownWordShare, "codeConfidence": T.codeConfidence,
            "keptShareOfBest": T.keptShareOfBest, "maximumConfidence": T.maximumConfidence,
            "refusalConfidence": T.refusalConfidence,
        ]
        for (name, rule) in [("enoughWords", T.enoughWords), ("twoWords", T.twoWords), ("manyWords", T.manyWords)] {
            tuning["\(name).share"] = rule.share
            tuning["\(name).words"] = Double(rule.words)
            tuning["\(name).weight"] = rule.weight
        }
        tuning["titleWords.share"] = T.titleWords.share
        tuning["titleWords.words"] = Double(T.titleWords.words)
        tuning["titleWords.titleCoverage"] = T.titleWords.titleCoverage
        tuning["standOut.share"] = T.standOut.share
        tuning["standOut.words"] = Double(T.standOut.words)
        tuning["standOut.weight"] = T.standOut.weight
        tuning["standOut.lead"] = T.standOut.lead
        // The scoring's weights, so that the browser cannot drift from them.
        for (name, value) in [("literalScore.coverage", T.literalScore.coverage), ("literalScore.order", T.literalScore.order),
                              ("literalScore.typo", T.literalScore.typo), ("literalScore.fullWeight", T.literalScore.fullWeight),
                              ("fragmentScore.pasteTerms", Double(T.fragmentScore.pasteTerms)), ("fragmentScore.most", T.fragmentScore.most),
                              ("fragmentScore.fullWeight", T.fragmentScore.fullWeight),
                              ("fieldShares.titleOrErrors", T.fieldShares.titleOrErrors), ("fieldShares.summary", T.fieldShares.summary),
                              ("fieldShares.body", T.fieldShares.body), ("fieldShares.typo", T.fieldShares.typo),
                              ("rawScore.errorText", T.rawScore.errorText), ("rawScore.words", T.rawScore.words),
                              ("rawScore.title", T.rawScore.title), ("rawScore.text", T.rawScore.text),
                              ("rawScore.textBeside", T.rawScore.textBeside),
                              ("typoLetters", Double(T.typoLetters)), ("typoComparedPasteTerms", Double(T.typoComparedPasteTerms)),
                              ("exactLiteralCharacters", Double(T.exactLiteralCharacters))] {
            tuning[name] = value
        }
        tuning["corroboratedCode.share"] = T.corroboratedCode.share
        tuning["corroboratedCode.words"] = Double(T.corroboratedCode.words)
        tuning["corroboratedCode.errorText"] = T.corroboratedCode.errorText
        tuning["corroboratedCode.strength"] = T.corroboratedCode.strength
        let contexts: [(String, CodeMention.Context)] = [
            ("key", .key(path: "code", isSubcode: false)), ("hashInParentheses", .hashInParentheses), ("hash", .hash),
            ("keyword", .keyword("code")), ("lineStart", .lineStart), ("bare", .bare), ("freeText", .freeText), ("named", .named),
        ]
        strengths = Dictionary(uniqueKeysWithValues: contexts.map {
            ($0.0, CodeMention(value: "0", provider: nil, context: $0.1, offset: 0).strength)
        })
        codeKeys = CodeExtractor.codeKeys.sorted()
        codeWords = CodeExtractor.codeWords
        metaSegments = CodeExtractor.metaSegments.sorted()
        bareListLength = CodeExtractor.bareListLength
        maximumDigits = CodeExtractor.maximumDigits
        analysedBytes = MatchTuning.analysedBytes
        structuralWords = PasteCleaner.structuralWords.sorted()
        translationWords = PasteTranslation.minimumWords
        translationShare = PasteTranslation.minimumShare
        providers = ProviderNames(namespaces: namespaces).entries.map { [$0.name, $0.namespace] }
        calibration = MatchTuning.calibration.steps.mapValues { $0.map { [$0.fromScore, $0.share] } }
    }
}
