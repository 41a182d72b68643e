import Foundation

extension Array {
    /// `transform` of every element, in order, computed on every core. Workers take every n-th element,
    /// so that runs of expensive elements spread over them; with `perWorker`, fewer workers start for a
    /// short array, whose elements are not worth a thread each.
    public func orderedParallelMap<Result>(perWorker: Int = 1, _ transform: (Element) -> Result) -> [Result] {
        let count = self.count
        let workers = Swift.min(ProcessInfo.processInfo.activeProcessorCount, count / Swift.max(1, perWorker))
        guard workers > 1 else { return map(transform) }
        return withoutActuallyEscaping(transform) { transform in
            withUnsafeBufferPointer { elements in
                nonisolated(unsafe) let (transform, elements) = (transform, elements)
                return [Result](unsafeUninitializedCapacity: count) { buffer, initialized in
                    nonisolated(unsafe) let output = buffer
                    DispatchQueue.concurrentPerform(iterations: workers) { worker in
                        for offset in stride(from: worker, to: count, by: workers) {
                            (output.baseAddress! + offset).initialize(to: transform(elements[offset]))
                        }
                    }
                    initialized = count
                }
            }
        }
    }
}
