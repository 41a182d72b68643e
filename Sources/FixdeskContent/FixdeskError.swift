/// A failure that stops a command, shown to the user as one sentence on standard error.
public struct FixdeskError: Error, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// The user's input or options are wrong (exit status 2).
        case usage
        /// The content cannot be used (exit status 3).
        case content
        /// The index or another file could not be read or written (exit status 4).
        case io
    }

    public var kind: Kind
    /// The English sentence.
    public var message: String
    /// The key of the sentence in a language's `cli:` strings, with its `{placeholders}`' values,
    /// so the command line can say it in the user's language.
    public var key: String?
    public var values: [String: String] = [:]

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public init(_ kind: Kind, key: String, _ values: [String: String] = [:], english: String) {
        self.kind = kind
        self.message = english.replacingPlaceholders(values)
        self.key = key
        self.values = values
    }

    public var description: String { message }

    /// Two errors are the same when they say the same thing; the key only words it in other languages.
    public static func == (lhs: FixdeskError, rhs: FixdeskError) -> Bool {
        lhs.kind == rhs.kind && lhs.message == rhs.message
    }
}
