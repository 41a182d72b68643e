import Foundation
import Testing
import FixdeskTestSupport
@testable import FixdeskIndex
@testable import FixdeskContent

/// Issue 15: queries read each term's article count from the stored `term_docs` table rather than from
/// FTS5's `fts5vocab`, which counts them slowly; the table must always say what FTS5's vocabulary says.
@Suite struct TermDocumentCountsTests {
    /// Words a refresh must count as FTS5 splits and folds them: ASCII punctuation, code ranges,
    /// diacritics, combining marks, ligatures, other scripts and cases.
    static let words = ["template", "paused", "quality", "200-299", "twilio:63016", "Café", "naïve", "e\u{301}tude",
                        "İstanbul", "IĞDIR’daki", "straße", "ǅemal", "ﬁle", "Ⅻ", "½", "٣", "𝔘nicode", "Ошибка",
                        "配信エラー", "Σφάλμα", "خطأ", "WhatsApp’ın", "re-engagement", "kumquat", "o'clock", "x_y"]

    func article(id: String, words: [String], padding: Int) -> String {
        """
        ---
        id: \(id)
        title: "\(words.prefix(4).joined(separator: " "))"
        summary: "\(words.dropFirst(4).prefix(4).joined(separator: " "))."
        section: messaging
        codes: ["200-299", "\(131_000 + padding)"]
        errors:
          - "\(words.suffix(3).joined(separator: " "))"
        updated: 2026-11-25
        sources: ["https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes"]
        ---

        ## Overview

        \(words.joined(separator: " ")).

        ## How to fix

        1. \(words.reversed().joined(separator: " ")).
        \(String(repeating: " ", count: padding))
        """
    }

    func stored(at path: String) throws -> [String] {
        try rows("SELECT term, docs FROM term_docs ORDER BY term", at: path)
    }

    func vocabulary(at path: String) throws -> [String] {
        try rows("SELECT term, doc FROM article_vocab ORDER BY term", at: path)
    }

    func rows(_ sql: String, at path: String) throws -> [String] {
        let database = try Database(path: path, create: false)
        let statement = try database.prepare(sql)
        var result: [String] = []
        while try statement.step() { result.append("\(statement.text(0)) \(statement.int(1))") }
        return result
    }

    @Test func aBuildStoresFTS5sCounts() throws {
        let fixture = try ContentFixture()
        try fixture.write(article(id: "scripts", words: Self.words, padding: 0), to: "en/messaging/scripts.md")
        let path = fixture.directory.path + "/index.sqlite"
        let index = try KnowledgeIndex.open(at: path, content: fixture.loader)
        let counts = try stored(at: path)
        #expect(counts.count > 50)
        #expect(counts == (try vocabulary(at: path)))
        let vocabulary = Dictionary(uniqueKeysWithValues: try vocabulary(at: path).map { row in
            (String(row.split(separator: " ")[0]), Int(row.split(separator: " ")[1])!)
        })
        let frequencies = try index.documentFrequencies(of: ["sablon", "kumquat", "template", "unknownword"])
        #expect(frequencies == ["sablon": vocabulary["sablon"]!, "kumquat": 1, "template": vocabulary["template"]!, "unknownword": 0])
        // Terms not asked for before are read together; a term asked for twice, alone or again later, counts the same.
        let fresh = try KnowledgeIndex.open(at: path, content: fixture.loader)
        #expect(try fresh.documentFrequencies(of: ["template", "otherunknown", "template", "sablon"])
                == ["template": vocabulary["template"]!, "otherunknown": 0, "sablon": vocabulary["sablon"]!])
        #expect(try fresh.documentFrequencies(of: ["kumquat"]) == ["kumquat": 1])
        #expect(try fresh.documentFrequencies(of: ["kumquat", "sablon", "otherunknown"])
                == ["kumquat": 1, "sablon": vocabulary["sablon"]!, "otherunknown": 0])
    }

    /// Random additions, edits and removals of articles made of the words above; after each refresh
    /// the stored counts equal FTS5's vocabulary, and an index rebuilt from scratch stores the same.
    @Test func refreshesKeepTheCountsEqualToFTS5s() throws {
        var generator = SeededGenerator.fromEnvironment("FIXDESK_COUNTS_SEED", test: "refreshesKeepTheCountsEqualToFTS5s")
        let fixture = try ContentFixture()
        let path = fixture.directory.path + "/index.sqlite"
        _ = try KnowledgeIndex.open(at: path, content: fixture.loader)
        var present: Set<Int> = []
        for step in 1...30 {
            let number = Int.random(in: 0..<6, using: &generator)
            let relativePath = "en/messaging/random-\(number).md"
            if present.contains(number), Bool.random(using: &generator) {
                try FileManager.default.removeItem(at: fixture.contentURL.appendingPathComponent(relativePath))
                present.remove(number)
            } else {
                let words = (0..<Int.random(in: 3...12, using: &generator)).map { _ in Self.words.randomElement(using: &generator)! }
                // The padding changes the file's size, so that the refresh sees the edit.
                try fixture.write(article(id: "random-\(number)", words: words, padding: step), to: relativePath)
                present.insert(number)
            }
            let index = try KnowledgeIndex.open(at: path, content: fixture.loader)
            #expect(!index.refresh.isNoop)
            #expect(try stored(at: path) == vocabulary(at: path), "seed \(generator.seed), step \(step)")
        }
        let rebuilt = fixture.directory.path + "/rebuilt.sqlite"
        _ = try KnowledgeIndex.open(at: rebuilt, content: fixture.loader)
        #expect(try stored(at: path) == stored(at: rebuilt), "seed \(generator.seed)")
    }

    @Test func wordsOfASCIILettersAndDigitsAreCertainOthersAreRecounted() {
        var words: [String] = []
        var uncertain: [String] = []
        TermDocumentCounts.forEachWord(in: Array("Template 200-299 café x_y".utf8)) { word, isCertain in
            if isCertain { words.append(word) } else { uncertain.append(word) }
        }
        #expect(words == ["template", "200", "299", "x", "y"])
        #expect(uncertain == ["café"])
        #expect(TermDocumentCounts.possibleTerms(of: "café").isSuperset(of: ["cafe", "café"]))
    }
}
