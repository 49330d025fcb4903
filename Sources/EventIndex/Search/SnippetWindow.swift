import Foundation

/// What FTS5's `snippet()` (``SearchSnippets/column``) makes of one column's text and a single phrase's
/// instances in it, repeated here step by step, in bytes: for the snippets cut without a statement of
/// FTS5's (``PrefixSnippets``, ``PhraseSnippets``).
///
/// `snippet()` chooses a window of ``tokens`` tokens: for each instance, the window around the instances
/// that follow it within that many tokens (the first instance 1,000, each other 1), and the window from the
/// start of the instance's sentence (a bonus of 100, 120 for the text's first); the best score wins, the
/// first of equals. Then the window's text with each instance marked, instances that overlap marked as
/// one, and an ellipsis on each side that leaves text out.
enum SnippetWindow {
    /// The window, in tokens: the last argument of `snippet()` in ``SearchSnippets/column``.
    static let tokens = 24
    private static let ellipsis = Array("…".utf8)

    /// The snippet of `text`, whose tokens stand at `tokens` (byte ranges, in order), with an instance of
    /// `length` tokens at each position of `starts` (ascending), marked as ``SnippetMarkup`` reads it.
    static func cut(_ text: [UInt8], tokens: [Range<Int>], starts: [Int], length: Int) -> String {
        guard !text.isEmpty else { return "" }
        let size = tokens.count
        // The first token of each sentence: the first, and any after a full stop or colon and white space.
        var firsts: [Int] = []
        for (position, token) in tokens.enumerated() {
            guard position > 0 else {
                firsts.append(0)
                continue
            }
            var index = token.lowerBound - 1
            var character: UInt8 = 0
            while index >= 0 {
                character = text[index]
                if character != 0x20 && character != 0x09 && character != 0x0A && character != 0x0D { break }
                index -= 1
            }
            if index != token.lowerBound - 1 && (character == UInt8(ascii: ".") || character == UInt8(ascii: ":")) { firsts.append(position) }
        }
        // The instances in [from, from + tokens): the first one scores 1000, each other 1 (one phrase).
        func score(from: Int) -> (score: Int, first: Int, last: Int) {
            var total = 0, first = -1, last = 0
            for offset in starts where offset >= from && offset < from + Self.tokens {
                total += total == 0 ? 1000 : 1
                if first < 0 { first = offset }
                last = offset + length
            }
            return (total, first, last)
        }
        var bestScore = 0, bestStart = 0, columnSize = 0
        for offset in starts {
            let (total, first, last) = score(from: offset)
            if total > bestScore {
                var adjusted = first - (Self.tokens - (last - first)) / 2
                if adjusted + Self.tokens > size { adjusted = size - Self.tokens }
                if adjusted < 0 { adjusted = 0 }
                (bestScore, bestStart, columnSize) = (total, adjusted, size)
            }
            if !firsts.isEmpty && size > Self.tokens {
                var sentence = 0
                while sentence < firsts.count - 1 && firsts[sentence + 1] <= offset { sentence += 1 }
                if firsts[sentence] < offset {
                    let start = firsts[sentence]
                    let total = score(from: start).score + (start == 0 ? 120 : 100)
                    if total > bestScore { (bestScore, bestStart, columnSize) = (total, start, size) }
                }
            }
        }
        if columnSize == 0 { columnSize = size }
        return highlight(text, tokens: tokens, marks: marks(starts, length: length), from: bestStart, columnSize: columnSize)
    }

    /// The instances as FTS5's highlighting walks them: from the first token of one to the last, inclusive,
    /// an instance that starts inside the one before joined to it.
    private static func marks(_ starts: [Int], length: Int) -> [(start: Int, end: Int)] {
        var marks: [(start: Int, end: Int)] = []
        for start in starts {
            let end = start + length - 1
            if let last = marks.last, start <= last.end {
                marks[marks.count - 1].end = max(last.end, end)
            } else {
                marks.append((start, end))
            }
        }
        return marks
    }

    /// The window of ``tokens`` tokens from `from` with each mark's text enclosed, as FTS5's highlighting
    /// callback writes it, with an ellipsis on each side that leaves text out.
    private static func highlight(_ text: [UInt8], tokens: [Range<Int>], marks: [(start: Int, end: Int)], from rangeStart: Int,
                                  columnSize: Int) -> String {
        let open = Array(SnippetMarkup.open.utf8), close = Array(SnippetMarkup.close.utf8)
        let rangeEnd = rangeStart + Self.tokens - 1
        var out: [UInt8] = []
        if rangeStart > 0 { out += ellipsis }
        // Marks that start before the window are passed over, even one that ends inside it.
        var next = marks.firstIndex { $0.start >= rangeStart } ?? marks.count
        var current: (start: Int, end: Int) { next < marks.count ? marks[next] : (-1, -1) }
        var copied = 0
        for (position, token) in tokens.enumerated() {
            if rangeEnd > 0 {
                if position < rangeStart || position > rangeEnd { continue }
                if rangeStart != 0 && position == rangeStart { copied = token.lowerBound }
            }
            if position == current.start {
                out += text[copied..<token.lowerBound]
                out += open
                copied = token.lowerBound
            }
            if position == current.end {
                out += text[copied..<token.upperBound]
                out += close
                copied = token.upperBound
                next += 1
            }
            if rangeEnd > 0 && position == rangeEnd {
                out += text[copied..<token.upperBound]
                copied = token.upperBound
                // A mark cut by the window's end is closed there.
                if position >= current.start && position < current.end { out += close }
            }
        }
        if rangeEnd >= columnSize - 1 { out += text[copied...] } else { out += ellipsis }
        return String(decoding: out, as: UTF8.self)
    }
}
