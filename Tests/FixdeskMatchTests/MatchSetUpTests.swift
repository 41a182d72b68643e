import Testing
@testable import FixdeskMatch

/// What a matcher works out once per process: the code catalog's look-ups and each literal's measures.
@Suite struct MatchSetUpTests {
    /// A provider's code is found by its value and names its namespace; a range and a named code without a
    /// provider are Meta's; the lists keep the codes' sorted order.
    @Test func theCatalogArrangesCodesByProviderAndValue() {
        let catalog = CodeCatalog(codes: ["131047", "200-299", "twilio:63016", "gupshup:63016", "ycloud:too_many_requests",
                                          "10-20", "ycloud:1"])
        #expect(catalog.providerCodesByValue == ["63016": ["gupshup:63016", "twilio:63016"], "too_many_requests": ["ycloud:too_many_requests"],
                                                 "1": ["ycloud:1"]])
        #expect(catalog.ranges == [10...20, 200...299])
        #expect(catalog.namespaces == ["twilio", "gupshup", "ycloud"])
        #expect(catalog.named == ["ycloud:too_many_requests"])
        #expect(catalog.isInRange(250) && !catalog.isInRange(300))
    }

    /// Words are counted between spaces and the text is looked for with a space at each end, whatever its script.
    @Test func aLiteralIsMeasuredOnce() {
        let literal = ErrorLiteral("Şablon bulunamadı: 132001!", analysedTerms: ["sablo", "sablon", "bulunamadi", "132001"])
        #expect(literal.normalized == "sablon bulunamadi 132001")
        #expect(literal.wordCount == 3)
        #expect(literal.padded == Array(" sablon bulunamadi 132001 ".utf8))
        #expect(literal.terms == ["sablo", "sablon", "bulunamadi"])
        #expect(ErrorLiteral("", analysedTerms: []).wordCount == 0)
    }
}
