import FixdeskAnalysis
import FixdeskContent

/// The `synonyms:` groups of every language (`_strings.yml`), each member analysed into the terms its
/// language indexes, so that a query's words can be recognised as a member and widened to the group.
///
/// A member is found in a query when its terms are, word after word, among the terms of consecutive query
/// words (each word's terms are its stem in every language and its folded form), so `askıda`, `ASKIDA` and
/// `askida` all find the member `askıda`, whichever language the page is in.
struct SynonymTable: Sendable {
    /// Each group's members as term lists, in the languages' order, then the file's.
    let groups: [[[String]]]
    /// The (group, member) pairs whose member starts with a term.
    private let byFirstTerm: [String: [(group: Int, member: Int)]]
    /// For members of several words whose words the index holds with their folded forms between the stems
    /// (`ödeme yöntemi` → `ode odeme yonte yontemi`), how many such forms stand between the first and the last
    /// stem (`FTSQuery.Group.gaps`); a member without an entry has its stems next to each other.
    let gaps: [[String]: Int]

    /// One member found in a query: the words it covers, its own terms, and the other members of its groups.
    struct Found: Equatable {
        var words: Range<Int>
        var typed: [String]
        var alternatives: [[String]]
    }

    init(settings: ContentLoader.Settings, analyzers: AnalyzerSet) {
        var gaps: [[String]: Int] = [:]
        let groups = LanguageSettings.synonymTerms(of: settings.languages) { text, language in
            let terms = analyzers.terms(in: text, language: language)
            let gap = Self.gap(plain: terms, indexed: analyzers.indexTerms(in: text, language: language))
            if gap > 0 { gaps[terms] = max(gaps[terms] ?? 0, gap) }
            return terms
        }
        self.init(groups: groups, gaps: gaps)
    }

    init(groups: [[[String]]], gaps: [[String]: Int] = [:]) {
        self.gaps = gaps
        self.groups = groups
        var index: [String: [(group: Int, member: Int)]] = [:]
        for (g, members) in groups.enumerated() {
            for (m, terms) in members.enumerated() { index[terms[0], default: []].append((g, m)) }
        }
        byFirstTerm = index
    }

    var isEmpty: Bool { groups.isEmpty }

    /// The folded forms between the first and the last stem of a text whose stems are `plain` and whose index terms
    /// are `indexed` (each stem, then its folded form when that differs): the last stem is the last index term, or
    /// the one before it when the last word has a folded form of its own.
    static func gap(plain: [String], indexed: [String]) -> Int {
        guard plain.count > 1, let last = plain.last else { return 0 }
        let lastStem = indexed.last == last ? indexed.count - 1 : indexed.count - 2
        return max(0, lastStem - 1 - (plain.count - 2))
    }

    /// The members found in `words`, left to right, without overlaps: at each word the longest member that
    /// starts there wins, and every group with a member of that length there adds its other members.
    func members(in words: [QueryWord]) -> [Found] {
        var found: [Found] = []
        var start = 0
        while start < words.count {
            var best: (length: Int, typed: [String], groups: [Int]) = (0, [], [])
            for term in words[start].terms {
                for (group, member) in byFirstTerm[term] ?? [] {
                    let terms = groups[group][member]
                    guard start + terms.count <= words.count,
                          terms.indices.allSatisfy({ words[start + $0].terms.contains(terms[$0]) }) else { continue }
                    if terms.count > best.length {
                        best = (terms.count, terms, [group])
                    } else if terms.count == best.length, !best.groups.contains(group) {
                        best.groups.append(group)
                    }
                }
            }
            guard best.length > 0 else {
                start += 1
                continue
            }
            var alternatives: [[String]] = []
            for group in best.groups {
                for terms in groups[group] where terms != best.typed && !alternatives.contains(terms) {
                    alternatives.append(terms)
                }
            }
            found.append(Found(words: start..<(start + best.length), typed: best.typed, alternatives: alternatives))
            start += best.length
        }
        return found
    }
}
