/// Damerau-Levenshtein distance of at most one, without computing the whole table.
public enum EditDistance {
    /// Letters may be characters, or Unicode scalars or UTF-8 bytes of ASCII words where speed matters
    /// (folded terms have no combining marks).
    @inlinable
    public static func isWithinOne<Letters: RandomAccessCollection>(_ a: Letters, _ b: Letters) -> Bool
    where Letters.Element: Equatable, Letters.Index == Int {
        let (countA, countB) = (a.count, b.count)
        if abs(countA - countB) > 1 { return false }
        let (baseA, baseB) = (a.startIndex, b.startIndex)
        @inline(__always) func equal(from i: Int, _ j: Int) -> Bool {
            // The rest of a from offset i equals the rest of b from offset j.
            guard countA - i == countB - j else { return false }
            var (x, y) = (i, j)
            while x < countA {
                if a[baseA + x] != b[baseB + y] { return false }
                x += 1
                y += 1
            }
            return true
        }
        var i = 0
        while i < countA, i < countB, a[baseA + i] == b[baseB + i] { i += 1 }
        if i == countA && i == countB { return true }
        if countA == countB {
            if equal(from: i + 1, i + 1) { return true }
            return i + 1 < countA && a[baseA + i] == b[baseB + i + 1] && a[baseA + i + 1] == b[baseB + i] && equal(from: i + 2, i + 2)
        }
        return countA > countB ? equal(from: i + 1, i) : equal(from: i, i + 1)
    }
}
