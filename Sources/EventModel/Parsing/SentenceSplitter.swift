/// Splits a paragraph into sentences, in one pass over its UTF-8 bytes.
///
/// A sentence ends at ".", "?", "!" or "…" (closing quotes and brackets after it belong to it)
/// when whitespace and a word that does not start in lowercase follow. A period does not end a
/// sentence after a title or common abbreviation ("Mr.", "Gen.", "Jan.", "e.g."), an initial
/// ("J. Smith"), a dotted acronym ("U.S.", "U.N.") or "No." before a number; "3.5" never splits
/// because no space follows the period.
enum SentenceSplitter {
    /// Appends the sentences of `paragraph` to `sentences`, as scalar offsets from `base`
    /// (the scalar offset of the paragraph's first byte). The paragraph has no leading or
    /// trailing whitespace; the sentences cover it, apart from the spaces between them.
    /// Returns the scalar offset of the paragraph's end.
    @discardableResult
    static func split(_ slice: ArraySlice<UInt8>, base: Int, into sentences: inout [TextSpan]) -> Int {
        guard !slice.isEmpty else { return base }
        return slice.withUnsafeBufferPointer { split($0, base: base, into: &sentences) }
    }

    private static func split(_ paragraph: UnsafeBufferPointer<UInt8>, base: Int, into sentences: inout [TextSpan]) -> Int {
        let end = paragraph.endIndex
        var index = paragraph.startIndex
        var scalar = base
        var sentenceStart = base
        // Start of the current word (after the last space), for abbreviation checks.
        var wordStart = index
        while index < end {
            let byte = paragraph[index]
            if byte == 0x20 {
                wordStart = index + 1
                index += 1
                scalar += 1
                continue
            }
            let isEllipsis = byte == 0xE2 && index + 2 < end && paragraph[index + 1] == 0x80 && paragraph[index + 2] == 0xA6
            guard byte == 0x2E || byte == 0x3F || byte == 0x21 || isEllipsis else {
                if byte & 0xC0 != 0x80 { scalar += 1 }
                index += 1
                continue
            }
            // A run of terminators, then closing quotes and brackets.
            let terminatorStart = index
            var periods = 0, others = 0
            while index < end {
                let b = paragraph[index]
                if b == 0x2E { periods += 1; index += 1; scalar += 1 }
                else if b == 0x3F || b == 0x21 { others += 1; index += 1; scalar += 1 }
                else if b == 0xE2, index + 2 < end, paragraph[index + 1] == 0x80, paragraph[index + 2] == 0xA6 {
                    others += 1; index += 3; scalar += 1
                } else { break }
            }
            while index < end {
                let b = paragraph[index]
                if b == 0x22 || b == 0x27 || b == 0x29 || b == 0x5D { index += 1; scalar += 1 }
                else if b == 0xE2, index + 2 < end, paragraph[index + 1] == 0x80, paragraph[index + 2] == 0x99 || paragraph[index + 2] == 0x9D {
                    index += 3; scalar += 1
                } else if b == 0xC2, index + 1 < end, paragraph[index + 1] == 0xBB { index += 2; scalar += 1 }
                else { break }
            }
            let sentenceEnd = scalar
            if index >= end { break }
            guard paragraph[index] == 0x20 else {
                // "in Sindh province.The group said": a space lost after the period, as scraped copy often has.
                if periods == 1, others == 0, index == terminatorStart + 1,
                   isRunOn(word: paragraph[wordStart..<terminatorStart], next: paragraph, at: index) {
                    sentences.append(TextSpan(start: sentenceStart, end: sentenceEnd))
                    sentenceStart = sentenceEnd
                }
                continue
            }
            let nextWord = index + 1
            guard nextWord < end else { continue }
            if startsLowercase(paragraph, at: nextWord) { continue }
            if periods == 1 && others == 0 && !endsSentence(word: paragraph[wordStart..<terminatorStart], next: paragraph, at: nextWord) {
                continue
            }
            sentences.append(TextSpan(start: sentenceStart, end: sentenceEnd))
            sentenceStart = sentenceEnd + 1
        }
        sentences.append(TextSpan(start: sentenceStart, end: scalar))
        return scalar
    }

