/// Single-word names that a misspelt word may still mean: "Tajiskistan" -> Tajikistan.
///
/// Bounded on purpose: only words of 8 letters or more, within one edit (two from 12 letters),
/// with the same first letter, and only when a single entity is that close.
struct FuzzyIndex: Sendable {
    private struct Entry: Sendable {
        var scalars: [UInt32]
        var entity: Int32
        /// The letters the name has (``letters(_:)``), to pass over names too far off without a distance.
        var letters: UInt64

        init(scalars: [UInt32], entity: Int32) {
            self.scalars = scalars
            self.entity = entity
            letters = FuzzyIndex.letters(scalars)
        }
    }

    /// Entries by first folded scalar and length.
    private var buckets: [UInt64: [Entry]] = [:]

    static let minimumLength = 8

    /// The largest edit distance allowed for a word of `length` folded scalars.
    static func allowance(_ length: Int) -> Int { length >= 12 ? 2 : 1 }

    init() {}

    mutating func add(_ name: String, entity: Int32) {
        guard !name.contains(where: { $0 == " " || $0 == "-" }) else { return }
        let scalars = TextFolding.foldedScalars(Substring(name).unicodeScalars)
        guard scalars.count >= Self.minimumLength - 2, let first = scalars.first else { return }
        buckets[Self.bucket(first, scalars.count), default: []].append(Entry(scalars: scalars, entity: entity))
    }

    /// The one entity within the allowed distance of `word`, or nil when none or several are.
    func match(_ word: [UInt32]) -> Int32? {
        guard word.count >= Self.minimumLength, let first = word.first else { return nil }
        let allowance = Self.allowance(word.count)
        var best = allowance + 1
        var found: Int32? = nil
        var ambiguous = false
        let letters = Self.letters(word)
        for length in (word.count - allowance)...(word.count + allowance) {
            guard let entries = buckets[Self.bucket(first, length)] else { continue }
            // By index, so that an entry passed over by its letters is not copied (a retain of its scalars).
            for index in entries.indices {
                // An edit adds or drops at most two letters of the set: a name whose set differs in more
                // than twice `best` letters is at least `best + 1` away, which the distance would say.
                if (letters ^ entries[index].letters).nonzeroBitCount > 2 * best { continue }
                let entry = entries[index]
                // With a limit one above the best so far, a result at or below it is exact.
                let distance = Self.distance(word, entry.scalars, limit: best + 1)
                if distance == 0 { return nil }
                if distance > allowance { continue }
                if distance < best {
                    best = distance
                    found = entry.entity
                    ambiguous = false
                } else if distance == best && found != entry.entity {
                    ambiguous = true
                }
            }
        }
        return ambiguous ? nil : found
    }

    /// The set of a word's letters, each scalar one of 64 bits (two that share a bit only hide a difference).
    static func letters(_ scalars: [UInt32]) -> UInt64 {
        var set: UInt64 = 0
        for scalar in scalars { set |= 1 << UInt64(scalar & 63) }
        return set
    }

    private static func bucket(_ first: UInt32, _ length: Int) -> UInt64 {
        UInt64(first) << 16 | UInt64(length & 0xFFFF)
    }

    /// Levenshtein distance, giving up (returning `limit`) once it cannot be below `limit`.
    ///
    /// A cell more than `limit - 1` off the diagonal is at least `limit`, so only the band around it is
    /// computed, every value capped at `limit`, in two rows on the stack: the same result as the whole
    /// table, without allocating (this runs for every long capitalised word of every article linked).
    static func distance(_ a: [UInt32], _ b: [UInt32], limit: Int) -> Int {
        let n = a.count, m = b.count
        if abs(n - m) >= limit { return limit }
        if n == 0 || m == 0 { return min(max(n, m), limit) }
        let band = limit - 1
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * (m + 1)) { rows -> Int in
            var previous = rows.baseAddress!
            var current = previous + (m + 1)
            for j in 0...m { previous[j] = min(j, limit) }
            for i in 1...n {
                let low = max(1, i - band), high = min(m, i + band)
                if low > high { return limit }
                // The cell left of the band: column 0 (i edits) or, off the band, `limit`.
                let edge = low == 1 ? min(i, limit) : limit
                current[low - 1] = edge
                var rowBest = edge
                let letter = a[i - 1]
                for j in low...high {
                    let cost = letter == b[j - 1] ? 0 : 1
                    let value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost, limit)
                    current[j] = value
                    rowBest = min(rowBest, value)
                }
                if high < m { current[high + 1] = limit }
                if rowBest >= limit { return limit }
                swap(&previous, &current)
            }
            return min(previous[m], limit)
        }
    }
}

extension FuzzyIndex {
    /// The largest entity position an entry leads to, -1 when none.
    var largestEntity: Int32 { buckets.values.lazy.flatMap { $0 }.map(\.entity).max() ?? -1 }

    /// The buckets as they are, for ``EntityLinker/packed()``.
    func pack(into writer: inout PackedWriter) {
        writer.int(buckets.count)
        for (key, entries) in buckets.sorted(by: { $0.key < $1.key }) {
            writer.raw([key])
            writer.int(entries.count)
            for entry in entries {
                writer.int(Int(entry.entity))
                writer.raw(entry.scalars)
            }
        }
    }

    init?(reading reader: inout PackedReader) {
        guard let count = reader.int() else { return nil }
        buckets.reserveCapacity(count)
        for _ in 0..<count {
            guard let key = reader.raw(UInt64.self)?.first, let entryCount = reader.int() else { return nil }
            var entries: [Entry] = []
            for _ in 0..<entryCount {
                guard let entity = reader.int(), entity <= Int(Int32.max), let scalars = reader.raw(UInt32.self) else { return nil }
                entries.append(Entry(scalars: scalars, entity: Int32(entity)))
            }
            buckets[key] = entries
        }
    }
}
