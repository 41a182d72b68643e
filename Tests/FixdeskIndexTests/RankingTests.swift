import Foundation
import Testing
import FixdeskTestSupport
@testable import FixdeskIndex
@testable import FixdeskContent
@testable import FixdeskEvaluation

/// Ranking reads our posting lists instead of asking FTS5 for `bm25()` on every matching row: the
/// results must be FTS5's own, row for row and score for score.
@Suite struct RankingTests {
    @Test func postingListsRankExactlyAsFTS5OnTheBundledCatalog() throws {
        let directory = try TemporaryDirectory()
        let index = try KnowledgeIndex.open(at: directory.path + "/index.sqlite",
                                            content: ContentLoader(directory: PackageRoot.content, displayRoot: "content"))
        let folder = PackageRoot.url.appendingPathComponent("Tests/Evaluation")
        let texts = try ["cases-handwritten.jsonl", "cases-structured.jsonl"].flatMap {
            try EvaluationCase.load(from: folder.appendingPathComponent($0)).map(\.input)
        } + ["şablon duraklatıldı", "sablonunuzu", "odeme yontemi", "webhook media upload", "phone numbr"]
        var compared = 0
        for text in texts {
            let words = index.analyzers.alternatives(in: text).filter { !$0.isStopWord }.prefix(64)
            var groups = words.map { FTSQuery.Group(terms: $0.terms.isEmpty ? [$0.surface] : $0.terms, prefixes: []) }
            if let last = words.last, last.surface.count >= 2, !last.isNumber, !groups.isEmpty {
                groups[groups.count - 1].prefixes = [last.surface]
            }
            let query = FTSQuery(groups: groups)
            for matchAll in [false, true] {
                let ours = try index.rankedRows(query, matchAll: matchAll, limit: 20)
                let reference = try index.fts5RankedRows(query, matchAll: matchAll, limit: 20)
                #expect(ours.count == reference.count, "\(text)")
                for (mine, theirs) in zip(ours, reference) {
                    #expect(abs(mine.1 - theirs.1) < 1e-9 * max(1, abs(theirs.1)), "\(text): \(mine) vs \(theirs)")
                    // Rows tied on score may come in either order.
                    if mine.0 != theirs.0 {
                        #expect(reference.contains { $0.0 == mine.0 && abs($0.1 - mine.1) < 1e-9 * max(1, abs(mine.1)) }, "\(text)")
                    }
                }
                compared += 1
            }
        }
        #expect(compared > 1_000)
    }

    /// Words of other scripts, compatibility characters, combining marks and code ranges are counted
    /// as FTS5's tokenizer counts them.
    @Test func postingListsRankAsFTS5OnOtherScripts() throws {
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
                let ours = try index.rankedRows(FTSQuery(groups: groups), matchAll: matchAll, limit: 20)
                let reference = try index.fts5RankedRows(FTSQuery(groups: groups), matchAll: matchAll, limit: 20)
                if !reference.isEmpty { found.insert(text) }
                #expect(ours.map(\.0) == reference.map(\.0), "\(text)")
                for (mine, theirs) in zip(ours, reference) {
                    #expect(abs(mine.1 - theirs.1) < 1e-9 * max(1, abs(theirs.1)), "\(text): \(mine) vs \(theirs)")
                }
            }
        }
        // Not a comparison of empty answers: most of these words are found.
        #expect(found.count >= 12, "found: \(found.sorted())")
    }

    @Test func postingListsRoundTrip() {
        let entries = [PostingList.Entry(row: 1, weight: 10), .init(row: 2, weight: 1), .init(row: 300, weight: 28),
                       .init(row: 70_000, weight: 100_000)]
        let list = PostingList(entries)
        #expect(PostingList(bytes: list.bytes).entries == entries)
        #expect(list.count == 4)
        let updated = list.updated(removing: [2], adding: [.init(row: 300, weight: 3), .init(row: 5, weight: 6)])
        #expect(updated.entries.map(\.row) == [1, 5, 300, 70_000])
        #expect(updated.entries[2].weight == 3)
    }
}
