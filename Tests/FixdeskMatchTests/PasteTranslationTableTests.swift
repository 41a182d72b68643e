import Testing
@testable import FixdeskMatch

/// A lexicon's table is read in one pass; each word still gets the English word of its first line.
@Suite struct PasteTranslationTableTests {
    @Test func eachWordGetsItsFirstLinesEnglishWord() {
        let table = "mensagem\tmessage\nmodelo\ttemplate\nmens\tmonths\nmodelo\tmodel\nsem tab\njanela\twindow\textra\nnão\tnot"
        let found = PasteTranslation.englishWords(of: ["mensagem", "modelo", "janela", "não", "mens", "sem", "tab", "ausente"], in: table)
        #expect(found == ["mensagem": "message", "modelo": "template", "mens": "months", "janela": "window\textra", "não": "not"])
        #expect(PasteTranslation.englishWords(of: ["x"], in: "").isEmpty)
        #expect(PasteTranslation.englishWords(of: ["x"], in: "x\t\n") == ["x": ""])
    }
}
