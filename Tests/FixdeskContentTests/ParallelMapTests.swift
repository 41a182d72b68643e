import Testing
@testable import FixdeskContent

@Suite struct ParallelMapTests {
    /// Results come back in the elements' order, however the work is split.
    @Test(arguments: [0, 1, 2, 7, 1_000])
    func resultsKeepTheElementsOrder(count: Int) {
        let numbers = Array(0..<count)
        #expect(numbers.orderedParallelMap { $0 * 3 } == numbers.map { $0 * 3 })
        #expect(numbers.orderedParallelMap(perWorker: 32) { String($0) } == numbers.map { String($0) })
    }
}
