/// Reads the body of a plain-text article: paragraphs are separated by blank lines, the lines of
/// a paragraph are joined with a space, and each "Read more" line stands on its own.
enum PlainTextReader {
    /// Longer first lines are text rather than a title: headlines stay well under it, and a lead
    /// paragraph taken for a title would be lost from the body.
    static let maximumTitleLength = 300
    /// How much of such a line makes its title.
    static let shortTitleLength = 100

    /// The title (the first non-empty line, when `takeTitle`) and the body's blocks.
    /// The opening words of a long text, cut at a word, with an ellipsis.
    static func shortTitle(_ text: ArraySlice<UInt8>) -> String {
        var titleBytes: [UInt8] = []
        Bytes.appendNormalized(text.prefix(shortTitleLength), to: &titleBytes)
        if let space = titleBytes.lastIndex(of: 0x20) { titleBytes.removeSubrange(space...) }
        while let last = titleBytes.last, Bytes.isContinuation(last) || last >= 0xC0 { titleBytes.removeLast() }
        return String(decoding: titleBytes, as: UTF8.self) + "…"
    }

    /// Lines at least this long were not wrapped by hand (a wrapped text keeps its lines under 80 or so).
    static let unwrappedLength = 100

    /// Whether a line ending in this byte ends with a stop, a closing quote or a bracket.
    static func endsWithStop(_ last: UInt8) -> Bool {
        switch last {
        case 0x2E, 0x21, 0x3F, 0x3A, 0x3B, 0x22, 0x29, 0x5D: return true  // . ! ? : ; " ) ]
        case 0x9D, 0x99: return true  // the last byte of ” and ’ in UTF-8
        default: return false
        }
    }

    /// "Pahalgam Terror Attack", "Manhunt across Kashmir": a line this short, capitalised and without a stop,
    /// after a sentence's end and before a line that opens one, is a heading of a scraped page, not a wrapped
    /// line (a hand-wrapped paragraph fills its lines to their width).
    /// A longer one ("Russia Scrambles for Answers, Blames 'Terrorist Attack'") is in Title Case: no word of four
    /// letters or more starts lowercase.
    static func isBareHeading(_ content: ArraySlice<UInt8>) -> Bool {
        guard content.count <= 80, let first = content.first, first >= 0x41 && first <= 0x5A,
              let last = content.last, !endsWithStop(last), last != 0x2C else { return false }
        let spaces = content.lazy.filter { $0 == 0x20 }.count
        if content.count <= 48 && spaces < 6 { return true }
        return spaces < 12 && !content.split(separator: 0x20).contains { word in
            let letters = word.drop { !Bytes.isASCIILetter($0) }
            return letters.first.map { $0 >= 0x61 && $0 <= 0x7A } == true && letters.prefix { Bytes.isASCIILetter($0) }.count >= 4
        }
    }

    /// The heading a paragraph's last line was, from `start`, taken off the paragraph's end.
    static func detachHeading(from paragraph: inout [UInt8], at start: Int) -> [UInt8] {
        let heading = Array(paragraph[start...].drop { $0 == 0x20 })
        paragraph.removeSubrange(start...)
        while paragraph.last == 0x20 { paragraph.removeLast() }
        return heading
    }

    /// Whether a line opens with a capital letter, a digit or a quotation mark: the start of a sentence.
    static func opensSentence(_ content: ArraySlice<UInt8>) -> Bool {
        guard let first = content.first else { return false }
        return first >= 0x41 && first <= 0x5A || first >= 0x30 && first <= 0x39 || first == 0x22 || first == 0xE2
    }

    static func read(_ lines: ByteLines, takeTitle: Bool) -> (title: String?, blocks: [BodyBlock]) {
        let bytes = lines.bytes
        var title: String?
        var blocks: [BodyBlock] = []
        var current: [UInt8] = []
        var currentLine = 0
        // After a marker alone on its line ("Related:", "READ MORE") come titles, one a line: the first
        // may follow a blank line, the others follow each other.
        var titlesExpected = 0  // 0: none; 1: titles may follow directly; 2: after the marker, a blank allowed

        var previousLength = 0
        var previousLast: UInt8?
        // Where the last line appended starts in `current`, when it may be a heading (``isBareHeading(_:)``)
        // that opens a line of its own after a sentence's end.
        var headingStart: Int?
        var headingLineNumber = 0
        func flush() {
            if !current.isEmpty { blocks.append(BodyBlock(bytes: current, line: currentLine, kind: .paragraph)) }
            current = []
            headingStart = nil
        }
        for line in lines {
            let content = Bytes.trimmed(bytes[line.start..<line.end])
            if content.isEmpty {
                flush()
                titlesExpected = titlesExpected == 2 ? 1 : 0
                continue
            }
            if titlesExpected > 0, current.isEmpty {
                titlesExpected = 0
                if let link = ReadMoreLine.block(content, number: line.number) ?? ReadMoreLine.titleLine(content, number: line.number) {
                    blocks.append(link)
                    titlesExpected = 1
                    continue
                }
            }
            if takeTitle && title == nil {
                var titleBytes: [UInt8] = []
                if content.count <= maximumTitleLength {
                    Bytes.appendNormalized(content, to: &titleBytes)
                    title = String(decoding: titleBytes, as: UTF8.self)
                    continue
                }
                // A first line this long is text, not a title (a file on one line): it stays in
                // the body, and its opening words stand in for the title.
                title = shortTitle(content)
            }
            if let link = ReadMoreLine.block(content, number: line.number) ?? ReadMoreLine.quotedTitle(content, number: line.number) {
                flush()
                blocks.append(link)
                continue
            }
            if current.isEmpty, ReadMoreLine.isMarkerOnly(content) {
                titlesExpected = 2
                continue
            }
            // "... the north-western stronghold of Saada" then "President Biden says ...": a line longer than any
            // hard wrap, ending with no stop, was a paragraph of its own (a list of points on a web page).
            if !current.isEmpty, previousLength >= Self.unwrappedLength, let last = previousLast, !Self.endsWithStop(last),
               let first = content.first, first >= 0x41 && first <= 0x5A || first >= 0x30 && first <= 0x39 {
                flush()
            }
            if let start = headingStart, Self.opensSentence(content) {
                let heading = Self.detachHeading(from: &current, at: start), headingLine = headingLineNumber
                flush()
                (current, currentLine) = (heading, headingLine)
                flush()
            }
            headingStart = nil
            if current.isEmpty || previousLast.map(Self.endsWithStop) == true, Self.isBareHeading(content) {
                (headingStart, headingLineNumber) = (current.count, line.number)
            }
            if current.isEmpty { currentLine = line.number }
            Bytes.appendNormalized(content, to: &current)
            previousLength = content.count
            previousLast = content.last
        }
        flush()
        return (title, blocks)
    }
}
