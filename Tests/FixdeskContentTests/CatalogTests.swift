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

    /// Every code on the published lists the catalog was written from (`published-codes-*.txt`, with the page
    /// that lists it) is claimed by an article in every language, or listed in `not-claimed-*.txt` with why.
    @Test func everyPublishedCodeIsClaimedOrExplained() throws {
        for part in ["meta", "providers"] {
            let published = try Self.lines(of: "published-codes-\(part).txt").map { $0.split(separator: "\t", maxSplits: 1) }
            let explained = try Self.lines(of: "not-claimed-\(part).txt").map { $0.split(separator: "\t", maxSplits: 1) }
            #expect(published.count > 150, "\(part): \(published.count) published codes")
            #expect(published.allSatisfy { $0.count == 2 && $0[1].hasPrefix("http") }, "\(part): each code with the page that lists it")
            #expect(explained.allSatisfy { $0.count == 2 && !$0[1].isEmpty }, "\(part): each code not claimed with its reason")
            let reasons = Set(explained.map { String($0[0]).lowercased() })
            for language in Self.content.site.languages {
                let claimed = Set(Self.content.articles.filter { $0.language == language }.flatMap(\.codes).map { $0.lowercased() })
                let missing = published.map { String($0[0]).lowercased() }.filter { !claimed.contains($0) && !reasons.contains($0) }
                #expect(missing.isEmpty, "\(part), \(language): published but neither claimed nor explained: \(missing)")
            }
        }
    }
}

/// The README's coverage table and docs/coverage.md are generated from the content and the lists above.
extension CatalogTests {
    static let regenerate = "run scripts/coverage.sh to regenerate it"

    @Test func theReadmeTableAndTheCoverageDocumentMatchTheContent() throws {
        let report = try CoverageReport(content: CatalogTests.content, catalog: PackageRoot.url.appendingPathComponent("Tests/Catalog"))
        let readme = try String(contentsOf: PackageRoot.url.appendingPathComponent("README.md"), encoding: .utf8)
        let updated = try #require(report.updating(readme: readme), "README.md has lost its coverage markers: \(Self.regenerate)")
        let readmeIsCurrent = updated == readme
        #expect(readmeIsCurrent, "README.md's coverage table is out of date with the content: \(Self.regenerate)")
        let document = (try? String(contentsOf: PackageRoot.url.appendingPathComponent("docs/coverage.md"), encoding: .utf8)) ?? ""
        let documentIsCurrent = document == report.document
        #expect(documentIsCurrent, "docs/coverage.md is out of date with the content: \(Self.regenerate)")
    }

    @Test func rowsCountCodesClaimedInEveryLanguagePerProvider() throws {
        let fixture = try ContentFixture()
        let content = try fixture.loader.load()
        let report = CoverageReport(content: content, published: ["131047", "132015", "100", "twilio:63016", "twilio:63018"],
                                    notClaimed: [("100", "generic"), ("twilio:63018", "not WhatsApp"), ("470", "claimed after all")])
        #expect(report.rows == [
            CoverageReport.Row(provider: "meta", claimed: 4, published: 3, notClaimed: 1),
            CoverageReport.Row(provider: "twilio", claimed: 1, published: 2, notClaimed: 1),
        ])
        #expect(report.notClaimed.map(\.code) == ["100", "twilio:63018"])
        #expect(report.table.contains("| Twilio | 1 | 2 | 1 |"))
        #expect(report.document.contains("| `twilio:63018` | not WhatsApp |"))
    }
}

@Suite struct ContentFileTests {
    @Test func filesAreReadWholeWhateverSizeTheirMetadataGives() throws {
        let directory = try TemporaryDirectory()
        let text = String(repeating: "Şablon duraklatıldı. ", count: 5_000)
        let url = try directory.write(text, to: "long.md")
        #expect(try ContentFile.readBytes(atPath: url.path, displayPath: "long.md").get() == Array(text.utf8))
        let empty = try directory.write("", to: "empty.md")
        #expect(try ContentFile.readBytes(atPath: empty.path, displayPath: "empty.md").get().isEmpty)
        #if os(Linux)
        // Files under /proc report a size of 0 and still have content: the read must go on past it.
        let status = try ContentFile.readBytes(atPath: "/proc/self/status", displayPath: "status").get()
        #expect(String(decoding: status, as: UTF8.self).hasPrefix("Name:"))
        #expect(status.count > 100)
        #endif
        guard case let .failure(missing) = ContentFile.readBytes(atPath: directory.path + "/missing.md", displayPath: "missing.md") else {
            Issue.record("a missing file was read")
            return
        }
        #expect(missing.path == "missing.md" && missing.message.contains("cannot read the file"))
    }

    @Test func textIsDecodedWithoutByteOrderMarkAndWithUnixLineEnds() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a\r\nb\n".utf8)
        #expect(try ContentFile.decodeText(bytes, displayPath: "x.md").get() == "a\nb\n")
        guard case let .failure(diagnostic) = ContentFile.decodeText(Array("ok\n".utf8) + [0xFF], displayPath: "x.md") else {
            Issue.record("invalid UTF-8 was accepted")
            return
        }
        #expect(diagnostic.line == 2)
    }
}
