import Testing
import FixdeskAnalysis
@testable import FixdeskIndex

/// The words the index stores for snippets must match a query as the words the snippet step would
/// analyse itself: by folded form, by term, and by the beginning of the folded form.
@Suite struct SnippetWordsTests {
    @Test func sentencesAreComparedByFoldedFormTermAndPrefix() throws {
        let analyzer = try TextAnalyzer(profile: LanguageProfile(code: "tr", stemmer: "turkish", stopWords: ["ve"]))
        let texts = ["Şablonunuz duraklatıldı", "", "Meta’nın kuralı. 131047 ve İzin!\n—"]
        let words = SnippetWords(texts: texts, language: "tr", analyzer: analyzer)
        let query = SnippetWords.Query(terms: analyzer.terms(in: "şablonunuz") + ["131047", "ve"], prefixes: ["meta", "izi"])
        var sentences: [SnippetWords.Sentence] = []
        words.forEachSentence(comparedWith: query) { sentences.append($0); return true }
        #expect(sentences.map(\.text) == [0, 2, 2, 2])
        #expect(sentences.map(\.position) == [0, 0, 1, 2])
        #expect(sentences.map(\.marked) == [[true, false], [true, false], [true, true, true], []])
        #expect(sentences.map(\.score) == [1, 1, 3, 0])
    }

    @Test func theSameWordTwiceCountsOnce() {
        let words = SnippetWords(texts: ["paused paused template"], language: "en", analyzer: nil)
        var scores: [Int] = []
        words.forEachSentence(comparedWith: SnippetWords.Query(terms: ["paused"], prefixes: [])) { scores.append($0.score); return true }
        #expect(scores == [1])
    }

    @Test func readingStopsWhenAsked() {
        let words = SnippetWords(texts: ["One. Two. Three."], language: "en", analyzer: nil)
        var read = 0
        words.forEachSentence(comparedWith: SnippetWords.Query(terms: [], prefixes: [])) { _ in read += 1; return read < 2 }
        #expect(read == 2)
    }
}
