/// Recognises a dateline at the start of a paragraph: "WEB DESK:", "KABUL:", "MOSCOW (Reuters) -",
/// "DUSHANBE, March 24 (AP) —". It is metadata: the article keeps it apart from its text.
///
/// The place must be written in capitals, or be followed by a news agency in brackets, so that an
/// ordinary sentence opening ("Meanwhile, ...") is never taken for one.
enum Dateline {
    struct Match {
        /// The dateline without its separator ("MOSCOW (Reuters)").
        var label: ArraySlice<UInt8>
        /// Where the paragraph's text starts after it.
        var rest: Int
        /// The news agency in brackets ("Reuters"), if any.
        var agency: ArraySlice<UInt8>?
    }

    static let maximumLength = 80

    static func match(_ text: ArraySlice<UInt8>) -> Match? {
        let limit = min(text.endIndex, text.startIndex + maximumLength)
        var index = text.startIndex
        var upperLetters = 0, lowerLetters = 0
        var inHead = true
        var headWordsCapitalised = true
        var agency = false
        var agencyRange: Range<Int>?
        var labelEnd = index
        while index < limit {
            let byte = text[index]
            if byte == 0x3A {  // ":"
                labelEnd = index
                index += 1
                break
            }
            if byte == 0x20 {
                // " -", " --", " –", " —" end the dateline.
                let next = index + 1
                if next < limit, text[next] == 0x2D || (text[next] == 0xE2 && next + 2 < text.endIndex && text[next + 1] == 0x80 && (text[next + 2] == 0x93 || text[next + 2] == 0x94)) {
                    labelEnd = index
                    index = next
                    while index < limit, text[index] == 0x2D { index += 1 }
                    if index < limit, text[index] == 0xE2 { index += 3 }
                    break
                }
                index += 1
                continue
            }
            if byte == 0xE2, index + 2 < text.endIndex, text[index + 1] == 0x80, text[index + 2] == 0x93 || text[index + 2] == 0x94 {
                labelEnd = index
                index += 3
                break
            }
            if byte == 0x2C {  // "," ends the place; a date or a region may follow
                inHead = false
                index += 1
                continue
            }
            if byte == 0x28 {  // "(Agency)"
                guard let close = text[index..<limit].firstIndex(of: 0x29), close - index > 1 else { return nil }
                agency = true
                agencyRange = (index + 1)..<close
                inHead = false
                index = close + 1
                continue
            }
            if inHead {
                if index == text.startIndex || text[index - 1] == 0x20, byte >= 0x61 && byte <= 0x7A {
                    headWordsCapitalised = false
                }
                if lowerLetters > 0 && !headWordsCapitalised { return nil }  // an ordinary sentence
                if byte >= 0x41 && byte <= 0x5A {
                    upperLetters += 1
                } else if byte >= 0x61 && byte <= 0x7A {
                    lowerLetters += 1
                } else if byte == 0x2E || byte == 0x2D || byte == 0x27 || byte == 0x2F || byte >= 0x80 {
                    // Dots, hyphens, apostrophes, slashes and accented capitals belong to place names.
                } else {
                    return nil
                }
            } else if agency {
                return nil  // nothing but the separator after the agency
            } else if !(Bytes.isASCIILetter(byte) || Bytes.isDigit(byte) || byte == 0x2E || byte >= 0x80) {
                return nil
            }
            index += 1
        }
        guard labelEnd > text.startIndex, index <= text.endIndex else { return nil }
        let capitals = upperLetters >= 2 && lowerLetters == 0
        guard capitals || (agency && headWordsCapitalised && upperLetters >= 1) else { return nil }
        // The separator must be followed by a space and some text.
        guard index < text.endIndex, text[index] == 0x20 else { return nil }
        let rest = Bytes.skipSpaces(text, from: index)
        guard rest < text.endIndex else { return nil }
        // After "City (Agency) -" a sentence starts; "The Alliance (NA) - a coalition" is prose.
        if !capitals, text[rest] >= 0x61 && text[rest] <= 0x7A { return nil }
        let label = Bytes.trimmed(text[text.startIndex..<labelEnd])
        guard !label.isEmpty else { return nil }
        let agencyName = agencyRange.map { Bytes.trimmed(text[$0]) }.flatMap { $0.isEmpty ? nil : $0 }
        return Match(label: label, rest: rest, agency: agencyName)
    }
}
