/// One word of a text: a run of letters, digits and combining marks, with where it stands, its
/// folded hash and what separates it from the next word. Patterns compare hashes, never strings.
struct Word: Sendable, Hashable {
    /// Unicode-scalar offsets into the scanned text.
    var start: Int32
    var end: Int32
    /// UTF-8 offsets, to cut the words as written out of the text cheaply.
    var utf8Start: Int32
    var utf8End: Int32
    /// ``TextFolding/wordHash(_:)`` of the word.
    var hash: UInt64
    /// Folded scalars in the word.
    var letters: Int32
    var shape: Shape
    /// What separates this word from the next, as the alias matcher compares it.
    var gapCode: GapCode
    /// Punctuation seen between this word and the next.
    var gapAfter: Gap

    struct Shape: OptionSet, Sendable, Hashable {
        let rawValue: UInt8
        static let firstUpper = Shape(rawValue: 1)
        static let hasUpper = Shape(rawValue: 2)
        static let hasLower = Shape(rawValue: 4)
        static let hasDigit = Shape(rawValue: 8)
    }

    /// The separator between two words of a name: "Guinea-Bissau", "U.S", "Côte d'Ivoire", "St. Kitts".
    enum GapCode: UInt8, Sendable, Hashable {
        case space = 0, period = 1, apostrophe = 2, periodSpace = 3, none = 4
    }

    struct Gap: OptionSet, Sendable, Hashable {
        let rawValue: UInt16
        static let comma = Gap(rawValue: 1)
        static let semicolon = Gap(rawValue: 2)
        static let colon = Gap(rawValue: 4)
        static let openParen = Gap(rawValue: 8)
        static let closeParen = Gap(rawValue: 16)
        static let period = Gap(rawValue: 32)
        static let apostrophe = Gap(rawValue: 64)
        static let hyphen = Gap(rawValue: 128)
        static let quote = Gap(rawValue: 256)
        static let newline = Gap(rawValue: 512)
        static let stop = Gap(rawValue: 1024)
        static let other = Gap(rawValue: 2048)
        /// The separator starts with a period: "U.S." ends a name there.
        static let periodFirst = Gap(rawValue: 4096)
        /// Punctuation that ends a clause or a list item.
        static let clauseBreak: Gap = [.comma, .semicolon, .colon, .openParen, .closeParen, .period, .newline, .stop, .quote]
    }

    var isCapitalised: Bool { shape.contains(.firstUpper) }
    /// "CSTO", "ISIS": two or more letters, all capitals.
    var isAllCaps: Bool { shape.contains(.hasUpper) && !shape.contains(.hasLower) && letters >= 2 }
    var isLowercase: Bool { !shape.contains(.hasUpper) && shape.contains(.hasLower) }
}

/// Splits a text into ``Word``s in one pass over its UTF-8 bytes.
enum WordScanner {
    static func scan(_ text: String) -> [Word] {
        if let words = text.utf8.withContiguousStorageIfAvailable({ scan(bytes: $0) }) { return words }
        var copy = text
        copy.makeContiguousUTF8()
        return copy.utf8.withContiguousStorageIfAvailable { scan(bytes: $0) } ?? []
    }

