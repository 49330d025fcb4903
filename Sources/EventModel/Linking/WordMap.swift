/// A closed word list with a value per word, keyed by folded word hash: what a `Dictionary<UInt64, _>`
/// of word hashes answers, looked up through ``HashTable64``. The event readers ask one of these for
/// nearly every word of every sentence, where the `Hasher` a dictionary runs on each look-up was a
/// tenth of the extractor's time. As in ``HashTable64``, the hash 0 and the constant that stands for it
/// there are one key: no word list holds either.
struct WordMap<Value: Sendable>: Sendable {
    private var table = HashTable64()
    private var values: [Value] = []

    init(_ entries: [UInt64: Value]) {
        table = HashTable64(capacity: entries.count)
        values.reserveCapacity(entries.count)
        for (hash, value) in entries {
            table.set(hash, Int32(values.count))
            values.append(value)
        }
    }

    @inline(__always)
    subscript(hash: UInt64) -> Value? {
        guard let index = table[hash] else { return nil }
        return values[Int(index)]
    }

    /// Every key, in no order, and perhaps one too many (see ``HashTable64/forEach(_:)``): enough to
    /// build a set that holds at least these keys.
    func forEachKey(_ body: (UInt64) -> Void) {
        table.forEach { key, _ in body(key) }
    }
}
