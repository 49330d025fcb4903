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

    static func spans(_ marked: String) -> (text: String, highlights: [TextSpan]) {
        var text = String.UnicodeScalarView()
        var highlights: [TextSpan] = []
        var start: Int? = nil
        var spaceBefore = false
        var count = 0
        for scalar in marked.unicodeScalars {
            switch scalar {
            case "\u{E000}":
                start = count
                spaceBefore = text.last == " "
            case "\u{E001}":
                if let from = start, count > from {
                    // FTS5 marks each token; adjacent ones ("city hall") become one span.
                    if let last = highlights.last, last.end == from || (last.end == from - 1 && spaceBefore) {
                        highlights[highlights.count - 1].end = count
                    } else {
                        highlights.append(TextSpan(start: from, end: count))
                    }
                }
                start = nil
            default:
                text.append(scalar)
                count += 1
            }
        }
        return (String(text), highlights)
    }

    /// The start of a text, for results matched by filters only.
    static func lead(_ text: String, length: Int = 160) -> String {
        let scalars = text.unicodeScalars
        guard scalars.count > length else { return text.replacingOccurrences(of: "\n\n", with: " ") }
        var cut = String(String.UnicodeScalarView(scalars.prefix(length)))
        if let space = cut.lastIndex(of: " ") { cut = String(cut[..<space]) }
        return cut.replacingOccurrences(of: "\n\n", with: " ") + "…"
    }
}
