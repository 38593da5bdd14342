/// Optimal-string-alignment distance for "did you mean" guesses, with an early exit past `limit`.
/// A swap of two neighbouring letters counts as one edit: "Tehrna" is one typo from Tehran, not two.
public enum EditDistance {
    /// Edits (insert, delete, substitute, swap neighbours) between `a` and `b`; any value above
    /// `limit` means "too far".
    public static func between(_ a: String, _ b: String, limit: Int) -> Int {
        let left = Array(a.utf8), right = Array(b.utf8)
        if left.isEmpty || right.isEmpty { return max(left.count, right.count) }
        var beforePrevious = [Int](repeating: 0, count: right.count + 1)
        var previous = Array(0...right.count)
        var current = [Int](repeating: 0, count: right.count + 1)
        for i in 1...left.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...right.count {
                let substitution = previous[j - 1] + (left[i - 1] == right[j - 1] ? 0 : 1)
                var best = min(substitution, previous[j] + 1, current[j - 1] + 1)
                if i > 1, j > 1, left[i - 1] == right[j - 2], left[i - 2] == right[j - 1] {
                    best = min(best, beforePrevious[j - 2] + 1)
                }
                current[j] = best
                rowMinimum = min(rowMinimum, best)
            }
            if rowMinimum > limit { return limit + 1 }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[right.count]
    }
}
