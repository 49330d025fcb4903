/// A set of word hashes as one bit each in a small table: "no" is always right, "yes" may be wrong.
/// It answers before a large table is read, whose look-up at most words of a text would miss the cache.
struct WordFilter: Sendable {
    private var bits: [UInt64]
    private var shift: UInt64

    /// An empty filter sized for `count` hashes, sixteen bits each at least (a wrong "yes" for about one
    /// word in sixteen once they are in).
    init(count: Int) {
        var size = 1 << 12
        while size < count * 16 { size <<= 1 }
        bits = [UInt64](repeating: 0, count: size / 64)
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    @inline(__always)
    private func slot(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    mutating func insert(_ hash: UInt64) {
        let bit = slot(hash)
        bits[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    /// False when `hash` is surely not in the set.
    @inline(__always)
    func mayContain(_ hash: UInt64) -> Bool {
        let bit = slot(hash)
        return bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }
}

extension WordFilter {
    /// The bits as they are, for ``EntityLinker/packed()``.
    func pack(into writer: inout PackedWriter) {
        writer.raw(bits)
    }

    /// The filter ``pack(into:)`` wrote, or nil when its size is not one it makes.
    init?(reading reader: inout PackedReader) {
        guard let bits = reader.raw(UInt64.self), bits.count >= 64, bits.count & (bits.count - 1) == 0 else { return nil }
        self.bits = bits
        shift = UInt64(64 - (bits.count * 64).trailingZeroBitCount)
    }
}
