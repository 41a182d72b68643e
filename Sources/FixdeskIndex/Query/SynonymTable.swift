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

    /// One member found in a query: the words it covers, its own terms, and the other members of its groups.
    struct Found: Equatable {
        var words: Range<Int>
        var typed: [String]
        var alternatives: [[String]]
    }

    init(settings: ContentLoader.Settings, analyzers: AnalyzerSet) {
        self.init(groups: LanguageSettings.synonymTerms(of: settings.languages) { analyzers.terms(in: $0, language: $1) })
    }

    init(groups: [[[String]]]) {
        self.groups = groups
        var index: [String: [(group: Int, member: Int)]] = [:]
        for (g, members) in groups.enumerated() {
            for (m, terms) in members.enumerated() { index[terms[0], default: []].append((g, m)) }
        }
        byFirstTerm = index
    }

    var isEmpty: Bool { groups.isEmpty }

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
