import Synchronization

/// Counts work done by many threads, for a front end to show progress; costs one atomic add per item.
public final class ProgressMeter: Sendable {
    private let count = Atomic<Int>(0)

    public init() {}

    /// One more item done (an article read, a page written).
    public func advance() { count.add(1, ordering: .relaxed) }

    public var done: Int { count.load(ordering: .relaxed) }

    /// Starts counting the next stage from zero.
    public func reset() { count.store(0, ordering: .relaxed) }
}
