/// Recognises the lines that link to another article: "Read more: TITLE" and the other shapes news
/// pages use ("Also Read | TITLE", "Related: TITLE", "READ MORE TITLE", "See also: TITLE",
/// "Recommended: TITLE"), a marker alone on its line with the title on the next, and a line that is
/// only a quoted or bracketed title.
enum ReadMoreLine {
    /// Words that open a link line, longest first so "related articles" wins over "related".
    private static let markers: [String] = [
        "related articles", "related article", "related stories", "related story", "related coverage", "related reading",
        "read more", "also read", "read also", "see also", "more on this", "recommended", "related",
    ]
    private static let markerBytes: [(name: String, bytes: [UInt8])] = markers.map { ($0, Array($0.utf8)) }
    /// Markers that may stand without a separator when written in capitals: "READ MORE Title".
    private static let bareMarkers: Set<String> = ["read more", "also read", "read also", "see also"]

    /// A block for `line` when it is a link line; the block's text is the line with its whitespace
    /// collapsed, and its kind holds where the title stands (and the URL, when the caller found one).
    static func block(_ line: ArraySlice<UInt8>, number: Int, url: String? = nil) -> BodyBlock? {
        guard let (start, separatorEnd) = marker(in: line), separatorEnd < line.endIndex else { return nil }
        let rest = Bytes.trimmed(line[separatorEnd...])
        guard !rest.isEmpty else { return nil }
        return block(prefix: line[start..<separatorEnd], title: rest, number: number, url: url)
    }

    /// Whether the line is a marker alone ("Related:", "READ MORE", "Also Read |"): the next line is the title.
    /// "Related Articles" or "Recommended" with no separator head a trailer of other stories instead
    /// (see ``Boilerplate``); only the read-more markers may stand bare.
    static func isMarkerOnly(_ line: ArraySlice<UInt8>) -> Bool {
        guard let (_, end) = marker(in: line, allowBare: true) else { return false }
        return Bytes.trimmed(line[end...]).isEmpty
    }

    /// A block for a line that is only a title in quotes or brackets (“…”, "…", «…», […]) and reads like
    /// a headline: a few words, starting with a capital, not ending like a sentence.
    static func quotedTitle(_ line: ArraySlice<UInt8>, number: Int) -> BodyBlock? {
        let trimmed = Bytes.trimmed(line)
        guard let inner = unquoted(trimmed, pairs: quotePairs + [([0x5B], [0x5D])]) else { return nil }
        let title = Bytes.trimmed(trimmed[inner])
        guard looksLikeHeadline(title) else { return nil }
        // Quotes stay in the line as written; brackets are markup, and go.
        return block(prefix: [], title: trimmed.first == 0x5B ? title : trimmed, number: number, url: nil)
    }

    /// A block for a title on its own line after a marker line; a line ending like a sentence is prose.
    static func titleLine(_ line: ArraySlice<UInt8>, number: Int, url: String? = nil) -> BodyBlock? {
        let trimmed = Bytes.trimmed(line)
        guard let last = trimmed.last, last != 0x2E, trimmed.count <= 2000 else { return nil }
        return block(prefix: [], title: trimmed, number: number, url: url)
    }

    // MARK: - Parts

