/// Damerau-Levenshtein distance of at most one, without computing the whole table.
public enum EditDistance {
    public static func isWithinOne(_ a: [Character], _ b: [Character]) -> Bool {
        if a == b { return true }
        if abs(a.count - b.count) > 1 { return false }
        var i = 0
        while i < a.count, i < b.count, a[i] == b[i] { i += 1 }
        if a.count == b.count {
            if Array(a[(i + 1)...]) == Array(b[(i + 1)...]) { return true }
            return i + 1 < a.count && a[i] == b[i + 1] && a[i + 1] == b[i] && Array(a[(i + 2)...]) == Array(b[(i + 2)...])
        }
        let (longer, shorter) = a.count > b.count ? (a, b) : (b, a)
        return Array(longer[(i + 1)...]) == Array(shorter[i...])
    }
}
