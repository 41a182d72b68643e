import Foundation

/// A random number generator that repeats from its seed (SplitMix64), for tests that must print
/// their seed and reproduce a failure from it.
public struct SeededGenerator: RandomNumberGenerator {
    public let seed: UInt64
    private var state: UInt64

    public init(seed: UInt64) {
        self.seed = seed
        state = seed
    }

    /// The seed from the environment variable `name` when set, else a fresh one; printed either way
    /// with how to run the test again with it.
    public static func fromEnvironment(_ name: String, test: String) -> SeededGenerator {
        let seed = ProcessInfo.processInfo.environment[name].flatMap { UInt64($0) } ?? UInt64.random(in: 1...UInt64(UInt32.max))
        print("\(test): seed \(seed) (run again with \(name)=\(seed))")
        return SeededGenerator(seed: seed)
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
