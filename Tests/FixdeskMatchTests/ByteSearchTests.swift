import Testing
@testable import FixdeskMatch

@Suite struct ByteSearchTests {
    func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test func paddedWordsAreFoundOnlyWhole() {
        let field = bytes(" sablon sablo duraklat kalite ")
        #expect(ByteSearch.containsPadded(field, bytes(" sablon ")))
        #expect(ByteSearch.containsPadded(field, bytes(" sablo ")))
        #expect(ByteSearch.containsPadded(field, bytes(" kalite ")))
        #expect(!ByteSearch.containsPadded(field, bytes(" abl ")))
        #expect(!ByteSearch.containsPadded(field, bytes(" kalit ")))
        #expect(!ByteSearch.containsPadded(bytes(" "), bytes(" kalite ")))
        #expect(ByteSearch.containsPadded(bytes(" a "), bytes(" a ")))
        #expect(!ByteSearch.containsPadded(bytes("  "), bytes(" a ")))
    }

    @Test func plainSearch() {
        #expect(ByteSearch.contains(bytes("(#131047) Re-engagement message"), "131047"))
        #expect(!ByteSearch.contains(bytes("131"), "131047"))
    }
}
