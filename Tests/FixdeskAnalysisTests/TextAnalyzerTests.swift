import Testing
@testable import FixdeskAnalysis

@Suite struct TextFoldingTests {
    @Test(arguments: [("IĞDIR", "igdir"), ("ığdır", "igdir"), ("igdir", "igdir"), ("İSTANBUL", "istanbul"),
                      ("ŞABLON", "sablon"), ("Çözüm", "cozum"), ("Ödeme", "odeme"), ("café", "cafe")])
    func turkishCaseAndFoldingMeet(input: String, expected: String) {
        #expect(TextFolding.fold(TextFolding.lowercase(input, language: "tr")) == expected)
    }

    @Test func englishLowercasesDottedCapitalIToPlainI() {
        #expect(TextFolding.lowercase("İ", language: "en") == "i")
        #expect(TextFolding.lowercase("INVALID", language: "en") == "invalid")
    }
}

@Suite struct TokenizerTests {
    @Test func apostropheSuffixesAreDropped() {
        let words = Tokenizer.tokens(in: "WhatsApp’ın ve Meta'nın Hizmet Şartları’nı", language: "tr").map(\.text)
        #expect(words == ["whatsapp", "ve", "meta", "hizmet", "şartları"])
    }

    @Test func codesStayWholeTokens() {
        let tokens = Tokenizer.tokens(in: "(#131047) code=132015, twilio:63016", language: "en")
        #expect(tokens.map(\.text) == ["131047", "code", "132015", "twilio", "63016"])
        #expect(tokens.filter(\.isNumber).count == 3)
    }
}

@Suite struct TextAnalyzerTests {
    let turkish = try! TextAnalyzer(profile: LanguageProfile(code: "tr", stemmer: "turkish", stopWords: ["ve", "bir"]))
    let english = try! TextAnalyzer(profile: LanguageProfile(code: "en", stemmer: "english", stopWords: ["the", "is"]))

    @Test func turkishInflectionsMeetWithAndWithoutTurkishLetters() {
        // Snowball's Turkish stemmer turns "şablon" into "sablo"; the folded word is indexed beside it.
        #expect(turkish.terms(in: "şablonunuzu") == ["sablon"])
        #expect(turkish.indexTerms(in: "şablon").contains("sablon"))
        #expect(turkish.terms(in: "SABLONUNUZU") == turkish.terms(in: "şablonunuzu"))
    }

    @Test func turkishStopWordsAreDropped() {
        #expect(turkish.terms(in: "bir şablon ve ödeme") == turkish.terms(in: "şablon ödeme"))
    }

    @Test func englishPluralsAndIngFormsMeet() {
        #expect(english.terms(in: "templates") == english.terms(in: "template"))
        #expect(english.terms(in: "sending") == english.terms(in: "send"))
        #expect(english.terms(in: "the template is paused") == english.terms(in: "template paused"))
    }

    @Test func unknownStemmerIsAClearError() {
        #expect(throws: AnalysisError.self) { try TextAnalyzer(profile: LanguageProfile(code: "xx", stemmer: "klingon", stopWords: [])) }
    }

    @Test func alternativesCoverEveryLanguage() throws {
        let set = try AnalyzerSet(profiles: [turkish.profile, english.profile])
        let words = set.alternatives(in: "şablonlar")
        #expect(words.count == 1)
        #expect(words[0].terms.contains("sablon"))
        #expect(words[0].surface == "sablonlar")
    }
}

