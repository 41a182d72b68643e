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
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}
