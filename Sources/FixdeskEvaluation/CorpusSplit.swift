import FixdeskAnalysis

/// Fixed divisions of a corpus by a hash of each case's id, so that they never change as cases are added:
/// a half to tune on and a half held out, and five folds for cross-validation.
public enum CorpusSplit {
    public enum Half: String, Sendable { case tune, holdout }

    /// FNV-1a (32 bits) of the id's UTF-8 bytes: stable across runs, platforms and languages (the evaluation
    /// scripts compute the same).
    public static func hash(of id: String) -> UInt32 {
        FNV1a.hash32(id.utf8)
    }

    public static func half(of testCase: EvaluationCase) -> Half {
        hash(of: testCase.id) % 2 == 0 ? .tune : .holdout
    }

    public static let foldCount = 5

    public static func fold(of testCase: EvaluationCase) -> Int {
        Int((hash(of: testCase.id) / 2) % UInt32(foldCount))
    }
}
