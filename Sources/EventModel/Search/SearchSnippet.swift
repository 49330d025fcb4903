import Foundation

/// A few words of a text around the first place where a query's terms occur, the matches marked.
///
/// It reads the text once, from the start, and stops at the end of the excerpt: the cost grows
/// with where the first match is and the excerpt's length, never with the rest of the text. The
/// index uses it for long articles, where FTS5's `snippet()` scores every match against every
/// other (an article holding a word 20,000 times took seconds per result).
///
/// ```swift
/// let snippet = SearchSnippet(text, terms: query.positiveTerms)
/// print(snippet.text, snippet.highlights)   // "…the Crocus City Hall attack…", [5..<21]
/// ```
public struct SearchSnippet: Sendable, Hashable {
    /// The excerpt, with "…" where it cuts the text.
    public var text: String
    /// Where the matches are in ``text``, in Unicode scalars; a phrase is one span.
    public var highlights: [TextSpan]
    /// How many scalars of the source text were read to make it: what bounds its cost.
    public var scannedScalars: Int

    /// Words of context kept before the first match.
    public static let wordsBefore = 8
    /// Words in the whole excerpt, as FTS5's snippet of 24 tokens.
    public static let words = 24

    public init(_ source: String, terms: [SearchTerm]) {
        let patterns = terms.compactMap(Pattern.init).filter { !$0.words.isEmpty }
        var scanner = Scanner(patterns: patterns)
        var scanned = 0
        for scalar in source.unicodeScalars {
            scanned += 1
            if scanner.feed(scalar, at: scanned - 1) { break }
        }
        if !scanner.isDone { scanner.finish(at: scanned) }
        let window = scanner.window(textLength: scanned)
        var out = String.UnicodeScalarView()
        if window.start > 0 { out.append("\u{2026}") }
        let shift = window.start > 0 ? 1 : 0
        var index = source.unicodeScalars.startIndex
        var offset = 0
        // The excerpt lies within what was scanned: walking to it again costs no more than the scan.
        while offset < window.end, index < source.unicodeScalars.endIndex {
            if offset >= window.start {
                let scalar = source.unicodeScalars[index]
                out.append(scalar == "\n" || scalar == "\r" || scalar == "\t" ? " " : scalar)
            }
            index = source.unicodeScalars.index(after: index)
            offset += 1
        }
        let cut = index < source.unicodeScalars.endIndex
        if cut { out.append("\u{2026}") }
        text = String(out)
        highlights = scanner.matches(in: window).map { TextSpan(start: $0.start - window.start + shift, end: $0.end - window.start + shift) }
        scannedScalars = scanned
    }

    /// A term as folded words; the last one a prefix for `attack*`.
    struct Pattern {
        var words: [[UInt32]]
        var lastIsPrefix: Bool

        init?(_ term: SearchTerm) {
            var words: [[UInt32]] = []
            var word: [UInt32] = []
            for scalar in term.text.unicodeScalars {
                if SearchSnippet.isWordScalar(scalar) {
                    word.append(TextFolding.fold(scalar.value))
                } else if !word.isEmpty {
                    words.append(word)
                    word = []
                }
            }
            if !word.isEmpty { words.append(word) }
            guard !words.isEmpty else { return nil }
            self.words = words.map { $0.filter { $0 != 0 } }
            lastIsPrefix = term.form == .prefix
        }

        /// Whether the pattern ends at the last of `recent` words.
        func matches(_ recent: ArraySlice<[UInt32]>) -> Bool {
            guard recent.count >= words.count else { return false }
            for (position, (pattern, word)) in zip(words, recent.suffix(words.count)).enumerated() {
                let prefix = lastIsPrefix && position == words.count - 1
                if prefix ? !word.starts(with: pattern) : word != pattern { return false }
            }
            return true
        }
    }

