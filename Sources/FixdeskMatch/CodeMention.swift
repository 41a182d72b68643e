/// A number or provider code found in a paste, with where it stood.
public struct CodeMention: Sendable, Equatable {
    public enum Context: Sendable, Equatable {
        /// The value of a key such as `"code":`, `error_subcode=`, with the key's path (`error.code`).
        case key(path: String, isSubcode: Bool)
        /// `(#131047)` as Graph API messages start.
        case hashInParentheses
        /// `#131047`.
        case hash
        /// After a word like `error`, `code`, `hata kodu`.
        case keyword(String)
        /// First on its line and followed by `:`, `|`, `,` or ` -`, as tables, lists and logs put codes.
        case lineStart
        /// The whole paste is the code.
        case bare
        /// A number in running text, with nothing around it saying it is a code.
        case freeText
        /// A provider's named code such as `TOO_MANY_REQUESTS`.
        case named
    }

    /// The digits (or name) as written.
    public var value: String
    /// A provider named right before it (`twilio:63016`, `Twilio error 63016`), lowercased.
    public var provider: String?
    public var context: Context
    /// Byte offset in the paste.
    public var offset: Int

    /// True for the value of a subcode key (`error_subcode`).
    public var isSubcode: Bool {
        if case .key(_, true) = context { return true }
        return false
    }

    /// How sure the context makes us that this is an error code, from 0 to 1.
    public var strength: Double {
        switch context {
        case .key, .hashInParentheses, .bare: 0.97
        case .hash, .keyword, .named: 0.93
        case .lineStart: 0.9
        case .freeText: 0.85
        }
    }

    /// Words for the reason line: "in error.code", "in (#…)", ….
    public var placeDescription: String {
        switch context {
        case let .key(path, _): "in \(path)"
        case .hashInParentheses: "in (#\(value))"
        case .hash: "as #\(value)"
        case let .keyword(word): "after '\(word)'"
        case .lineStart: "at the start of a line"
        case .bare: "as the pasted code"
        case .freeText: "in the text"
        case .named: "as \(value)"
        }
    }
}
