import Testing
import FixdeskContent
import FixdeskTestSupport
@testable import FixdeskIndex
@testable import FixdeskMatch

/// Matching against the bundled catalog, for behaviour that needs its real codes.
@Suite struct BundledCatalogMatchTests {
    let directory: TemporaryDirectory
    let matcher: Matcher

    init() throws {
        directory = try TemporaryDirectory()
        let loader = ContentLoader(directory: PackageRoot.content, displayRoot: "content")
        matcher = Matcher(index: try KnowledgeIndex.open(at: directory.path + "/index.sqlite", content: loader))
    }

    func ids(_ paste: String) throws -> [String] {
        try matcher.match(PasteInput(text: paste), language: "en").matches.map(\.article.id)
    }

    @Test func anHTTPStatusIsNotAProviderCode() throws {
        // 360dialog answers its billing block with 400; an axios error's "status code 400" is not that.
        let axios = #"Error: Request failed with status code 400 - {"error":{"message":"(#132012) Parameter format does not match format in the created template","type":"OAuthException","code":132012,"fbtrace_id":"A1b2C3"}}"#
        #expect(try ids(axios) == ["template-parameter-format-mismatch"])
        #expect(try ids("360dialog: 400").first == "provider-balance-insufficient")
        #expect(try ids("Twilio Error 63016").first == "whatsapp-24-hour-window")
        #expect(try ids("Error 63016").first == "whatsapp-24-hour-window")
    }
}
