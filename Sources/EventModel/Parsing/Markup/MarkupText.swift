/// Text taken out of markup the way a browser lays it out: runs of whitespace become one space,
/// control characters (which no page shows) and bidi overrides are dropped. Works on the UTF-8
/// bytes: a 30 MB page goes through here.
struct MarkupText {
    private(set) var bytes: [UInt8] = []
    private var pendingSpace = false

    var isEmpty: Bool { bytes.isEmpty }
    /// The byte offset the next visible character will land at.
    var nextOffset: Int { bytes.isEmpty ? 0 : bytes.count + (pendingSpace ? 1 : 0) }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            bytes.reserveCapacity(bytes.count + utf8.count)
            var index = 0
            let count = utf8.count
            while index < count {
                let byte = utf8[index]
                if byte < 0x80 {
                    index += 1
                    if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C {
                        pendingSpace = true
                    } else if byte >= 0x20 && byte != 0x7F {
                        emit(byte)
                    }
                    continue
                }
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                guard index + length <= count else { break }
                let second = utf8[index + 1]
                let third = length > 2 ? utf8[index + 2] : 0
                switch (byte, second, third) {
                case (0xC2, 0xA0, _), (0xE2, 0x80, 0xA8), (0xE2, 0x80, 0xA9), (0xE3, 0x80, 0x80):
                    pendingSpace = true  // no-break space, line and paragraph separators, ideographic space
                case (0xC2, 0x80...0x9F, _), (0xE2, 0x80, 0xAA...0xAE), (0xE2, 0x81, 0xA6...0xA9), (0xEF, 0xBB, 0xBF):
                    break  // C1 controls, bidi overrides and isolates, stray byte order marks
                default:
                    if pendingSpace && !bytes.isEmpty { bytes.append(0x20) }
                    pendingSpace = false
                    bytes.append(contentsOf: utf8[index..<(index + length)])
                }
                index += length
            }
        }
    }

    private mutating func emit(_ byte: UInt8) {
        if pendingSpace && !bytes.isEmpty { bytes.append(0x20) }
        pendingSpace = false
        bytes.append(byte)
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
