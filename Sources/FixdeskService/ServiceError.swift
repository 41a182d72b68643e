/// Why a request to the knowledge service cannot be answered; each front end shows it its own way
/// (an HTTP status, an MCP tool error).
public struct ServiceError: Error, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// The request is malformed or names an unknown language.
        case badRequest
        /// No such article.
        case notFound
        /// The request is over the size limit.
        case tooLarge
    }

    public var kind: Kind
    /// One sentence for the user.
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}
