import Foundation
import Testing
import FixdeskTestSupport
@testable import FixdeskIndex
@testable import FixdeskContent
@testable import FixdeskEvaluation

/// FTS5 finds and ranks: a query is narrowed only when it would make FTS5 score more rows than
/// `QueryPlan.scoredRowBudget`, so on the bundled catalog every query is ranked exactly as FTS5 ranks it.
@Suite struct RankingTests {
    @Test func theBundledCatalogIsRankedExactlyByFTS5() throws {
        let directory = try TemporaryDirectory()
        let index = try KnowledgeIndex.open(at: directory.path + "/index.sqlite",
                                            content: ContentLoader(directory: PackageRoot.content, displayRoot: "content"))
        #expect(index.articleCount < QueryPlan.scoredRowBudget)
        let folder = PackageRoot.url.appendingPathComponent("Tests/Evaluation")
        let texts = try ["cases-handwritten.jsonl", "cases-structured.jsonl"].flatMap {
            try EvaluationCase.load(from: folder.appendingPathComponent($0)).map(\.input)
        } + ["şablon duraklatıldı", "sablonunuzu", "odeme yontemi", "webhook media upload", "phone numbr"]
        var found = 0
        for text in texts {
            let words = index.analyzers.alternatives(in: text).filter { !$0.isStopWord }.prefix(64)
            var groups = words.map { FTSQuery.Group(terms: $0.terms.isEmpty ? [$0.surface] : $0.terms, prefixes: []) }
            if let last = words.last, last.surface.count >= 2, !last.isNumber, !groups.isEmpty {
                groups[groups.count - 1].prefixes = [last.surface]
            }
            let query = FTSQuery(groups: groups)
            for matchAll in [false, true] {
                let ranked = try index.rankedRows(query, matchAll: matchAll, limit: 20)
                let exact = try index.exactRankedRows(query, matchAll: matchAll, limit: 20)
                #expect(ranked.map(\.0) == exact.map(\.0), "\(text)")
                if !ranked.isEmpty { found += 1 }
            }
        }
        // Not a comparison of empty answers.
        #expect(found > texts.count / 2)
    }

    /// An any-word query drops its words in most articles, then keeps its rarest words within the budget;
    /// every query then looks for its rarest word in the strong columns only, an all-words query last
    /// for all its words in the title.
    @Test func narrowingKeepsTheRarestWordsFirst() {
        let query = FTSQuery(groups: [.init(terms: ["message"], prefixes: []), .init(terms: ["kumquat"], prefixes: []),
                                      .init(terms: ["template", "templat"], prefixes: [])])
        let frequencies = ["message": 9_000, "kumquat": 40, "template": 3_000, "templat": 2_000]
        let any = QueryPlan.narrowings(of: query, matchAll: false, frequencies: frequencies, articleCount: 10_000)
        #expect(any == [
            #""kumquat" OR ("template" OR "templat")"#,
            #""kumquat""#,
            #"{title errors codes} : ("kumquat")"#,
            #"{title} : ("kumquat")"#,
        ])
        let all = QueryPlan.narrowings(of: query, matchAll: true, frequencies: frequencies, articleCount: 10_000)
        #expect(all == [#"{title errors codes} : ("kumquat") AND ("template" OR "templat") AND "message""#,
                        #"{title} : ("kumquat") AND ("template" OR "templat") AND "message""#,
                        #"{title} : ("kumquat") AND {title} : ("template" OR "templat") AND {title} : ("message")"#])
    }

    /// A word in most of a large catalog is narrowed to the articles that have it in their title, errors
    /// or codes, which rank first; the narrowed query still fills the page.
    @Test func aWordInMostArticlesIsRankedFromItsStrongColumns() throws {
        let fixture = try ContentFixture()
        let count = QueryPlan.scoredRowBudget + 60
        for number in 0..<count {
            let title = number % 20 == 0 ? "Template rejected \(number)" : "Number \(number) problem"
            try fixture.write("""
                ---
                id: common-\(number)
                title: "\(title)"
                summary: "A template summary for article \(number)."
                section: templates
                codes: ["\(7_000_000 + number)"]
                updated: 2026-11-25
                sources: ["https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes"]
                ---

                ## Overview

                The template text of \(number).

                ## How to fix

                1. Check the template.
                """, to: "en/templates/common-\(number).md")
        }
        let index = try KnowledgeIndex.open(at: fixture.directory.path + "/index.sqlite", content: fixture.loader)
        let query = FTSQuery(groups: [.init(terms: ["templat", "template"], prefixes: [])])
        let ranked = try index.rankedRows(query, matchAll: true, limit: 10)
        let exact = try index.exactRankedRows(query, matchAll: true, limit: 10)
        #expect(ranked.count == 10)
        #expect(Set(ranked.map(\.0)) == Set(exact.map(\.0)))
        let titles = try ranked.compactMap { try index.article(rowID: $0.0)?.title }
        #expect(titles.allSatisfy { $0.hasPrefix("Template rejected") }, "\(titles)")
    }

    /// Words of other scripts, compatibility characters, combining marks and code ranges are found as
    /// FTS5's tokenizer splits them.
    @Test func otherScriptsAreFound() throws {
        let fixture = try ContentFixture()
        let article = """
            ---
            id: scripts
            title: "Ошибка доставки 配信エラー Σφάλμα ǅemal"
            summary: "Café naïve résumé, خطأ في الإرسال, range 200-299, e\u{301}tude and ﬁle"
            section: messaging
            codes: ["200-299", "twilio:63016", "131047"]
            errors:
              - "Сообщение не доставлено (код 131047)"
            updated: 2026-11-25
            sources: ["https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes"]
            ---

            ## Overview

            Text with ÀÉÎÕÜ, straße, ĳssel, Ⅻ and ½ and ٣ digits, 𝔘nicode, Ω and the İstanbul office.

            ## How to fix

            1. Ошибка: check the Σφάλμα first.
            2. 配信エラー: try again with the résumé.
            """
        try fixture.write(article, to: "en/messaging/scripts.md")
        let index = try KnowledgeIndex.open(at: fixture.directory.path + "/index.sqlite", content: fixture.loader)
        #expect(try index.translations(of: "scripts").count == 1)
        let queries = ["Ошибка доставки", "配信エラー", "Σφάλμα", "ǅemal", "cafe naive resume", "خطأ", "200 299", "etude",
                       "file", "strasse", "ijssel", "xii", "unicode", "istanbul", "сообщение 131047", "twilio 63016", "template"]
        var found: Set<String> = []
        for text in queries {
            let words = index.analyzers.alternatives(in: text).filter { !$0.isStopWord }
            let groups = words.map { FTSQuery.Group(terms: $0.terms.isEmpty ? [$0.surface] : $0.terms, prefixes: [$0.surface]) }
            for matchAll in [false, true] {
                if try !index.rankedRows(FTSQuery(groups: groups), matchAll: matchAll, limit: 20).isEmpty { found.insert(text) }
            }
        }
        #expect(found.count >= 12, "found: \(found.sorted())")
    }
}