    /// Where the marker starts and where the separator after it ends.
    private static func marker(in line: ArraySlice<UInt8>, allowBare: Bool = false) -> (Int, Int)? {
        let start = Bytes.skipSpaces(line, from: line.startIndex)
        guard start < line.endIndex else { return nil }
        let first = Bytes.lower(line[start])
        guard first == 0x72 || first == 0x61 || first == 0x73 || first == 0x6D else { return nil }  // r, a, s, m
        for (marker, bytes) in markerBytes where start + bytes.count <= line.endIndex
            && bytes.indices.allSatisfy({ Bytes.lower(line[start + $0]) == bytes[$0] }) {
            var index = start + bytes.count
            // A whole word: "Related" but not "Relatedly".
            if index < line.endIndex, Bytes.isASCIILetter(line[index]) { continue }
            let markerEnd = index
            index = Bytes.skipSpaces(line, from: index)
            let separatorStart = index
            while index < line.endIndex {
                let byte = line[index]
                if byte == 0x3A || byte == 0x2D || byte == 0x3E || byte == 0x7C {  // : - > |
                    index += 1
                } else if byte == 0xE2, index + 2 < line.endIndex, line[index + 1] == 0x80,
                          line[index + 2] == 0x93 || line[index + 2] == 0x94 {  // – —
                    index += 3
                } else if byte == 0xC2, index + 1 < line.endIndex, line[index + 1] == 0xBB {  // »
                    index += 2
                } else {
                    break
                }
            }
            if index > separatorStart && index - separatorStart <= 6 { return (start, Bytes.skipSpaces(line, from: index)) }
            // "READ MORE Title" in capitals, or a marker alone on its line.
            let capitals = line[start..<markerEnd].allSatisfy { !($0 >= 0x61 && $0 <= 0x7A) }
            if bareMarkers.contains(marker) && capitals && index < line.endIndex { return (start, index) }
            if allowBare && index >= line.endIndex && bareMarkers.contains(marker) && marker != "see also" { return (start, index) }
            return nil
        }
        return nil
    }

    private static func block(prefix: ArraySlice<UInt8>, title rest: ArraySlice<UInt8>, number: Int, url: String?) -> BodyBlock? {
        var titleLower = rest.startIndex, titleUpper = rest.endIndex
        if let inner = unquoted(rest, pairs: quotePairs) { titleLower = inner.lowerBound; titleUpper = inner.upperBound }
        guard titleLower < titleUpper else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(prefix.count + rest.count + 1)
        if !prefix.isEmpty {
            Bytes.appendNormalized(Bytes.trimmed(prefix), to: &bytes)
            bytes.append(0x20)
        }
        bytes.append(contentsOf: rest[rest.startIndex..<titleLower])
        let titleStart = bytes.count
        var title: [UInt8] = []
        Bytes.appendNormalized(rest[titleLower..<titleUpper], to: &title)
        guard !title.isEmpty else { return nil }
        bytes.append(contentsOf: title)
        let titleEnd = bytes.count
        bytes.append(contentsOf: rest[titleUpper..<rest.endIndex])
        return BodyBlock(bytes: bytes, line: number, kind: .readMore(title: titleStart..<titleEnd, url: url))
    }

    /// The inside of a title wrapped in matching quotes: "…", “…”, '…', ‘…’, «…».
    private static let quotePairs: [([UInt8], [UInt8])] = [
        ([0x22], [0x22]), ([0xE2, 0x80, 0x9C], [0xE2, 0x80, 0x9D]), ([0x27], [0x27]),
        ([0xE2, 0x80, 0x98], [0xE2, 0x80, 0x99]), ([0xC2, 0xAB], [0xC2, 0xBB]),
    ]

    private static func unquoted(_ text: ArraySlice<UInt8>, pairs: [([UInt8], [UInt8])]) -> Range<Int>? {
        for (open, close) in pairs where text.count > open.count + close.count {
            if text.starts(with: open) && text.suffix(close.count).elementsEqual(close) {
                let inner = (text.startIndex + open.count)..<(text.endIndex - close.count)
                // “A” said “B”: the quotes close inside, so the line is not one quoted title.
                if text[inner].firstRange(of: close) != nil { return nil }
                return inner
            }
        }
        return nil
    }

    /// Three to thirty words, a capital (or digit) first, no sentence ending inside or at the end.
    private static func looksLikeHeadline(_ title: ArraySlice<UInt8>) -> Bool {
        guard let first = title.first, (first >= 0x41 && first <= 0x5A) || Bytes.isDigit(first) || first >= 0xC0 else { return false }
        let words = title.split(separator: 0x20).count
        guard (3...30).contains(words), let last = title.last, last != 0x2E, last != 0x2C, last != 0x3A else { return false }
        return title.firstRange(of: [0x2E, 0x20]) == nil
    }
}