    /// Letters and digits make words, as for FTS5's unicode61 tokenizer.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// Cuts the text into words as it comes and remembers where they are, up to the end of the
    /// excerpt.
    struct Scanner {
        let patterns: [Pattern]
        /// The start offset of the last few words (for context before the first match).
        private var starts: [Int] = []
        /// The folded last few words and their spans, for phrases.
        private var recent: [[UInt32]] = []
        private var recentSpans: [TextSpan] = []
        private var word: [UInt32] = []
        private var wordStart = 0
        private var found: [TextSpan] = []
        /// Word index of the first match's first word, once found.
        private var firstMatchWord: Int?
        private var wordCount = 0
        private var windowStart = 0
        private var windowEnd: Int?
        private(set) var isDone = false
        private let longest: Int

        init(patterns: [Pattern]) {
            self.patterns = patterns
            longest = patterns.map(\.words.count).max() ?? 1
        }

        /// Takes the scalar at `offset`; true once the excerpt is complete.
        mutating func feed(_ scalar: Unicode.Scalar, at offset: Int) -> Bool {
            if SearchSnippet.isWordScalar(scalar) {
                if word.isEmpty { wordStart = offset }
                let folded = TextFolding.fold(scalar.value)
                if folded != 0 { word.append(folded) }
                return false
            }
            guard !word.isEmpty else { return false }
            endWord(at: offset)
            return isDone
        }

        mutating func finish(at offset: Int) {
            if !word.isEmpty { endWord(at: offset) }
            isDone = true
        }

        private mutating func endWord(at end: Int) {
            let span = TextSpan(start: wordStart, end: end)
            recent.append(word)
            recentSpans.append(span)
            if recent.count > longest {
                recent.removeFirst()
                recentSpans.removeFirst()
            }
            if firstMatchWord == nil {
                starts.append(wordStart)
                if starts.count > SearchSnippet.wordsBefore + longest { starts.removeFirst() }
            }
            word = []
            let index = wordCount
            wordCount += 1
            for pattern in patterns where pattern.matches(recent[...]) {
                let first = recentSpans[recentSpans.count - pattern.words.count]
                if firstMatchWord == nil {
                    firstMatchWord = index - pattern.words.count + 1
                    let keep = min(SearchSnippet.wordsBefore, starts.count - pattern.words.count)
                    windowStart = starts[max(0, starts.count - pattern.words.count - keep)]
                }
                found.append(TextSpan(start: first.start, end: span.end))
                break
            }
            let shownFrom = firstMatchWord.map { $0 - min(SearchSnippet.wordsBefore, $0) } ?? 0
            if firstMatchWord != nil && index - shownFrom + 1 >= SearchSnippet.words {
                windowEnd = end
                isDone = true
            } else if firstMatchWord == nil && index + 1 >= SearchSnippet.words && leadEnd == nil {
                // No match yet: remember where the lead would end, in case none comes.
                leadEnd = end
            }
        }

        private var leadEnd: Int?

        /// The excerpt: around the first match, or the start of the text when nothing matched.
        func window(textLength: Int) -> TextSpan {
            if firstMatchWord != nil { return TextSpan(start: windowStart, end: windowEnd ?? textLength) }
            return TextSpan(start: 0, end: leadEnd ?? textLength)
        }

        /// The matches inside the window, overlapping ones joined.
        func matches(in window: TextSpan) -> [TextSpan] {
            var out: [TextSpan] = []
            for span in found where window.start <= span.start && span.end <= window.end {
                if let last = out.last, span.start < last.end {
                    out[out.count - 1].end = max(last.end, span.end)
                } else {
                    out.append(span)
                }
            }
            return out
        }
    }

    /// The start of a text (its first `length` scalars, cut at a space), for results matched by filters
    /// only, which have no match to show.
    public static func lead(_ text: String, length: Int = 160) -> String {
        let scalars = text.unicodeScalars
        guard scalars.count > length else { return text.replacingOccurrences(of: "\n\n", with: " ") }
        var cut = String(String.UnicodeScalarView(scalars.prefix(length)))
        if let space = cut.lastIndex(of: " ") { cut = String(cut[..<space]) }
        return cut.replacingOccurrences(of: "\n\n", with: " ") + "…"
    }
}
