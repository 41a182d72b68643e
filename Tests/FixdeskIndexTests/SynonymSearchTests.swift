import Foundation
import Testing
import FixdeskTestSupport
@testable import FixdeskIndex
@testable import FixdeskContent

/// `search` widens a query's words to their `synonyms:` groups, in the language of the query, below the words typed.
@Suite struct SynonymSearchTests {
    let fixture: ContentFixture
    let index: KnowledgeIndex

    init() throws {
        fixture = try ContentFixture()
        let english = try fixture.read("en/_strings.yml")
        // `quality` is in the paused article only and `hours` in the window article only: one group joins them
        // so that a typed word and its synonym land in different articles.
        try fixture.write(english + "synonyms:\n  - [paused, on hold, halted]\n  - [quality, hours]\n", to: "en/_strings.yml")
        let turkish = try fixture.read("tr/_strings.yml")
        try fixture.write(turkish + "synonyms:\n  - [duraklatıldı, askıya alındı, askıda]\n  - [saatlik pencere, mesai]\n", to: "tr/_strings.yml")
        index = try KnowledgeIndex.open(at: fixture.directory.path + "/index.sqlite", content: fixture.loader)
    }

    func ids(_ query: String, language: String = "en", expanding: Bool = true) throws -> [String] {
        try index.search(query, language: language, expandingSynonyms: expanding).map(\.article.id)
    }

    @Test func aWordNoArticleHasFindsTheArticleOfItsSynonym() throws {
        #expect(try ids("halted ").first == "paused")
        #expect(try ids("halted ", expanding: false).isEmpty)
    }

    @Test func aPhraseOfAGroupIsOneMember() throws {
        #expect(try ids("template on hold ").first == "paused")
    }

    @Test(arguments: ["şablon askıya alındı", "sablon askida", "ŞABLON ASKIDA"])
    func turkishSynonymsWithOrWithoutDiacritics(query: String) throws {
        #expect(try ids(query, language: "tr").first == "paused")
        // The same words typed on the English pages find the article too, shown in English.
        let shown = try #require(try index.search(query, language: "en").first)
        #expect(shown.article.id == "paused" && shown.article.language == "en")
    }

    @Test func aPhraseWhoseWordsAreInflectedFindsItsArticle() throws {
        // The index holds `saatlik` as its stem and its folded form, one after the other: the phrase's stems are
        // not adjacent there, and a phrase member was found in no article.
        #expect(try ids("mesai ", language: "tr").first == "window")
        #expect(try ids("saatlik pencere ", language: "tr").first == "window")
    }

    @Test func theWordTypedOutranksItsSynonym() throws {
        #expect(try ids("quality ") == ["paused", "window"])
        #expect(try ids("hours ") == ["window", "paused"])
    }

    @Test func typedWordsCountMoreThanSynonymsInTheMatchExpression() {
        let group = FTSQuery.Group(terms: ["askida"], prefixes: [], synonyms: [["duraklatil"], ["aski", "alin"]])
        #expect(FTSQuery(groups: [group]).expression(matchAll: true)
            == #"("askida" OR "askida" OR "duraklatil" OR "aski alin")"#)
        // A phrase whose first word the index holds with its folded form after the stem: its stems are one form apart.
        let inflected = FTSQuery.Group(terms: ["askida"], prefixes: [], synonyms: [["aski", "alin"]], gaps: [["aski", "alin"]: 1])
        #expect(FTSQuery(groups: [inflected]).expression(matchAll: true) == #"("askida" OR "askida" OR NEAR("aski" "alin", 1))"#)
        // Without synonyms the expression is as before.
        #expect(FTSQuery(groups: [FTSQuery.Group(terms: ["a"], prefixes: [])]).expression(matchAll: true) == #""a""#)
    }

    @Test func theFoldedFormsBetweenAPhrasesStemsAreCounted() {
        // `ode odeme yonte yontemi`: one form between the two stems; `custom customer servic service window`: two.
        #expect(SynonymTable.gap(plain: ["ode", "yonte"], indexed: ["ode", "odeme", "yonte", "yontemi"]) == 1)
        #expect(SynonymTable.gap(plain: ["custom", "servic", "window"],
                                 indexed: ["custom", "customer", "servic", "service", "window"]) == 2)
        #expect(SynonymTable.gap(plain: ["rate", "limit"], indexed: ["rate", "limit"]) == 0)
        #expect(SynonymTable.gap(plain: ["not", "valid"], indexed: ["not", "valid"]) == 0)
    }

    @Test func narrowingCountsASynonymPhraseAsItsRarestTerm() {
        // A group whose synonyms find many rows is not the rarest: the narrowed query keeps the rare word.
        let rare = FTSQuery.Group(terms: ["rare"], prefixes: [])
        let widened = FTSQuery.Group(terms: ["word"], prefixes: [], synonyms: [["common", "rare"], ["frequent"]])
        let forms = QueryPlan.narrowings(of: FTSQuery(groups: [widened, rare]), matchAll: false,
                                         frequencies: ["rare": 10, "word": 5, "common": 900, "frequent": 700], articleCount: 1000)
        #expect(forms.first == #""rare""#)
    }
}
