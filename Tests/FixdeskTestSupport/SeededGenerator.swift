import Foundation

/// A reproducible random number generator (SplitMix64) for tests that try random input: the seed
/// comes from `FIXDESK_TEST_SEED` when set, else from the clock, and a failing run prints it.
public struct SeededGenerator: RandomNumberGenerator {
    public let seed: UInt64
    private var state: UInt64

    public init(seed: UInt64? = nil) {
        let chosen = seed
            ?? ProcessInfo.processInfo.environment["FIXDESK_TEST_SEED"].flatMap { UInt64($0) }
            ?? UInt64(Date().timeIntervalSince1970 * 1_000)
        self.seed = chosen
        state = chosen
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
