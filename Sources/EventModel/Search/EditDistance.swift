/// Optimal string alignment distance (Levenshtein plus adjacent transpositions), stopping early past `limit`:
/// how both stores choose the word a misspelt query word meant.
public enum EditDistance {
    /// The distance between `a` and `b` in Unicode scalars, or nil when it is more than `limit`.
    public static func distance(_ a: String, _ b: String, limit: Int) -> Int? {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if abs(x.count - y.count) > limit { return nil }
        if x.isEmpty || y.isEmpty { return max(x.count, y.count) <= limit ? max(x.count, y.count) : nil }
        var previous2 = [Int](repeating: 0, count: y.count + 1)
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            var best = current[0]
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
                best = min(best, value)
            }
            if best > limit { return nil }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[y.count] <= limit ? previous[y.count] : nil
    }
}
