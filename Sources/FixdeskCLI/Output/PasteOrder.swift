import FixdeskMatch

/// Several errors in one paste come back in the order the paste names them.
///
/// Only matches that a code of their own identifies move, ordered by where that code first stands;
/// the rest keep their rank after them. With fewer than two such codes nothing moves.
enum PasteOrder {
    static func arrange(_ matches: [Match]) -> [Match] {
        let offsets = matches.map { match in match.details.compactMap(\.offset).min() }
        guard Set(offsets.compactMap { $0 }).count >= 2 else { return matches }
        let placed = matches.indices.filter { offsets[$0] != nil }.sorted { (offsets[$0]!, $0) < (offsets[$1]!, $1) }
        let rest = matches.indices.filter { offsets[$0] == nil }
        return (placed + rest).map { matches[$0] }
    }
}
