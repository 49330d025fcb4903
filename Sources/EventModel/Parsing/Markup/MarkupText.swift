/// Text taken out of markup the way a browser lays it out: runs of whitespace become one space,
/// control characters (which no page shows) are dropped.
struct MarkupText {
    private(set) var bytes: [UInt8] = []
    private var pendingSpace = false

    var isEmpty: Bool { bytes.isEmpty }
    /// The byte offset the next visible character will land at.
    var nextOffset: Int { bytes.isEmpty ? 0 : bytes.count + (pendingSpace ? 1 : 0) }

    mutating func append(_ text: String) {
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value == 0x20 || value == 0x09 || value == 0x0A || value == 0x0D || value == 0x0C || value == 0xA0
                || value == 0x2028 || value == 0x2029 || value == 0x3000
            {
                pendingSpace = true
                continue
            }
            // C0 and C1 controls, DEL, and bidi overrides have no place in article text.
            if value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
                || value == 0xFEFF
            {
                continue
            }
            if pendingSpace && !bytes.isEmpty { bytes.append(0x20) }
            pendingSpace = false
            bytes.append(contentsOf: String(scalar).utf8)
        }
    }

    /// A space before whatever comes next (between blocks of inline markup such as `<br>`).
    mutating func space() { pendingSpace = true }

    mutating func reset() {
        bytes = []
        pendingSpace = false
    }

    /// The whole of `text`, cleaned.
    static func clean(_ text: String) -> String {
        var out = MarkupText()
        out.append(text)
        return String(decoding: out.bytes, as: UTF8.self)
    }
}
