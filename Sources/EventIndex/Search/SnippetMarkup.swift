import EventModel

/// Turns FTS5 `snippet()` output, whose matches are wrapped in private-use characters, into plain
/// text and spans: no escape codes or markup reach the screen or the JSON.
enum SnippetMarkup {
    static let open = "\u{E000}"
    static let close = "\u{E001}"

    static func spans(_ marked: String) -> (text: String, highlights: [TextSpan]) {
        var text = String.UnicodeScalarView()
        var highlights: [TextSpan] = []
        var start: Int? = nil
        var count = 0
        for scalar in marked.unicodeScalars {
            switch scalar {
            case "\u{E000}":
                start = count
            case "\u{E001}":
                if let from = start, count > from {
                    // FTS5 marks each token; adjacent ones ("city hall") become one span.
                    if let last = highlights.last, last.end == from || (last.end == from - 1 && isSpace(text, at: from - 1)) {
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

    private static func isSpace(_ text: String.UnicodeScalarView, at offset: Int) -> Bool {
        guard offset >= 0, offset < text.count else { return false }
        return text[text.index(text.startIndex, offsetBy: offset)] == " "
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
