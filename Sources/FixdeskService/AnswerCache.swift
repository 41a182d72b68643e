import Foundation

/// Recent answers of one generation, so the same paste asked again (the same error hits many
/// customers at once) is answered without matching it again.
///
/// Two tables: lookups read the recent one, then the older one (moving a hit forward); when the
/// recent one is full it becomes the older one. Close to least-recently-used, with a fixed bound
/// and no per-entry bookkeeping.
final class AnswerCache: @unchecked Sendable {
    /// Pastes longer than this are not kept: long payloads rarely repeat byte for byte.
    static let maximumKeyBytes = 8 * 1024

    struct Key: Hashable {
        var text: String
        var language: String
    }

    struct Answer {
        var document: Data
        var matchedNothing: Bool
    }

    private let capacity: Int
    private var recent: [Key: Answer] = [:]
    private var older: [Key: Answer] = [:]
    private let lock = NSLock()

    /// At most `2 × capacity` answers are kept; 0 keeps none.
    init(capacity: Int) {
        self.capacity = capacity
    }

    func answer(for key: Key) -> Answer? {
        guard capacity > 0 else { return nil }
        return lock.withLock {
            if let answer = recent[key] { return answer }
            guard let answer = older.removeValue(forKey: key) else { return nil }
            insert(answer, for: key)
            return answer
        }
    }

    func store(_ answer: Answer, for key: Key) {
        guard capacity > 0, key.text.utf8.count <= Self.maximumKeyBytes else { return }
        lock.withLock { insert(answer, for: key) }
    }

    private func insert(_ answer: Answer, for key: Key) {
        if recent.count >= capacity {
            older = recent
            recent = [:]
        }
        recent[key] = answer
    }
}
