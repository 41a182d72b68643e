import Testing
import FixdeskTestSupport
@testable import FixdeskEvaluation
@testable import FixdeskMatch

/// The confidence a match shows is how often such matches were right: fitted monotone on scored matches,
/// looked up by kind and place, and never higher below than above in a report.
@Suite struct CalibrationTests {
    func samples(_ pairs: [(score: Double, right: Bool)], kind: EvidenceKind = .words,
                 place: MatchPlace = .first) -> [CalibrationFit.Sample] {
        pairs.map { CalibrationFit.Sample(kind: kind, place: place, score: $0.score, right: $0.right) }
    }

    @Test func theFittedShareRisesWithTheScoreAndEachStepHoldsEnoughMatches() {
        var generator = SeededGenerator.fromEnvironment("FIXDESK_TEST_SEED", test: "CalibrationTests.fit")
        // Matches right more often as their score rises, with noise that a step-by-step share would follow.
        let pairs = (0..<300).map { _ -> (score: Double, right: Bool) in
            let score = Double(Int.random(in: 10...99, using: &generator)) / 100
            return (score, Double.random(in: 0..<1, using: &generator) < score)
        }
        let steps = CalibrationFit.isotonicSteps(samples(pairs), minimumCount: 12)
        #expect(steps.count > 1, "seed \(generator.seed)")
        #expect(zip(steps, steps.dropFirst()).allSatisfy { $0.share < $1.share && $0.fromScore < $1.fromScore },
                "seed \(generator.seed)")
        #expect(steps.allSatisfy { $0.count >= 12 }, "seed \(generator.seed)")
        #expect(steps.map(\.count).reduce(0, +) == pairs.count)
    }

    @Test func aSmallStepAboveALargeOneIsNeverShownAsLessCertain() {
        // Right 0.90 of 100 times, then 0.92 of 12 times higher up: the prior would turn their shares round.
        let pairs = (0..<100).map { (score: 0.5, right: $0 % 10 != 0) } + (0..<12).map { (score: 0.9, right: $0 != 0) }
        let steps = CalibrationFit.isotonicSteps(samples(pairs), minimumCount: 12)
        #expect(zip(steps, steps.dropFirst()).allSatisfy { $0.share < $1.share })
        #expect(steps.map(\.count).reduce(0, +) == pairs.count)
    }

    @Test func aStepOfOnlyRightMatchesStillSaysLessThanAlways() {
        let steps = CalibrationFit.isotonicSteps(samples(Array(repeating: (0.99, true), count: 20)), minimumCount: 12)
        #expect(steps.count == 1)
        #expect(steps[0].share < 1 && steps[0].share > 0.9)
    }

    @Test func aKindAndPlaceWithFewMatchesFallsBackToItsKind() {
        let many = samples((0..<30).map { (0.99, $0 % 10 != 0) }, kind: .literal, place: .first)
        let few = samples([(0.99, false), (0.99, false)], kind: .literal, place: .below)
        let table = CalibrationFit.fit(many + few, source: "test")
        #expect(table.steps["literal/first"] != nil)
        #expect(table.steps["literal/below"] == nil, "two matches say too little")
        let below = table.confidence(score: 0.99, kind: .literal, place: .below)
        #expect(below == table.confidence(score: 0.99, kind: .literal, place: .first) || below < 0.9)
        #expect(below == (table.steps["literal/any"]!.last!.share * 100).rounded() / 100)
    }

    @Test func aRunnerUpIsNeverShownAsMoreCertainThanTheMatchAboveIt() {
        let table = ConfidenceCalibration(steps: [
            "words/first": [.init(fromScore: 0, share: 0.4, count: 20)],
            "literal/below": [.init(fromScore: 0, share: 0.9, count: 20)],
        ], source: "test")
        #expect(table.confidences(of: [(0.5, .words), (0.96, .literal)]) == [0.4, 0.4])
    }

    @Test func theGeneratedTableIsSwiftThatNamesWhereItCameFrom() {
        let table = CalibrationFit.fit(samples((0..<20).map { (0.5, $0 % 2 == 0) }), source: "twenty cases")
        let source = CalibrationFit.swiftSource(of: table)
        #expect(source.contains("enum CalibrationData"))
        #expect(source.contains("\"words/first\": ["))
        #expect(source.contains("source: \"twenty cases\""))
    }

    /// The shipped table: a code found in the paste is confident; a runner-up that only shares an error text
    /// with the paste is not (on the corpus such runner-ups were rarely right).
    @Test func theShippedTableTrustsCodesAndDoubtsLiteralRunnersUp() {
        let table = MatchTuning.calibration
        #expect(table.confidence(score: 0.99, kind: .code, place: .first) > 0.9)
        #expect(table.confidence(score: 0.96, kind: .literal, place: .below) < 0.5)
        #expect(table.source.contains("tuning half"))
    }
}