    /// A lowercase word of three letters or more, no abbreviation, right before a capitalised word
    /// ("province.The"); not "News.Az", "e.g.The" or "3.5".
    private static func isRunOn(word: Slice<UnsafeBufferPointer<UInt8>>, next text: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard word.count >= 3, word.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }), index + 1 < text.endIndex,
              text[index] >= 0x41 && text[index] <= 0x5A, text[index + 1] >= 0x61 && text[index + 1] <= 0x7A,
              let key = word.count <= 8 ? packed(word) : 0 else { return false }
        return !abbreviations.contains(key)
    }

    private static func startsLowercase(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let byte = text[index]
        if byte >= 0x61 && byte <= 0x7A { return true }
        if byte < 0x80 { return false }
        var iterator = text[index...].makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar.properties.isLowercase }
        return false
    }

    /// Whether a period after `word` ends the sentence.
    private static func endsSentence(word rawWord: Slice<UnsafeBufferPointer<UInt8>>, next text: UnsafeBufferPointer<UInt8>, at nextIndex: Int) -> Bool {
        // Drop opening quotes and brackets before the word.
        var word = rawWord
        while let first = word.first, first == 0x28 || first == 0x22 || first == 0x27 || first == 0x5B { word = word.dropFirst() }
        if word.count >= 3, word.first == 0xE2 { word = word.dropFirst(3) }
        guard !word.isEmpty else { return true }
        // An initial: "J. Smith".
        if word.count == 1, let only = word.first, only >= 0x41 && only <= 0x5A { return false }
        // A dotted acronym: "U.S", "U.N", "e.g", "i.e" (the final period is the one we are at).
        if word.contains(0x2E) {
            var segmentsAreSingleLetters = true
            var allLower = true
            var segmentLength = 0
            for byte in word {
                if byte == 0x2E {
                    if segmentLength != 1 { segmentsAreSingleLetters = false }
                    segmentLength = 0
                } else {
                    if !Bytes.isASCIILetter(byte) { segmentsAreSingleLetters = false }
                    if byte >= 0x41 && byte <= 0x5A { allLower = false }
                    segmentLength += 1
                }
            }
            if segmentLength != 1 { segmentsAreSingleLetters = false }
            if segmentsAreSingleLetters {
                // "a.m." and "p.m." often end a sentence; "U.S." and "e.g." rarely do.
                if allLower, word.count == 3, word.last == 0x6D { return true }
                return false
            }
        }
        guard word.count <= 8, let key = packed(word) else { return true }
        if key == packed("no"), nextIndex < text.endIndex, Bytes.isDigit(text[nextIndex]) { return false }
        return !abbreviations.contains(key)
    }

    /// Lowercase ASCII letters of a short word packed in an integer, so lookups allocate nothing.
    private static func packed<Bytes: Collection<UInt8>>(_ word: Bytes) -> UInt64? {
        var key: UInt64 = 0
        for byte in word {
            guard byte < 0x80 else { return nil }
            key = key << 8 | UInt64(EventModel.Bytes.lower(byte))
        }
        return key
    }

    private static func packed(_ word: String) -> UInt64 { packed(Array(word.utf8)) ?? 0 }

    private static let abbreviations: Set<UInt64> = Set([
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt", "adm",
        "cmdr", "brig", "sen", "rep", "gov", "pres", "supt", "insp", "rev", "hon", "st", "jr", "sr", "mt",
        "ft", "vs", "v", "e.g", "i.e", "cf", "al", "approx", "dept", "univ", "fig", "vol", "nos", "no.",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mme", "mlle",
        "messrs", "esq", "ph.d", "sq", "ave", "blvd",
    ].map { packed($0) })
}
