/// Damerau-Levenshtein distance of at most one, without computing the whole table.
public enum EditDistance {
    /// Letters may be characters, or Unicode scalars where speed matters (folded terms have no combining marks).
    @inlinable
    public static func isWithinOne<Letter: Equatable>(_ a: [Letter], _ b: [Letter]) -> Bool {
        if abs(a.count - b.count) > 1 { return false }
        var i = 0
        while i < a.count, i < b.count, a[i] == b[i] { i += 1 }
        if i == a.count && i == b.count { return true }
        if a.count == b.count {
            if a[(i + 1)...].elementsEqual(b[(i + 1)...]) { return true }
            return i + 1 < a.count && a[i] == b[i + 1] && a[i + 1] == b[i] && a[(i + 2)...].elementsEqual(b[(i + 2)...])
        }
        let (longer, shorter) = a.count > b.count ? (a, b) : (b, a)
        return longer[(i + 1)...].elementsEqual(shorter[i...])
    }
}
