/// A set of word hashes as one bit each in a small table: "no" is always right, "yes" may be wrong.
/// It answers before a large table is read, whose look-up at most words of a text would miss the cache.
struct WordFilter: Sendable {
    private var bits: [UInt64]
    private var shift: UInt64

    /// A filter of `hashes`, sixteen bits per hash at least (a wrong "yes" for about one word in sixteen).
    init(_ hashes: [UInt64]) {
        var size = 1 << 12
        while size < hashes.count * 16 { size <<= 1 }
        bits = [UInt64](repeating: 0, count: size / 64)
        shift = UInt64(64 - size.trailingZeroBitCount)
        for hash in hashes {
            let bit = slot(hash)
            bits[bit >> 6] |= 1 << UInt64(bit & 63)
        }
    }

    @inline(__always)
    private func slot(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    /// False when `hash` is surely not in the set.
    @inline(__always)
    func mayContain(_ hash: UInt64) -> Bool {
        let bit = slot(hash)
        return bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }
}
