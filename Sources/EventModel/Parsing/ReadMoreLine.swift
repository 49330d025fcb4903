/// Recognises "Read more: TITLE" lines ("READ MORE:", "Read More - ", "Also read:", "Read also:").
enum ReadMoreLine {
    /// A block for `line` when it is a read-more line; the block's text is the line with its
    /// whitespace collapsed, and its kind holds where the title stands.
    static func block(_ line: ArraySlice<UInt8>, number: Int) -> BodyBlock? {
        let start = Bytes.skipSpaces(line, from: line.startIndex)
        guard start < line.endIndex else { return nil }
        let first = Bytes.lower(line[start])
        guard first == 0x72 || first == 0x61 else { return nil }  // r, a
        var index: Int
        if Bytes.hasPrefix(line, at: start, "read more") {
            index = start + 9
        } else if Bytes.hasPrefix(line, at: start, "also read") || Bytes.hasPrefix(line, at: start, "read also") {
            index = start + 9
        } else {
            return nil
        }
        index = Bytes.skipSpaces(line, from: index)
        // The separator: ":", "-", "–", "—" (possibly "::" or "--").
        let separatorStart = index
        while index < line.endIndex {
            let byte = line[index]
            if byte == 0x3A || byte == 0x2D || byte == 0x3E {
                index += 1
            } else if byte == 0xE2, index + 2 < line.endIndex, line[index + 1] == 0x80,
                line[index + 2] == 0x93 || line[index + 2] == 0x94
            {
                index += 3
            } else {
                break
            }
        }
        guard index > separatorStart, index - separatorStart <= 6 else { return nil }
        let separatorEnd = index
        let rest = Bytes.trimmed(line[separatorEnd...])
        guard !rest.isEmpty else { return nil }
        var titleLower = rest.startIndex, titleUpper = rest.endIndex
        if let inner = unquoted(rest) { titleLower = inner.lowerBound; titleUpper = inner.upperBound }
        guard titleLower < titleUpper else { return nil }

        var bytes: [UInt8] = []
        bytes.reserveCapacity(line.count)
        Bytes.appendNormalized(line[start..<separatorEnd], to: &bytes)
        bytes.append(0x20)
        bytes.append(contentsOf: rest[rest.startIndex..<titleLower])
        let titleStart = bytes.count
        var title: [UInt8] = []
        Bytes.appendNormalized(rest[titleLower..<titleUpper], to: &title)
        bytes.append(contentsOf: title)
        let titleEnd = bytes.count
        bytes.append(contentsOf: rest[titleUpper..<rest.endIndex])
        return BodyBlock(bytes: bytes, line: number, kind: .readMore(title: titleStart..<titleEnd))
    }

    /// The inside of a title wrapped in matching quotes: "…", “…”, '…', ‘…’, «…».
    private static let quotePairs: [([UInt8], [UInt8])] = [
        ([0x22], [0x22]), ([0xE2, 0x80, 0x9C], [0xE2, 0x80, 0x9D]), ([0x27], [0x27]),
        ([0xE2, 0x80, 0x98], [0xE2, 0x80, 0x99]), ([0xC2, 0xAB], [0xC2, 0xBB]),
    ]

    private static func unquoted(_ text: ArraySlice<UInt8>) -> Range<Int>? {
        for (open, close) in quotePairs where text.count > open.count + close.count {
            if text.starts(with: open) && text.suffix(close.count).elementsEqual(close) {
                return (text.startIndex + open.count)..<(text.endIndex - close.count)
            }
        }
        return nil
    }
}
