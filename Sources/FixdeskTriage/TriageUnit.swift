import Foundation

/// One error to triage: the text the matcher reads, and when it happened when the record says so.
public struct TriageUnit: Sendable, Equatable {
    public var text: String
    public var timestamp: Date?

    public init(text: String, timestamp: Date? = nil) {
        self.text = text
        self.timestamp = timestamp
    }
}
