/// An open-addressing table from 64-bit keys (already well mixed: word hashes, packed trie
/// edges) to 32-bit values. The matcher's inner loop looks words up here; it avoids the cost of
/// `Hasher` that a `Dictionary<UInt64, _>` pays on every lookup.
struct HashTable64: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Int32](repeating: 0, count: size)
        mask = size - 1
    }

    /// Slots read back from ``pack(into:)``; the size is a power of two.
    fileprivate init(keys: [UInt64], values: [Int32], count: Int) {
        self.keys = keys
        self.values = values
        mask = keys.count - 1
        self.count = count
    }

    /// 0 marks an empty slot, so the key 0 is stored as another constant.
    @inline(__always)
    private static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 0x9E37_79B9_7F4A_7C15 : key }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    @inline(__always)
    subscript(key: UInt64) -> Int32? {
        let wanted = Self.stored(key)
        var index = slot(wanted)
        while true {
            let found = keys[index]
            if found == wanted { return values[index] }
            if found == 0 { return nil }
            index = (index + 1) & mask
        }
    }

    @inline(__always)
    func contains(_ key: UInt64) -> Bool { self[key] != nil }

    /// Every key with its value, in no order. The key 0 is given as the constant that stands for it
    /// (``stored(_:)``), and also as 0 when that constant was itself stored: a caller may get one key too many.
    func forEach(_ body: (UInt64, Int32) -> Void) {
        for index in keys.indices where keys[index] != 0 {
            body(keys[index], values[index])
            if keys[index] == Self.stored(0) { body(0, values[index]) }
        }
    }

    mutating func set(_ key: UInt64, _ value: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        let wanted = Self.stored(key)
        var index = slot(wanted)
        while true {
            if keys[index] == wanted {
                values[index] = value
                return
            }
            if keys[index] == 0 {
                keys[index] = wanted
                values[index] = value
                count += 1
                return
            }
            index = (index + 1) & mask
        }
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        values = [Int32](repeating: 0, count: oldKeys.count * 2)
        mask = keys.count - 1
        count = 0
        for index in oldKeys.indices where oldKeys[index] != 0 {
            var slot = self.slot(oldKeys[index])
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = oldKeys[index]
            values[slot] = oldValues[index]
            count += 1
        }
    }
}

/// A set of word hashes, for the closed word lists of discovery and relation patterns.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private var table: HashTable64

    init(_ hashes: some Sequence<UInt64>) {
        table = HashTable64()
        for hash in hashes { table.set(hash, 1) }
    }

    init(arrayLiteral elements: UInt64...) { self.init(elements) }

    @inline(__always)
    func contains(_ hash: UInt64) -> Bool { table.contains(hash) }

    /// Every hash, in no order, and perhaps one too many (see ``HashTable64/forEach(_:)``).
    func forEach(_ body: (UInt64) -> Void) {
        table.forEach { key, _ in body(key) }
    }
}

extension HashTable64 {
    /// The table's slots as they are, so that restoring it inserts nothing again.
    func pack(into writer: inout PackedWriter) {
        writer.int(count)
        writer.raw(keys)
        writer.raw(values)
    }

    init?(reading reader: inout PackedReader) {
        guard let count = reader.int(), let keys = reader.raw(UInt64.self), let values = reader.raw(Int32.self),
              keys.count == values.count, keys.count >= 16, keys.count & (keys.count - 1) == 0, count < keys.count,
              // A look-up ends at an empty slot: a table with none would never answer.
              keys.contains(0) else { return nil }
        self.init(keys: keys, values: values, count: count)
    }
}
