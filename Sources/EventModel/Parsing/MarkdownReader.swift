/// Reads the body of a Markdown article into blocks: headings, paragraphs, list items (each a
/// paragraph of its own) and "Read more" lines; inline markup is reduced to its words.
enum MarkdownReader {
    static func read(_ lines: ByteLines) -> [BodyBlock] {
        let bytes = lines.bytes
        var blocks: [BodyBlock] = []
        var current: [UInt8] = []
        var currentLine = 0
        var currentKind = BodyBlock.Kind.paragraph
        var fence: UInt8?
        var scratch: [UInt8] = []
        // Under a "Read more" heading, each list item is a link.
        var readMoreSection = false
        // Where the last line appended starts in `current`, when it may be a heading left bare
        // (``PlainTextReader/isBareHeading(_:)``).
        var headingStart: Int?
        var headingLineNumber = 0
        func flush() {
            if !current.isEmpty { blocks.append(BodyBlock(bytes: current, line: currentLine, kind: currentKind)) }
            current = []
            currentKind = .paragraph
            headingStart = nil
        }
        func append(_ content: ArraySlice<UInt8>, line: Int) {
            if current.isEmpty { currentLine = line }
            Bytes.appendNormalized(content, to: &current)
        }
        for line in lines {
            var content = Bytes.trimmed(bytes[line.start..<line.end])
            if let marker = fence {
                if isFence(content, marker) { fence = nil; flush() } else if content.isEmpty { flush() } else { append(content, line: line.number) }
                continue
            }
            if content.isEmpty { flush(); continue }
            if let first = content.first, first == 0x60 || first == 0x7E, isFence(content, first) {
                flush()
                fence = first
                continue
            }
            if Bytes.hasPrefix(content, at: content.startIndex, "<!--") { continue }
            // Block quotes read as the text they quote.
            while let first = content.first, first == 0x3E {
                content = Bytes.trimmed(content.dropFirst())
            }
            if content.isEmpty { flush(); continue }
            if let level = headingLevel(content) {
                flush()
                var inner = Bytes.trimmed(content.dropFirst(level))
                while let last = inner.last, last == 0x23 { inner = Bytes.trimmed(inner.dropLast()) }
                scratch.removeAll(keepingCapacity: true)
                InlineMarkdown.reduce(inner, into: &scratch)
                append(scratch[...], line: line.number)
                readMoreSection = isReadMoreHeading(current)
                currentKind = .heading
                flush()
                continue
            }
            if isRule(content, 0x3D), !current.isEmpty, currentKind == .paragraph {
                currentKind = .heading  // "Title\n=====" underlines a heading
                flush()
                continue
            }
            if isRule(content, 0x2D) || isRule(content, 0x2A) || isRule(content, 0x5F) {
                flush()
                continue
            }
            if let itemStart = listItemStart(content) {
                flush()
                content = Bytes.trimmed(content[itemStart...])
                currentKind = .listItem
                if readMoreSection {
                    scratch.removeAll(keepingCapacity: true)
                    InlineMarkdown.reduce(content, into: &scratch)
                    var title: [UInt8] = []
                    Bytes.appendNormalized(scratch[...], to: &title)
                    if !title.isEmpty {
                        let url = InlineMarkdown.firstLink(content)?.url
                        blocks.append(BodyBlock(bytes: title, line: line.number, kind: .readMore(title: 0..<title.count, url: url)))
                    }
                    currentKind = .paragraph
                    continue
                }
            }
            scratch.removeAll(keepingCapacity: true)
            InlineMarkdown.reduce(content, into: &scratch)
            let markdownLink = InlineMarkdown.firstLink(content)
            // "Read more: [title](url)", a line that is only `[title](url)`, or only a quoted title.
            let standalone = current.isEmpty
                ? (markdownLink?.whole == true ? ReadMoreLine.titleLine(scratch[...], number: line.number, url: markdownLink?.url) : nil)
                    ?? ReadMoreLine.quotedTitle(scratch[...], number: line.number)
                : nil
            if let link = ReadMoreLine.block(scratch[...], number: line.number, url: markdownLink?.url) ?? standalone {
                flush()
                blocks.append(link)
                continue
            }
            if current.isEmpty, ReadMoreLine.isMarkerOnly(scratch[...]) {
                // "**Related:**" on its own: the list after it is links, as under a heading.
                readMoreSection = true
                continue
            }
            // "Pahalgam Terror Attack" on a line of its own, the text going on below: a heading left bare.
            if let start = headingStart, currentKind == .paragraph, PlainTextReader.opensSentence(scratch[...]) {
                let heading = PlainTextReader.detachHeading(from: &current, at: start), headingLine = headingLineNumber
                flush()
                (current, currentLine, currentKind) = (heading, headingLine, .heading)
                flush()
            }
            headingStart = nil
            if current.isEmpty || current.last.map(PlainTextReader.endsWithStop) == true, PlainTextReader.isBareHeading(scratch[...]) {
                (headingStart, headingLineNumber) = (current.count, line.number)
            }
            let kind = currentKind
            append(scratch[...], line: line.number)
            currentKind = kind
        }
        flush()
        return blocks
    }

    /// "Read more", "Also read", "Related articles", "See also" (with or without a colon), as a heading.
    private static func isReadMoreHeading(_ text: [UInt8]) -> Bool {
        ReadMoreLine.isMarkerOnly(text[...])
    }

    private static func isFence(_ content: ArraySlice<UInt8>, _ marker: UInt8) -> Bool {
        content.count >= 3 && content.prefix(3).allSatisfy { $0 == marker }
    }

    /// `# Title` .. `###### Title`: the number of `#`.
    private static func headingLevel(_ content: ArraySlice<UInt8>) -> Int? {
        var level = 0
        for byte in content {
            if byte == 0x23 { level += 1 } else { break }
        }
        guard (1...6).contains(level) else { return nil }
        let after = content.startIndex + level
        return after == content.endIndex || content[after] == 0x20 || content[after] == 0x09 ? level : nil
    }

    /// `---`, `* * *`, `===`: three or more of one character, spaces allowed.
    private static func isRule(_ content: ArraySlice<UInt8>, _ marker: UInt8) -> Bool {
        var count = 0
        for byte in content {
            if byte == marker { count += 1 } else if byte != 0x20 { return false }
        }
        return count >= 3
    }

    /// Where an item's text starts after `- `, `* `, `+ `, `1. ` or `1) `.
    private static func listItemStart(_ content: ArraySlice<UInt8>) -> Int? {
        let start = content.startIndex
        guard let first = content.first else { return nil }
        if first == 0x2D || first == 0x2A || first == 0x2B {
            return start + 1 < content.endIndex && content[start + 1] == 0x20 ? start + 2 : nil
        }
        var index = start
        while index < content.endIndex, index - start < 9, Bytes.isDigit(content[index]) { index += 1 }
        guard index > start, index + 1 < content.endIndex, content[index] == 0x2E || content[index] == 0x29,
            content[index + 1] == 0x20
        else { return nil }
        return index + 2
    }
}
