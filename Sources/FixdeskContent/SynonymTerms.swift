import FixdeskAnalysis

extension LanguageSettings {
    /// Every language's `synonyms:` groups with each member as the terms its language indexes, for search
    /// on the command line and in the browser alike: languages in code order, groups in file order, a
    /// member whose words are all stop words or that repeats another's terms left out, and groups left
    /// with fewer than two members dropped. A member is also kept as its folded text analyses, when that
    /// differs, since agents often type without the language's letters (`odeme yontemi` for `ödeme yöntemi`)
    /// and the stemmer may cut such words elsewhere. `terms` analyses a text in a language.
    public static func synonymTerms(of languages: [String: LanguageSettings],
                                    terms: (_ text: String, _ language: String) -> [String]) -> [[[String]]] {
        var groups: [[[String]]] = []
        for code in languages.keys.sorted() {
            for group in languages[code]?.synonyms ?? [] {
                var members: [[String]] = []
                for member in group {
                    let lowercased = TextFolding.lowercase(member, language: code)
                    for text in [member, TextFolding.fold(lowercased)] {
                        let analysed = terms(text, code)
                        if !analysed.isEmpty, !members.contains(analysed) { members.append(analysed) }
                    }
                }
                if members.count > 1 { groups.append(members) }
            }
        }
        return groups
    }
}