@Suite struct EditDistanceTests {
    @Test(arguments: [("duraklatildi", "duraklatldi", true), ("duraklatildi", "duraklatilldi", true), ("sablon", "sablom", true),
                      ("sablon", "sbalon", true), ("sablon", "sablon", true), ("sablon", "sab", false), ("sablon", "salbom", false),
                      ("kalite", "kaltie", true), ("kalite", "klaite", true), ("ab", "ba", true), ("abc", "cab", false), ("", "a", true)])
    func oneEditAtMost(a: String, b: String, expected: Bool) {
        #expect(EditDistance.isWithinOne(Array(a), Array(b)) == expected)
        #expect(EditDistance.isWithinOne(Array(b.unicodeScalars), Array(a.unicodeScalars)) == expected)
        let (bytesA, bytesB) = (Array(a.utf8), Array(b.utf8))
        bytesA.withUnsafeBufferPointer { x in bytesB.withUnsafeBufferPointer { y in #expect(EditDistance.isWithinOne(x, y) == expected) } }
        // Slices that do not start at zero.
        let (padA, padB) = (Array(("xx" + a).utf8), Array(("yyy" + b).utf8))
        #expect(EditDistance.isWithinOne(padA[2...], padB[3...]) == expected)
    }
}

@Suite struct FastPathTests {
    /// The shortcuts for Latin letters must agree with Unicode's properties wherever they answer.
    @Test func latinShortcutsAgreeWithUnicode() {
        for value in UInt32(0xC0)...0x24F {
            let scalar = Unicode.Scalar(value)!
            #expect(Tokenizer.isWordScalar(scalar) == (scalar.properties.isAlphabetic), "U+\(String(value, radix: 16))")
            if TextFolding.isLowercaseLatin(value) {
                #expect(!scalar.properties.changesWhenLowercased && scalar.properties.isLowercase, "U+\(String(value, radix: 16))")
            }
        }
        #expect(TextFolding.lowercase("ŞABLONUNUZ IĞDIR", language: "tr") == "şablonunuz ığdır")
        #expect(TextFolding.lowercase("TEMPLATE İSTANBUL", language: "en") == "template istanbul")
        #expect(TextFolding.fold("şablonunuz ığdır ÇÖÜ âîû") == "sablonunuz igdir cou aiu")
        #expect("".isBlank && " \n\t\u{00A0}\u{3000}".isBlank && !"  şablon ".isBlank)
        #expect("\u{00A0} Şablon duraklatıldı \n".trimmedWhitespace == "Şablon duraklatıldı")
    }
}

@Suite struct WrittenWordMemoryTests {
    /// Whole texts are analysed through a memory of words as written; it must give what analysing each
    /// token gives, whatever the case, script or suffix, including for words it has seen before.
    @Test func textAnalysisEqualsTokenByTokenAnalysis() throws {
        let text = """
            Şablonunuz duraklatıldı. ŞABLONUNUZ DURAKLATILDI! şablonunuz duraklatıldı; ICIN için İÇİN Için \
            WhatsApp’ın Meta'nın (#131047) 131047 code=132015 twilio:63016 Вход запрещён 認証エラー ﬁle café \
            e\u{0301}tat x'y 'tırnak' sonuç’ 2024'te
            """
        for (code, stemmer) in [("tr", "turkish"), ("en", "english")] {
            let analyzer = try TextAnalyzer(profile: LanguageProfile(code: code, stemmer: stemmer, stopWords: ["ve", "the"]))
            let reference = try TextAnalyzer(profile: LanguageProfile(code: code, stemmer: stemmer, stopWords: ["ve", "the"]))
            let tokens = Tokenizer.tokens(in: text, language: code)
            let expected = tokens.compactMap { reference.term(for: $0) }
            for _ in 0..<2 {
                #expect(analyzer.terms(in: text) == expected, "\(code)")
                let (index, plain) = analyzer.indexAndPlainTerms(in: text)
                #expect(plain == expected, "\(code)")
                let expectedIndex = tokens.flatMap { token -> [String] in
                    guard let term = reference.term(for: token) else { return [] }
                    let surface = reference.surfaceForm(of: token)
                    return surface == term ? [term] : [term, surface]
                }
                #expect(index == expectedIndex, "\(code)")
            }
        }
    }

    @Test func turkishAndEnglishCapitalIStayApart() throws {
        let turkish = try TextAnalyzer(profile: LanguageProfile(code: "tr", stemmer: nil, stopWords: []))
        let english = try TextAnalyzer(profile: LanguageProfile(code: "en", stemmer: nil, stopWords: []))
        // Turkish lowercases I to ı, which folds to i; both meet the dotted spelling.
        #expect(turkish.terms(in: "ICIN için") == ["icin", "icin"])
        #expect(english.terms(in: "ICIN için") == ["icin", "icin"])
        #expect(Tokenizer.tokens(in: "ICIN", language: "tr").map(\.text) == ["ıcın"])
    }
}

@Suite struct InternTableTests {
    @Test func numbersKeysInOrderOfFirstSightAcrossGrowth() {
        var table = InternTable(capacity: 1)
        let words = (0..<5_000).map { "kelime\($0)" } + ["", "ş", "şablon", "a"]
        for (offset, word) in words.enumerated() {
            #expect(table.intern(word) == (Int32(offset), true))
        }
        for (offset, word) in words.enumerated() {
            #expect(table.intern(word) == (Int32(offset), false))
            #expect(table.key(Int32(offset)) == word)
            var bytes = Array(word.utf8)
            #expect(bytes.withUnsafeMutableBufferPointer { table.number(of: UnsafeBufferPointer($0)) } == Int32(offset))
        }
        #expect(table.count == words.count)
        var missing = Array("yok".utf8)
        #expect(missing.withUnsafeMutableBufferPointer { table.number(of: UnsafeBufferPointer($0)) } == nil)
    }
}

@Suite struct LiteralTextTests {
    @Test(arguments: [
        ("Message failed to send because more than 24 hours have passed...", "message failed to send because more than 24 hours have passed"),
        ("(#131047) Re-engagement message", "131047 re engagement message"),
        ("  Şablon DURAKLATILDI!  ", "sablon duraklatildi"),
        ("Şablonunuz IĞDIR’daki müşterilere gönderilemedi.", "sablonunuz igdir daki musterilere gonderilemedi"),
        ("e\u{0301}tat — ½ off", "etat ½ off"),
        ("認証エラー：無効なトークン", "認証エラー 無効なトークン"),
        ("Вход запрещён (код 403)", "вход запрещен код 403"),
        ("", ""), ("!!!", ""),
    ])
    func literalsAreLowercasedFoldedAndCollapsed(input: String, expected: String) {
        #expect(LiteralText.normalize(input) == expected)
    }
}

extension WrittenWordMemoryTests {
    /// Past its memory's limit an analyzer still analyses every word, only without remembering it.
    @Test func wordsPastTheMemoryLimitAreStillAnalysed() throws {
        let profile = LanguageProfile(code: "tr", stemmer: "turkish", stopWords: ["ve"])
        let small = try TextAnalyzer(profile: profile, memoryLimit: 3)
        let reference = try TextAnalyzer(profile: profile)
        let text = "Şablonunuz duraklatıldı ve ödeme yönteminiz reddedildi; şablonunuz yeniden gönderilemedi, IĞDIR 131047"
        for _ in 0..<2 {
            #expect(small.indexAndPlainTerms(in: text) == reference.indexAndPlainTerms(in: text))
        }
        var numbered = 0
        small.forEachWord(in: text) { if $0.number != nil { numbered += 1 } }
        // Only the first three words as written are remembered: "Şablonunuz", "duraklatıldı" and the stop
        // word "ve", which yields no term; the lowercase "şablonunuz" later is another word as written.
        #expect(numbered == 2)
    }
}
