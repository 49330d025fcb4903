import EventModel

/// Turns FTS5 `snippet()` output, whose matches are wrapped in private-use characters, into plain
/// text and spans: no escape codes or markup reach the screen or the JSON.
enum SnippetMarkup {
    static let open = "\u{E000}"
    static let close = "\u{E001}"
    /// Articles longer than this (in characters) get their snippet from ``SearchSnippet``, whose cost
    /// does not grow with the number of matches; FTS5's does, with its square.
    static let longText = 20_000

    static func snippet(_ marked: String) -> SearchSnippet {
        let (text, highlights) = spans(marked)
        var snippet = SearchSnippet("", terms: [])
        snippet.text = text
        snippet.highlights = highlights
        snippet.scannedScalars = text.unicodeScalars.count
        return snippet
    }

    /// Works on UTF-8 bytes: the markers are the only three-byte sequences `EE 80 80` and `EE 80 81`,
    /// and a span's offsets count scalars, that is bytes that do not continue a sequence. Appending
    /// scalar by scalar to a String cost more than the snippet's query.
    static func spans(_ marked: String) -> (text: String, highlights: [TextSpan]) {
        var marked = marked
        return marked.withUTF8 { bytes in
            var text: [UInt8] = []
            text.reserveCapacity(bytes.count)
            var highlights: [TextSpan] = []
            var start: Int? = nil
            var spaceBefore = false
            var count = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0xEE, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x80 || bytes[index + 2] == 0x81 {
                    if bytes[index + 2] == 0x80 {
                        start = count
                        spaceBefore = text.last == UInt8(ascii: " ")
                    } else {
                        if let from = start, count > from {
                            // FTS5 marks each token; adjacent ones ("city hall") become one span.
                            if let last = highlights.last, last.end == from || (last.end == from - 1 && spaceBefore) {
                                highlights[highlights.count - 1].end = count
                            } else {
                                highlights.append(TextSpan(start: from, end: count))
                            }
                        }
                        start = nil
                    }
                    index += 3
                    continue
                }
                text.append(byte)
                if byte & 0xC0 != 0x80 { count += 1 }
                index += 1
            }
            return (String(decoding: text, as: UTF8.self), highlights)
        }
    }
}
