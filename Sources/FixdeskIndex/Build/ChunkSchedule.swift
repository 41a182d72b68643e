import Foundation

/// Hands out a build's chunks of files to the threads that prepare them, in order, and tells the writer
/// which are ready. A chunk is handed out only while fewer than `window` chunks wait to be written,
/// so that prepared articles never pile up in memory. Safe to use from any thread.
final class ChunkSchedule: @unchecked Sendable {
    let chunkCount: Int
    let window: Int
    private let condition = NSCondition()
    private var nextToClaim = 0
    private var written = 0
    private var ready: [Bool]
    private var cancelled = false

    init(chunkCount: Int, window: Int) {
        self.chunkCount = chunkCount
        self.window = max(1, window)
        ready = [Bool](repeating: false, count: chunkCount)
    }

    /// The next chunk to prepare, or nil when none is left (or the build was cancelled). With `wait`,
    /// waits while the window is full; without, returns nil then.
    func claim(wait: Bool) -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while !cancelled && nextToClaim < chunkCount && nextToClaim >= written + window {
            guard wait else { return nil }
            condition.wait()
        }
        guard !cancelled && nextToClaim < chunkCount else { return nil }
        nextToClaim += 1
        return nextToClaim - 1
    }

    func markReady(_ chunk: Int) {
        condition.lock()
        ready[chunk] = true
        condition.broadcast()
        condition.unlock()
    }

    func isReady(_ chunk: Int) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        return ready[chunk]
    }

    func waitUntilReady(_ chunk: Int) {
        condition.lock()
        while !ready[chunk] { condition.wait() }
        condition.unlock()
    }

    /// Records that the chunks before `count` are written, which frees room in the window.
    func markWritten(upTo count: Int) {
        condition.lock()
        written = count
        condition.broadcast()
        condition.unlock()
    }

    /// No chunk is handed out any more; the ones being prepared are finished.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }
}
