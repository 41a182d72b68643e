import Foundation
import FixdeskIndex
import FixdeskMatch

/// Read-only handles on one index file, each used by one thread at a time.
///
/// A SQLite connection must not be used by two threads at once; one connection per concurrent
/// request avoids both a global lock and opening a connection per request. A request borrows a
/// handle for the time of its (synchronous) work and gives it back.
final class IndexPool: @unchecked Sendable {
    /// One open index and the matcher reading it.
    final class Handle {
        let index: KnowledgeIndex
        let matcher: Matcher

        init(index: KnowledgeIndex) {
            self.index = index
            matcher = Matcher(index: index)
        }
    }

    private var free: [Handle]
    private let condition = NSCondition()

    /// Opens `size` handles; `open` gives a new connection to the same index each call.
    init(size: Int, open: () throws -> KnowledgeIndex) throws {
        free = try (0..<max(1, size)).map { _ in Handle(index: try open()) }
    }

    /// Runs `body` with a handle nobody else uses meanwhile, waiting for one if all are busy.
    func withHandle<T>(_ body: (Handle) throws -> T) rethrows -> T {
        condition.lock()
        while free.isEmpty { condition.wait() }
        let handle = free.removeLast()
        condition.unlock()
        defer {
            condition.lock()
            free.append(handle)
            condition.signal()
            condition.unlock()
        }
        return try body(handle)
    }
}
