import Foundation
import Testing
import FixdeskTestSupport
import FixdeskContent

/// The bundled catalog against the reference tables and the seed article it grew from.
@Suite struct CatalogTests {
    static let content = try! ContentLoader(directory: PackageRoot.content, displayRoot: "content").load()

    static func lines(of name: String) throws -> [String] {
        let url = PackageRoot.url.appendingPathComponent("Tests/Catalog/\(name)")
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
            .map(String.init).filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }

    @Test func everyKnownReferenceCodeIsClaimedInEveryLanguage() throws {
        let codes = try Self.lines(of: "reference-codes.txt")
        #expect(codes.count > 140)
        for language in Self.content.site.languages {
            let claimed = Set(Self.content.articles.filter { $0.language == language }.flatMap(\.codes).map { $0.lowercased() })
            let missing = codes.filter { !claimed.contains($0.lowercased()) }
            #expect(missing.isEmpty, "not claimed in \(language): \(missing)")
        }
    }

    @Test func everyArticleHasASummaryAndAtLeastTwoSteps() {
        for article in Self.content.articles {
            #expect(article.steps.count >= 2, "\(article.path)")
            #expect(!article.summary.isEmpty, "\(article.path)")
        }
    }

    @Test func theSeedsTurkishErrorTextsAreCarriedVerbatim() throws {
        let texts = try Self.lines(of: "seed-errors-tr.txt")
        #expect(texts.count == 9)
        let turkishErrors = Set(Self.content.articles.filter { $0.language == "tr" }.flatMap(\.errors))
        let missing = texts.filter { !turkishErrors.contains($0) }
        #expect(missing.isEmpty, "not in any Turkish article's errors: \(missing)")
    }
}
