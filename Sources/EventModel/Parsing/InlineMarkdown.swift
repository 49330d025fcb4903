/// Reduces one line of Markdown to the words a reader sees: `[text](url)` and `![alt](url)` become
/// their text, emphasis markers (`*`, `_`, `~~`) and code backticks go, `\*` escapes keep their
/// character, `<https://...>` keeps its address, HTML tags go, and common entities are decoded.
///
/// Every look-ahead is bounded, so a hostile line ("[[[[[...") stays linear.
enum InlineMarkdown {
    static let lookAhead = 2048

    static func reduce(_ line: ArraySlice<UInt8>, into out: inout [UInt8]) {
        // Look-ahead work for the whole line is capped, so scanning stays linear in its length.
        var budget = line.count * 4 + 8192
        reduce(line, into: &out, budget: &budget)
    }

    private static func reduce(_ line: ArraySlice<UInt8>, into out: inout [UInt8], budget: inout Int) {
        var index = line.startIndex
        let end = line.endIndex
        while index < end {
            let byte = line[index]
            switch byte {
            case 0x5C:  // backslash escape
                if index + 1 < end, isPunctuation(line[index + 1]) {
                    out.append(line[index + 1])
                    index += 2
                } else {
                    out.append(byte)
                    index += 1
                }
            case 0x21 where index + 1 < end && line[index + 1] == 0x5B:  // ![alt](url)
                if let link = linkAt(line, index + 1, budget: &budget) {
                    reduce(line[link.text], into: &out, budget: &budget)
                    index = link.end
                } else {
                    out.append(byte)
                    index += 1
                }
            case 0x5B:  // [text](url) or [text][ref]
                if let link = linkAt(line, index, budget: &budget) {
                    reduce(line[link.text], into: &out, budget: &budget)
                    index = link.end
                } else {
                    out.append(byte)
                    index += 1
                }
            case 0x60:  // `code`
                index += 1
            case 0x2A, 0x5F, 0x7E:  // *, _, ~ runs
                var runEnd = index
                while runEnd < end && line[runEnd] == byte { runEnd += 1 }
                let before: UInt8? = index > line.startIndex ? line[index - 1] : nil
                let after: UInt8? = runEnd < end ? line[runEnd] : nil
                let spaceBefore = before.map(Bytes.isSpace) ?? true
                let spaceAfter = after.map(Bytes.isSpace) ?? true
                let wordBefore = before.map(isWordByte) ?? false
                let wordAfter = after.map(isWordByte) ?? false
                var marker = !(spaceBefore && spaceAfter)
                // snake_case and 2~3 keep their characters.
                if byte != 0x2A && wordBefore && wordAfter { marker = false }
                if byte == 0x7E && runEnd - index < 2 { marker = false }
                if !marker { out.append(contentsOf: line[index..<runEnd]) }
                index = runEnd
            case 0x3C:  // <https://...> or an HTML tag
                let limit = min(end, index + min(256, max(0, budget)))
                budget -= limit - index
                if let close = line[index..<limit].firstIndex(of: 0x3E), close > index + 1 {
                    let inner = line[(index + 1)..<close]
                    if inner.contains(0x20) && !isTag(inner) {
                        out.append(byte)
                        index += 1
                    } else {
                        if isAutolink(inner) { out.append(contentsOf: inner) }
                        index = close + 1
                    }
                } else {
                    out.append(byte)
                    index += 1
                }
            case 0x26:  // &amp; and friends
                if let (decoded, length) = entity(line, index) {
                    out.append(contentsOf: decoded)
                    index += length
                } else {
                    out.append(byte)
                    index += 1
                }
            default:
                // Ordinary text up to the next byte that may start markup, copied in one go.
                let runEnd = line.withUnsafeBufferPointer { buffer -> Int in
                    var offset = index - line.startIndex + 1
                    while offset < buffer.count, !isSpecial(buffer[offset]) { offset += 1 }
                    return offset + line.startIndex
                }
                out.append(contentsOf: line[index..<runEnd])
                index = runEnd
            }
        }
    }

    private struct Link {
        var text: Range<Int>
        var end: Int
    }

