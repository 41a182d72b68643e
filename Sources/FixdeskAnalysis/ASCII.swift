/// ASCII character classes, for the byte-level fast paths that skip Unicode property lookups.
public enum ASCII {
    /// `0-9`, `A-Z` or `a-z`.
    @inlinable
    public static func isLetterOrDigit(_ value: UInt32) -> Bool {
        (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
    }

    @inlinable
    public static func isLetterOrDigit(_ byte: UInt8) -> Bool { isLetterOrDigit(UInt32(byte)) }
}
