/// The name of one entry of a folder being listed, hidden names left out, with what sorts it quickly.
struct FolderEntryName: Sendable {
    /// The name; with U+FFFD for the bytes that are not UTF-8 when it is not valid.
    var name: String
    var valid: Bool
    /// The name's first sixteen bytes, big-endian, zero-padded: for ASCII names, comparing these pairs
    /// orders as comparing the strings does, and a sync sorts every folder of the corpus.
    private var high: UInt64 = 0
    private var low: UInt64 = 0
    private var ascii = true

    /// nil for a hidden name (".git", ".evex", an editor's temporary file).
    init?(_ raw: UnsafeRawBufferPointer) {
        let bytes = UnsafeRawBufferPointer(rebasing: raw.prefix { $0 != 0 })
        guard let first = bytes.first, first != UInt8(ascii: ".") else { return nil }
        if let text = String(validating: bytes, as: UTF8.self) {
            (name, valid) = (text, true)
        } else {
            (name, valid) = (String(decoding: bytes, as: UTF8.self), false)
        }
        for (index, byte) in bytes.enumerated() {
            if byte >= 0x80 { ascii = false }
            if index < 8 {
                high |= UInt64(byte) << (8 * (7 - index))
            } else if index < 16 {
                low |= UInt64(byte) << (8 * (15 - index))
            }
        }
    }

    /// Sorts names as `String` orders them.
    static func sort(_ names: inout [FolderEntryName]) {
        guard names.allSatisfy(\.ascii) else {
            names.sort { $0.name < $1.name }
            return
        }
        // ASCII is its own normal form: byte order is string order, and equal prefixes fall back to the
        // strings. The keys are sorted as plain integers, the names moved once.
        let order = names.indices.map { (names[$0].high, names[$0].low, $0) }.sorted { a, b in
            if a.0 != b.0 { return a.0 < b.0 }
            if a.1 != b.1 { return a.1 < b.1 }
            return names[a.2].name < names[b.2].name
        }
        names = order.map { names[$0.2] }
    }
}