    /// The address of the line's first `[text](url)` link (an optional `"title"` after it left out),
    /// and whether that link is all the line holds: what a related-articles list item is.
    static func firstLink(_ line: ArraySlice<UInt8>) -> (url: String, whole: Bool)? {
        var budget = line.count * 4 + 8192
        guard let open = line.firstIndex(of: 0x5B), let link = linkAt(line, open, budget: &budget),
              link.text.upperBound + 1 < line.endIndex, line[link.text.upperBound + 1] == 0x28 else { return nil }
        var target = Bytes.trimmed(line[(link.text.upperBound + 2)..<(link.end - 1)])
        if let space = target.firstIndex(of: 0x20) { target = target[..<space] }
        if target.first == 0x3C && target.last == 0x3E { target = target.dropFirst().dropLast() }
        guard !target.isEmpty else { return nil }
        let whole = open == line.startIndex && Bytes.trimmed(line[link.end...]).isEmpty
        return (String(decoding: target, as: UTF8.self), whole)
    }

    /// `[text](url)`, `[text][ref]` or `[text][]` starting at the `[` at `open`.
    private static func linkAt(_ line: ArraySlice<UInt8>, _ open: Int, budget: inout Int) -> Link? {
        guard budget > 0 else { return nil }
        let end = min(line.endIndex, open + min(lookAhead, budget))
        var depth = 0
        var index = open
        var close: Int?
        while index < end {
            let byte = line[index]
            if byte == 0x5C { index += 2; continue }
            if byte == 0x5B { depth += 1 }
            if byte == 0x5D {
                depth -= 1
                if depth == 0 { close = index; break }
            }
            index += 1
        }
        budget -= index - open
        guard let close, close + 1 < line.endIndex, budget > 0 else { return nil }
        let opener = line[close + 1]
        guard opener == 0x28 || opener == 0x5B else { return nil }
        let closer: UInt8 = opener == 0x28 ? 0x29 : 0x5D
        var parens = 0
        index = close + 1
        let targetEnd = min(line.endIndex, close + 1 + min(lookAhead, budget))
        defer { budget -= index - close }
        while index < targetEnd {
            let byte = line[index]
            if byte == opener { parens += 1 }
            if byte == closer {
                parens -= 1
                if parens == 0 { return Link(text: (open + 1)..<close, end: index + 1) }
            }
            index += 1
        }
        return nil
    }

    /// Bytes that may start markup: \\ ! [ ` * _ ~ < &
    @inline(__always)
    private static func isSpecial(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x5C, 0x21, 0x5B, 0x60, 0x2A, 0x5F, 0x7E, 0x3C, 0x26: return true
        default: return false
        }
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        Bytes.isASCIILetter(byte) || Bytes.isDigit(byte) || byte >= 0x80
    }

    private static func isPunctuation(_ byte: UInt8) -> Bool {
        (byte >= 0x21 && byte <= 0x2F) || (byte >= 0x3A && byte <= 0x40) || (byte >= 0x5B && byte <= 0x60) || (byte >= 0x7B && byte <= 0x7E)
    }

    private static func isAutolink(_ inner: ArraySlice<UInt8>) -> Bool {
        Bytes.hasPrefix(inner, at: inner.startIndex, "http://") || Bytes.hasPrefix(inner, at: inner.startIndex, "https://")
            || Bytes.hasPrefix(inner, at: inner.startIndex, "mailto:")
    }

    private static func isTag(_ inner: ArraySlice<UInt8>) -> Bool {
        guard let first = inner.first else { return false }
        return Bytes.isASCIILetter(first) || first == 0x2F || first == 0x21
    }

    private static let entities: [([UInt8], [UInt8])] = [
        (Array("&amp;".utf8), [0x26]), (Array("&lt;".utf8), [0x3C]), (Array("&gt;".utf8), [0x3E]), (Array("&quot;".utf8), [0x22]), (Array("&#39;".utf8), [0x27]),
        (Array("&apos;".utf8), [0x27]), (Array("&nbsp;".utf8), [0x20]), (Array("&rsquo;".utf8), Array("’".utf8)), (Array("&lsquo;".utf8), Array("‘".utf8)),
        (Array("&ldquo;".utf8), Array("“".utf8)), (Array("&rdquo;".utf8), Array("”".utf8)), (Array("&mdash;".utf8), Array("—".utf8)),
        (Array("&ndash;".utf8), Array("–".utf8)), (Array("&hellip;".utf8), Array("…".utf8)),
    ]

    private static func entity(_ line: ArraySlice<UInt8>, _ index: Int) -> ([UInt8], Int)? {
        guard index + 3 < line.endIndex else { return nil }
        for (name, value) in entities where line[index..<min(line.endIndex, index + name.count)].elementsEqual(name) {
            return (value, name.count)
        }
        return nil
    }
}
