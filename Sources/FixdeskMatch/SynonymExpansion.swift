import FixdeskAnalysis
import FixdeskContent

/// The words a paste stands for beyond its own: for each synonym group (`synonyms` in `_strings.yml`, every
/// language's) one of whose members the paste contains, the group's other members.
struct SynonymExpansion {
    /// Each group's members normalized as literal texts are (`LiteralText.normalize`), padded with spaces.
    private let groups: [[(text: String, padded: [UInt8])]]

    init(languages: some Sequence<LanguageSettings>) {
        groups = languages.sorted { $0.code < $1.code }.flatMap(\.synonyms).map { group in
            group.map { member in
                let normalized = LiteralText.normalize(member)
                return (normalized, Array(" \(normalized) ".utf8))
            }
        }
    }

    /// The other members of every group found in `normalizedPaste` (normalized, padded with spaces).
    func expansions(of normalizedPaste: [UInt8]) -> [String] {
        var result: [String] = []
        for group in groups {
            guard let found = group.firstIndex(where: { ByteSearch.contains(normalizedPaste, $0.padded) }) else { continue }
            for (position, member) in group.enumerated() where position != found && !result.contains(member.text) {
                result.append(member.text)
            }
        }
        return result
    }
}
