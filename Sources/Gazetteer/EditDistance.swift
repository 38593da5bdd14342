/// Levenshtein distance for "did you mean" suggestions, with an early exit past `limit`.
public enum EditDistance {
    /// Edits (insert, delete, substitute) between `a` and `b`; any value above `limit` means "too far".
    public static func between(_ a: String, _ b: String, limit: Int) -> Int {
        let left = Array(a.utf8), right = Array(b.utf8)
        if left.isEmpty || right.isEmpty { return max(left.count, right.count) }
        var previous = Array(0...right.count)
        var current = [Int](repeating: 0, count: right.count + 1)
        for i in 1...left.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...right.count {
                let substitution = previous[j - 1] + (left[i - 1] == right[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[right.count]
    }
}