    /// The words as written between two UTF-8 offsets of `text`.
    static func slice(_ text: String, utf8 start: Int32, _ end: Int32) -> String {
        let lower = max(0, Int(start)), upper = max(lower, Int(end))
        if let out = text.utf8.withContiguousStorageIfAvailable({ bytes -> String in
            let to = min(upper, bytes.count)
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[min(lower, to)..<to]), as: UTF8.self)
        }) { return out }
        let utf8 = Array(text.utf8)
        let to = min(upper, utf8.count)
        return String(decoding: utf8[min(lower, to)..<to], as: UTF8.self)
    }

    private static let andHash = TextFolding.wordHash("and")

    private static let asciiClasses: [UInt8] = (0..<128).map { value -> UInt8 in
        switch value {
        case 0x61...0x7A: return 1
        case 0x41...0x5A: return 2
        case 0x30...0x39: return 3
        default: return 0
        }
    }

    private static func scan(bytes: UnsafeBufferPointer<UInt8>) -> [Word] {
        var words: [Word] = []
        words.reserveCapacity(bytes.count / 5)
        var index = 0
        var scalarIndex: Int32 = 0
        var inWord = false
        var current = Word(start: 0, end: 0, utf8Start: 0, utf8End: 0, hash: TextFolding.hashSeed, letters: 0,
                           shape: [], gapCode: .none, gapAfter: [])
        var gap: Word.Gap = []
        var gapCount = 0
        var gap0: UInt32 = 0, gap1: UInt32 = 0
        var emDash = false, enDash = false, spacedHyphen = false
        let count = bytes.count
        let classes = asciiClasses
        while index < count {
            let lead = bytes[index]
            var value = UInt32(lead)
            var length = 1
            // ASCII: 0 separator, 1 lowercase, 2 uppercase, 3 digit. Others are decoded.
            var asciiClass: UInt8 = 4
            if lead < 0x80 {
                asciiClass = classes[Int(lead)]
            } else {
                if lead >= 0xF0 { length = 4; value = UInt32(lead & 0x07) }
                else if lead >= 0xE0 { length = 3; value = UInt32(lead & 0x0F) }
                else if lead >= 0xC0 { length = 2; value = UInt32(lead & 0x1F) }
                else { length = 1; value = 0xFFFD }
                if length > 1 {
                    if index + length > count { length = count - index; value = 0xFFFD }
                    else { for k in 1..<length { value = (value << 6) | UInt32(bytes[index + k] & 0x3F) } }
                }
            }
            let isWordScalar = asciiClass == 4 ? TextFolding.isWord(value) : asciiClass != 0
            if isWordScalar {
                if !inWord {
                    if !words.isEmpty {
                        // "Vilayat Khorasan – the Islamic State's affiliate – in Russia", "the group—which ...—said":
                        // a spaced dash, or an em dash, sets an aside off as a comma does.
                        if emDash || (enDash || spacedHyphen) && gapCount >= 2 { gap.insert(.comma) }
                        words[words.count - 1].gapAfter = gap
                        words[words.count - 1].gapCode = code(gapCount, gap0, gap1)
                    }
                    current = Word(start: scalarIndex, end: scalarIndex, utf8Start: Int32(index), utf8End: Int32(index),
                                   hash: TextFolding.hashSeed, letters: 0, shape: [], gapCode: .none, gapAfter: [])
                    if asciiClass == 2 || (asciiClass == 4 && TextFolding.isUpper(value)) { current.shape.insert(.firstUpper) }
                    inWord = true
                }
                switch asciiClass {
                case 1:
                    current.hash = TextFolding.hash(current.hash, value)
                    current.letters += 1
                    current.shape.insert(.hasLower)
                    // The rest of a run of lowercase ASCII letters, most of a text's bytes, in a loop of its own:
                    // each is one scalar, hashed and counted as above.
                    var next = index + 1
                    while next < count && bytes[next] &- 0x61 < 26 {
                        current.hash = TextFolding.hash(current.hash, UInt32(bytes[next]))
                        next += 1
                    }
                    let more = next - index - 1
                    current.letters += Int32(more)
                    scalarIndex += Int32(more)
                    index += more
                case 2:
                    current.hash = TextFolding.hash(current.hash, value + 0x20)
                    current.letters += 1
                    current.shape.insert(.hasUpper)
                case 3:
                    current.hash = TextFolding.hash(current.hash, value)
                    current.letters += 1
                    current.shape.insert(.hasDigit)
                default:
                    let folded = TextFolding.fold(value)
                    if folded != 0 {
                        current.hash = TextFolding.hash(current.hash, folded)
                        current.letters += 1
                    }
                    if TextFolding.isUpper(value) {
                        current.shape.insert(.hasUpper)
                    } else if TextFolding.isLower(value) {
                        current.shape.insert(.hasLower)
                    }
                }
            } else if lead == 0x26, !inWord, !words.isEmpty, index + 1 < count, bytes[index - 1] == 0x20, bytes[index + 1] == 0x20 {
                // "Jammu & Kashmir", "Trinidad & Tobago": an ampersand between spaces is the word "and", so that a
                // name written with it is the name written with "and", and "A & B" is a list.
                words[words.count - 1].gapAfter = gap
                words[words.count - 1].gapCode = code(gapCount, gap0, gap1)
                words.append(Word(start: scalarIndex, end: scalarIndex + 1, utf8Start: Int32(index), utf8End: Int32(index + 1),
                                  hash: Self.andHash, letters: 3, shape: [.hasLower], gapCode: .none, gapAfter: []))
                gap = []
                gapCount = 0
                emDash = false
                enDash = false
                spacedHyphen = false
            } else {
                if inWord {
                    current.end = scalarIndex
                    current.utf8End = Int32(index)
                    words.append(current)
                    inWord = false
                    gap = []
                    gapCount = 0
                    emDash = false
                    enDash = false
                    spacedHyphen = false
                }
                let folded = asciiClass == 0 ? value : TextFolding.fold(value)
                gapCount += 1
                if gapCount == 1 {
                    gap0 = folded
                    if folded == 0x2E { gap.insert(.periodFirst) }
                } else if gapCount == 2 {
                    gap1 = folded
                }
                gap.insert(classify(folded))
                if value == 0x2014 { emDash = true } else if value == 0x2013 { enDash = true }
                // " - " with a space before it: a dash typed as a hyphen ("the four attackers - A, B and C - were").
                if value == 0x2D && gapCount >= 2 && gap0 == 0x20 { spacedHyphen = true }
            }
            index += length
            scalarIndex += 1
        }
        if inWord {
            current.end = scalarIndex
            current.utf8End = Int32(count)
            words.append(current)
        } else if !words.isEmpty {
            // "... Peace Studies (PIPS)." at the very end: the last word's gap is what the text ends with.
            words[words.count - 1].gapAfter = gap
            words[words.count - 1].gapCode = code(gapCount, gap0, gap1)
        }
        return words
    }

    @inline(__always)
    private static func code(_ count: Int, _ first: UInt32, _ second: UInt32) -> Word.GapCode {
        if count == 1 {
            switch first {
            case 0x20, 0x2D, 0x09, 0x0A: return .space
            case 0x2E: return .period
            case 0x27: return .apostrophe
            default: return .none
            }
        }
        if count == 2 && first == 0x2E && second == 0x20 { return .periodSpace }
        // "Kurdistan Workers' Party": a plural's apostrophe inside a name joins its words as a space does.
        if count == 2 && first == 0x27 && second == 0x20 { return .space }
        return .none
    }

    @inline(__always)
    private static func classify(_ folded: UInt32) -> Word.Gap {
        switch folded {
        case 0x20, 0x09, 0x0D: return []
        case 0x0A: return .newline
        case 0x2C: return .comma
        case 0x3B: return .semicolon
        case 0x3A: return .colon
        case 0x28, 0x5B: return .openParen
        case 0x29, 0x5D: return .closeParen
        case 0x2E: return .period
        case 0x27: return .apostrophe
        case 0x2D: return .hyphen
        case 0x22, 0x201C, 0x201D, 0xAB, 0xBB: return .quote
        case 0x21, 0x3F, 0x2026: return .stop
        default: return .other
        }
    }
}
