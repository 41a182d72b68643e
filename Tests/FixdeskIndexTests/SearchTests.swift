import Foundation
import Testing
import FixdeskTestSupport
import FixdeskAnalysis
@testable import FixdeskIndex
@testable import FixdeskContent

@Suite struct SearchTests {
    let fixture: ContentFixture
    let index: KnowledgeIndex

    init() throws {
        fixture = try ContentFixture()
        index = try KnowledgeIndex.open(at: fixture.directory.path + "/index.sqlite", content: fixture.loader)
    }

    func topID(_ query: String, language: String = "tr") throws -> String? {
        try index.search(query, language: language).first?.article.id
    }

    @Test(arguments: ["şablon duraklatıldı", "SABLON DURAKLATILDI", "sablonunuzu", "şablonun kalitesi",
                      "duraklatldı", "kalite puanı"])
    func turkishQueriesFindThePausedTemplate(query: String) throws {
        #expect(try topID(query) == "paused")
    }

    @Test(arguments: ["templates paused", "pausing", "quality ratings", "re-engagement"])
    func englishQueriesAreStemmed(query: String) throws {
        let expected = query == "re-engagement" ? "window" : "paused"
        #expect(try topID(query, language: "en") == expected)
    }

    @Test func resultsAreShownInTheRequestedLanguageWithSnippets() throws {
        let results = try index.search("approved template", language: "tr")
        let first = try #require(results.first)
        #expect(first.article.language == "tr")
        #expect(first.matchedLanguage == "en")
        let english = try #require(try index.search("approved template", language: "en").first)
        #expect(english.snippet.contains("**approved**"))
    }

    @Test func prefixOfTheWordBeingTyped() throws {
        #expect(try topID("duraklat") == "paused")
        #expect(try topID("WhatsApp Yönet") == "paused")
    }

    @Test(arguments: ["\"", "*", "-", ":", "^", "(", ")", "NEAR", "AND OR NOT", "a\u{0}b", "\"unterminated", "title:x", "{x}"])
    func anyTextIsSafe(query: String) throws {
        // Query syntax in the text is read as words: no error, and the real word beside it still finds its article.
        #expect(try index.search("paused \(query)", language: "en").contains { $0.article.id == "paused" })
        #expect(try index.search("\(query) paused", language: "en").contains { $0.article.id == "paused" })
    }

    @Test func unrelatedWordsFindNothing() throws {
        #expect(try index.search("kumquat", language: "en").isEmpty)
    }

    @Test func refreshReanalysesOnlyChangedFiles() throws {
        let path = fixture.directory.path + "/refresh.sqlite"
        let first = try KnowledgeIndex.open(at: path, content: fixture.loader)
        #expect(first.refresh.rebuilt)
        let second = try KnowledgeIndex.open(at: path, content: fixture.loader)
        #expect(second.refresh.isNoop)

        let text = try fixture.read("en/templates/paused.md")
        try fixture.write(text.replacingOccurrences(of: "Template paused for low quality", with: "Template paused, kumquat quality"),
                          to: "en/templates/paused.md")
        let turkish = try fixture.read("tr/templates/paused.md")
        try fixture.write(turkish + "\nŞablonunuz IĞDIR’daki müşterilere gönderilemedi; WhatsApp’ın kuralları.\n",
                          to: "tr/templates/paused.md")
        let third = try KnowledgeIndex.open(at: path, content: fixture.loader)
        #expect(third.refresh == RefreshReport(rebuilt: false, added: 0, changed: 2, removed: 0, articles: 4))
        #expect(try third.search("kumquat", language: "en").first?.article.id == "paused")
        // FTS5's vocabulary, which typo tolerance and idf read, follows the refresh and equals a full rebuild's.
        #expect(try third.search("kunquat", language: "en").first?.article.id == "paused")
        let rebuiltPath = fixture.directory.path + "/rebuilt.sqlite"
        _ = try KnowledgeIndex.open(at: rebuiltPath, content: fixture.loader)
        #expect(try vocabulary(at: path) == vocabulary(at: rebuiltPath))
        #expect(try indexedText(at: path) == indexedText(at: rebuiltPath))

        try FileManager.default.removeItem(at: fixture.contentURL.appendingPathComponent("en/templates/paused.md"))
        let fourth = try KnowledgeIndex.open(at: path, content: fixture.loader)
        #expect(fourth.refresh.removed == 1)
        #expect(try fourth.search("kumquat", language: "en").isEmpty)
        #expect(try fourth.typoCorrections(of: "kunquat", excluding: []).isEmpty)
    }

    /// Every indexed term with its number of articles and of occurrences.
    func vocabulary(at path: String) throws -> [String] {
        let database = try Database(path: path, create: false)
        let rows = try database.prepare("SELECT term, doc, cnt FROM article_vocab ORDER BY term")
        var result: [String] = []
        while try rows.step() { result.append("\(rows.text(0)) \(rows.int(1)) \(rows.int(2))") }
        return result
    }

