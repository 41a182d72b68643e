import Testing
@testable import FixdeskSite

/// The browser's index has no positions: `PhrasePostings` lists where each synonym member of several words stands
/// as a phrase, so that the browser's search finds it as the command line's `NEAR` does.
@Suite struct PhrasePostingsTests {
    let analyse: (String) -> [String] = { $0.lowercased().split(separator: " ").map(String.init) }

    @Test func aPhraseIsFoundOnlyWhereItsTermsStandTogetherInOrder() {
        let postings = PhrasePostings(members: [["rate", "limit"], ["customer", "service", "window"]]).postings(of: [
            [["Rate limit hit"], [], [], [], ["the customer service window closed"]],
            [["Limit of the rate"], ["rate and limit"], [], [], []],
        ], analyse: analyse)
        // Document 0: the first phrase in its title (bit 0), the second in its body (bit 4); document 1 has neither.
        #expect(postings == ["rate limit": [0, 1], "customer service window": [0, 16]])
    }

    @Test func aPhraseInSeveralFieldsHasEveryFieldInItsMask() {
        let postings = PhrasePostings(members: [["on", "hold"]]).postings(of: [
            [["On hold"], ["Template on hold"], [], [], []],
        ], analyse: analyse)
        #expect(postings == ["on hold": [0, 3]])
    }

    @Test func noMembersNoPostings() {
        #expect(PhrasePostings(members: []).postings(of: [[["a b"]]], analyse: analyse).isEmpty)
    }
}
