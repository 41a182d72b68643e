import Testing
@testable import FixdeskIndex

@Suite struct ListCodingTests {
    @Test(arguments: [[], [""], ["Şablon \"Hoş geldiniz\" duraklatıldı"], ["a\\b", "line\nbreak\ttab\r", "\u{1}\u{1F}"],
                      ["(#131047) Re-engagement message", "Message failed to send because more than 24 hours have passed"]])
    func listsRoundTrip(values: [String]) {
        #expect(ListCoding.decode(ListCoding.encode(values)) == values)
    }

    @Test func otherJSONArraysAreStillRead() {
        #expect(ListCoding.decode(#"[ "a", "\u00e7" ]"#) == ["a", "ç"])
        #expect(ListCoding.decode("not json").isEmpty)
    }
}