    /// Every article's indexed columns, by path (row ids differ after a refresh).
    func indexedText(at path: String) throws -> [String] {
        let database = try Database(path: path, create: false)
        let rows = try database.prepare("""
            SELECT a.path, t.title, t.errors, t.codes, t.summary, t.body FROM articles a JOIN article_terms t ON t.rowid = a.rowid
            ORDER BY a.path
            """)
        var result: [String] = []
        while try rows.step() { result.append((0..<6).map { rows.text($0) }.joined(separator: "|")) }
        return result
    }

    @Test func olderSchemaOrCorruptIndexIsRebuilt() throws {
        let path = fixture.directory.path + "/old.sqlite"
        _ = try KnowledgeIndex.open(at: path, content: fixture.loader)
        let database = try Database(path: path)
        try database.execute("PRAGMA user_version = 1")
        #expect(try KnowledgeIndex.open(at: path, content: fixture.loader).refresh.rebuilt)

        // A damaged first page: in fixdesk's own folder the file is rebuilt; elsewhere it could be anyone's
        // file, and is refused (issue 14).
        try Data("not a database at all".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: FixdeskError.self) { _ = try KnowledgeIndex.open(at: path, content: fixture.loader) }
        let own = fixture.directory.path + "/.fixdesk/index.sqlite"
        _ = try KnowledgeIndex.open(at: own, content: fixture.loader)
        try Data("not a database at all".utf8).write(to: URL(fileURLWithPath: own))
        let reopened = try KnowledgeIndex.open(at: own, content: fixture.loader)
        #expect(reopened.refresh.rebuilt)
        #expect(reopened.articleCount == 4)
    }

    @Test func codesAreLookedUpIncludingRanges() throws {
        #expect(try index.articleIDs(claiming: "131047") == ["window"])
        #expect(try index.articleIDs(claiming: "TWILIO:63016") == ["window"])
        #expect(try index.articleIDs(claiming: "999") == [])
    }

    /// The matcher's candidates: articles, not rows, so a word both translations have names its article once.
    @Test func rankedCandidatesAreArticleIDsEachOnce() throws {
        let words = index.analyzers.alternatives(in: "template şablon paused")
        let query = FTSQuery(groups: words.map { FTSQuery.Group(terms: $0.terms, prefixes: []) })
        let ids = try index.rankedArticleIDs(query, matchAll: false, limit: 10)
        #expect(ids.first == "paused")
        #expect(Set(ids).count == ids.count)
        #expect(try index.rankedArticleIDs(query, matchAll: false, limit: 1) == ["paused"])
    }

    /// A search reads in one transaction and ends it: another connection may write as soon as it returns,
    /// and a read nested in another joins it.
    @Test func searchLeavesNoReadLockBehind() throws {
        let path = fixture.directory.path + "/lock.sqlite"
        let opened = try KnowledgeIndex.open(at: path, content: fixture.loader)
        #expect(try opened.search("template paused", language: "en").first?.article.id == "paused")
        #expect(try opened.reading { try opened.search("template paused", language: "en").count } > 0)
        let writer = try Database(path: path, create: false)
        try writer.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('probe', 'written')")
        #expect(try opened.reading { try opened.search("template paused", language: "en").first?.article.id } == "paused")
    }

    /// What the matcher builds its profiles from: each translation's texts as written and its columns as FTS5 indexes them.
    @Test func articleTermsAreTheTextsAndTheColumnsFTS5Indexes() throws {
        let translations = try #require(try index.articleTerms(of: ["paused", "missing"])["paused"])
        #expect(translations.map(\.language) == ["en", "tr"])
        for article in translations {
            let title = index.analyzers.indexTerms(in: article.title, language: article.language).joined(separator: " ")
            #expect(String(decoding: article.columns.title, as: UTF8.self) == title)
            #expect(article.errors.count == 1)
            // The stored analysis is what the analyser makes of the texts now: matching need not redo it.
            #expect(article.literalTerms == LiteralTerms(
                title: index.analyzers.terms(in: article.title, language: article.language),
                errors: article.errors.map {
                    LiteralTerms.Literal(normalized: LiteralText.normalize($0), terms: index.analyzers.terms(in: $0, language: article.language))
                }))
        }
        #expect(translations[0].errors == ["Template is paused due to low quality so it cannot be sent in a template message."])
        #expect(String(decoding: translations[0].columns.codes, as: UTF8.self) == "132015 2061")
    }
}

