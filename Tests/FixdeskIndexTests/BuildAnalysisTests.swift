import Foundation
import Testing
import FixdeskAnalysis
@testable import FixdeskContent
@testable import FixdeskIndex

/// What a build writes of an article must not depend on how the work is shared out: one pass over each
/// text gives its FTS5 column and its snippet words, and a refresh finds changed files without a
/// dictionary of every stored path.
@Suite struct BuildAnalysisTests {
    @Test func oneAnalysisPassGivesTheColumnsEachTextWouldGiveAlone() throws {
        let profile = LanguageProfile(code: "tr", stemmer: "turkish", stopWords: ["ve"])
        let analyzers = try AnalyzerSet(profiles: [profile])
        // Sentence ends, line breaks, an apostrophe suffix, a stop word, a number and a dotted number.
        let body = "Şablonunuz duraklatıldı. WhatsApp’ın kuralı ve 131047!\nSürüm 2.5 mi? Evet—İzin"
        let article = Article(id: "x", language: "tr", section: "templates", slug: "x", title: "Şablon ve kalite. Puanı",
                              summary: "Meta’nın kuralı: 24 saat.", codes: ["131047", "twilio:63016"],
                              errors: ["Mesaj gönderilemedi.", "(#131047) Re-engagement"], tags: ["şablon", "kalite"],
                              related: [], updated: "2026-11-25", steps: [], body: body, bodyText: body, path: "tr/templates/x.md")
        let prepared = PreparedArticle.prepare(article, analyzers: analyzers)
        let reference = try AnalyzerSet(profiles: [profile])
        func column(_ texts: [String]) -> String {
            texts.flatMap { reference.indexTerms(in: $0, language: "tr") }.joined(separator: " ")
        }
        let columns = prepared.fields.map { String(decoding: $0, as: UTF8.self) }
        #expect(columns[0] == column([article.title]))
        #expect(columns[1] == column(article.errors))
        #expect(columns[2] == "131047 twilio 63016")
        #expect(columns[3] == column([article.summary]))
        #expect(columns[4] == column([article.tags.joined(separator: " "), body]))
        let snippetTexts = [article.title, article.summary] + article.errors + [body]
        #expect(prepared.snippetWords == SnippetWords(texts: snippetTexts, language: "tr", analyzer: reference.analyzer(for: "tr")).encoded)
    }

    @Test func fileChangesListNewChangedAndRemovedFilesInOrder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("file-changes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try Database(path: folder.appendingPathComponent("index.sqlite").path)
        try database.execute(IndexSchema.create)
        let insert = try database.prepare("INSERT INTO files(path, size, modified, hash) VALUES (?1, ?2, ?3, ?4)")
        for (path, hash) in [("en/a/same.md", "h1"), ("en/a/touched.md", "h2"), ("en/a/gone.md", "h3"), ("tr/a/şablon.md", "h4")] {
            try insert.run([.text(path), .integer(10), .integer(100), .text(hash)])
        }
        let files = [ContentFile(relativePath: "en/a/new.md", size: 10, modified: 100),
                     ContentFile(relativePath: "en/a/same.md", size: 10, modified: 100),
                     ContentFile(relativePath: "en/a/touched.md", size: 10, modified: 200),
                     ContentFile(relativePath: "tr/a/şablon.md", size: 11, modified: 100)]
        let changes = try FileChanges.compare(files, with: database)
        #expect(changes.candidates.map(\.file.relativePath) == ["en/a/new.md", "en/a/touched.md", "tr/a/şablon.md"])
        #expect(changes.candidates.map(\.storedHash) == [nil, "h2", "h4"])
        #expect(changes.removed == ["en/a/gone.md"])
    }
}