@Suite struct LiteralTermsTests {
    /// Texts without terms keep their lines, so each error text keeps its own terms.
    @Test func storedFormKeepsEachTextsTermsInOrder() {
        let terms = LiteralTerms(title: ["sablon", "durakla"], errors: [
            .init(normalized: "", terms: []), .init(normalized: "rate limit hit", terms: ["rate", "limit", "hit"]),
            .init(normalized: "ışık", terms: []),
        ])
        #expect(terms.encoded == "sablon durakla\n\t\nrate limit hit\trate limit hit\nışık\t")
        #expect(LiteralTerms(decoding: terms.encoded, errorCount: 3) == terms)
        #expect(LiteralTerms(decoding: "", errorCount: 0) == LiteralTerms(title: [], errors: []))
        // A line without its tab is a text without terms; lines missing at the end are empty texts.
        #expect(LiteralTerms(decoding: "sablon\nonly text", errorCount: 2)
                == LiteralTerms(title: ["sablon"], errors: [.init(normalized: "only text", terms: []), .init(normalized: "", terms: [])]))
    }
}

@Suite struct BuildTests {
    /// A build's threads take the files in chunks and may run only so far ahead of the writer; however
    /// small the chunks and the lead, the index must be the same.
    @Test func smallChunksAndAShortLeadBuildTheSameIndex() throws {
        let directory = try TemporaryDirectory()
        let loader = ContentLoader(directory: PackageRoot.content, displayRoot: "content")
        let reference = directory.path + "/reference.sqlite"
        _ = try KnowledgeIndex.open(at: reference, content: loader)
        let files = try loader.listFiles()
        let settings = try loader.loadSettings(files: files)
        var builder = try IndexBuilder(loader: loader, files: files, settings: settings,
                                       analyzers: KnowledgeIndex.analyzers(for: settings), settingsHash: "test")
        (builder.chunkSize, builder.chunksAhead) = (3, 1)
        let chunked = directory.path + "/chunked.sqlite"
        #expect(try builder.rebuild(at: chunked).articles > 100)
        let tables = ["SELECT path, id, lang, title, codes, errors, steps, body_text FROM articles ORDER BY rowid",
                      "SELECT rowid, title, errors, codes, summary, body FROM article_terms ORDER BY rowid",
                      "SELECT term, doc, cnt FROM article_vocab ORDER BY term", "SELECT code, article FROM codes ORDER BY code, article"]
        for sql in tables {
            #expect(try rows(sql, at: chunked) == rows(sql, at: reference), "\(sql)")
        }
    }

    func rows(_ sql: String, at path: String) throws -> [String] {
        let database = try Database(path: path, create: false)
        let statement = try database.prepare(sql)
        var result: [String] = []
        while try statement.step() {
            result.append((0..<statement.columnCount).map { statement.text($0) }.joined(separator: "\u{1F}"))
        }
        return result
    }
}

@Suite struct ChunkScheduleTests {
    @Test func chunksAreHandedOutInOrderWithinTheWindow() {
        let schedule = ChunkSchedule(chunkCount: 5, window: 2)
        #expect(schedule.claim(wait: false) == 0)
        #expect(schedule.claim(wait: false) == 1)
        // Two chunks wait to be written: the window is full.
        #expect(schedule.claim(wait: false) == nil)
        schedule.markReady(0)
        #expect(schedule.isReady(0) && !schedule.isReady(1))
        schedule.markWritten(upTo: 1)
        #expect(schedule.claim(wait: false) == 2)
    }

    @Test func cancellingReleasesAThreadWaitingForRoom() async {
        let schedule = ChunkSchedule(chunkCount: 5, window: 1)
        #expect(schedule.claim(wait: false) == 0)
        let waiting = Task.detached { schedule.claim(wait: true) }
        try? await Task.sleep(nanoseconds: 20_000_000)
        schedule.cancel()
        #expect(await waiting.value == nil)
        #expect(schedule.claim(wait: false) == nil)
    }
}

/// Ranking on the bundled catalog, where one provider's articles sit beside WhatsApp's own.
@Suite struct BundledSearchRankingTests {
    let directory: TemporaryDirectory
    let index: KnowledgeIndex

    init() throws {
        directory = try TemporaryDirectory()
        index = try KnowledgeIndex.open(at: directory.path + "/index.sqlite",
                                        content: ContentLoader(directory: PackageRoot.content, displayRoot: "content"))
    }

    func first(_ query: String, language: String) throws -> String? {
        try index.search(query, language: language).first?.article.id
    }

    @Test func aSearchNamingNoProviderFindsWhatsAppsOwnArticleFirstAndOneNamingItTheProviders() throws {
        #expect(try first("wrong number of variables", language: "en") == "template-parameter-count-mismatch")
        #expect(try first("twilio wrong number of variables", language: "en") == "twilio-content-variables-invalid")
        #expect(try first("ülke kısıtlaması", language: "tr") == "country-restriction")
        #expect(try first("twilio ülke kısıtlaması", language: "tr") == "twilio-geo-permission-disabled")
    }
}
