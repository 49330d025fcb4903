import Foundation

/// Case, diacritic and apostrophe folding of single Unicode scalars, so that "Tajikistan’s",
/// "TAJIKISTAN's" and "Tājikistan's" compare equal scalar by scalar and offsets stay exact.
public enum TextFolding {
    /// The folded apostrophe: curly quotes, modifier letters and the backtick all fold to it.
    static let apostrophe: UInt32 = 0x27
    static let hyphen: UInt32 = 0x2D
    static let space: UInt32 = 0x20

    /// Folding of U+0080..<U+0530 (Latin-1, Latin Extended, IPA, Greek, Cyrillic), computed once.
    private static let table: [UInt32] = {
        var table = [UInt32](repeating: 0, count: 0x530)
        for value in 0x80..<0x530 {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            table[value] = slowFold(scalar)
        }
        return table
    }()

    /// Word characters among U+0080..<U+0530, computed once.
    private static let wordTable: [Bool] = {
        var table = [Bool](repeating: false, count: 0x530)
        for value in 0x80..<0x530 {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            table[value] = slowIsWord(scalar)
        }
        return table
    }()

    /// The folded form of a scalar; 0 for a combining mark, which folding drops.
    @inline(__always)
    static func fold(_ value: UInt32) -> UInt32 {
        if value < 0x80 {
            return (value >= 0x41 && value <= 0x5A) ? value + 0x20 : value
        }
        if value < 0x530 { return table[Int(value)] }
        switch value {
        case 0x2018, 0x2019, 0x201B, 0x2032: return apostrophe
        case 0x2010...0x2015, 0x2212: return hyphen
        case 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return space
        case 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F: return 0
        case 0x2016...0x206F, 0x2070...0x2BFF: return value
        default:
            guard let scalar = Unicode.Scalar(value) else { return value }
            return slowFold(scalar)
        }
    }

    /// Letters, digits and combining marks: what words are made of.
    @inline(__always)
    static func isWord(_ value: UInt32) -> Bool {
        if value < 0x80 {
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) || (value >= 0x30 && value <= 0x39)
        }
        if value < 0x530 { return wordTable[Int(value)] }
        // General punctuation, quotes and dashes: the common non-ASCII separators of news text.
        if value >= 0x2000 && value <= 0x206F { return false }
        guard let scalar = Unicode.Scalar(value) else { return false }
        return slowIsWord(scalar)
    }

    /// True for an uppercase or titlecase letter.
    @inline(__always)
    static func isUpper(_ value: UInt32) -> Bool {
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        guard let scalar = Unicode.Scalar(value) else { return false }
        return scalar.properties.isUppercase || scalar.properties.generalCategory == .titlecaseLetter
    }

    @inline(__always)
    static func isLower(_ value: UInt32) -> Bool {
        if value < 0x80 { return value >= 0x61 && value <= 0x7A }
        guard let scalar = Unicode.Scalar(value) else { return false }
        return scalar.properties.isLowercase
    }

    private static func slowFold(_ scalar: Unicode.Scalar) -> UInt32 {
        switch scalar.value {
        case 0x2BB, 0x2BC, 0x2BD, 0xB4, 0x60: return apostrophe
        case 0xA0: return space
        case 0xAD: return 0
        default: break
        }
        if scalar.properties.generalCategory == .nonspacingMark { return 0 }
        let folded = String(scalar).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return folded.unicodeScalars.first?.value ?? scalar.value
    }

    private static func slowIsWord(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .decimalNumber, .nonspacingMark, .spacingMark: return true
        default: return false
        }
    }

    // MARK: - Hashing

    static let hashSeed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// FNV-1a step over one folded scalar.
    @inline(__always)
    static func hash(_ state: UInt64, _ folded: UInt32) -> UInt64 {
        (state ^ UInt64(folded)) &* 0x0000_0100_0000_01B3
    }

    /// The folded hash of a word, as ``WordScanner`` computes it for the text's words.
    static func wordHash(_ word: String) -> UInt64 {
        var state = hashSeed
        for scalar in word.unicodeScalars {
            let folded = fold(scalar.value)
            if folded != 0 { state = hash(state, folded) }
        }
        return state
    }

    /// The name with its German umlauts and sharp s spelled out ("Wüst" -> "Wuest", "Söder" -> "Soeder"),
    /// or nil when it has none: the spelling of the same name in text typed without them.
    static func umlautsSpelledOut(_ name: String) -> String? {
        guard name.unicodeScalars.contains(where: { umlautSpellings[$0] != nil }) else { return nil }
        var out = String.UnicodeScalarView()
        for scalar in name.unicodeScalars {
            if let spelled = umlautSpellings[scalar] { out.append(contentsOf: spelled.unicodeScalars) } else { out.append(scalar) }
        }
        return String(out)
    }

    /// A folded word with "y" and "i" one letter, as transliterations from Cyrillic and Armenian write
    /// them either way ("Sergey" and "Sergei", "Pashinyan" and "Pashinian", "Zelenskyy" and "Zelensky").
    static func transliterationKey(_ key: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in key.unicodeScalars {
            let letter: Unicode.Scalar = scalar == "y" ? "i" : scalar
            if letter == "i", out.last == "i" { continue }
            out.append(letter)
        }
        return String(out)
    }

    private static let umlautSpellings: [Unicode.Scalar: String] = [
        "ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss",
    ]

    /// The folded form of a whole string: lowercase, no diacritics, straight apostrophes, single
    /// spaces. The key of every alias table, in the catalog and in the index.
    public static func key(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        forEachKeyScalar(of: text) { folded in
            if folded < 0x80 {
                out.append(UInt8(folded))
            } else if let scalar = Unicode.Scalar(folded) {
                out.append(contentsOf: UTF8.encode(scalar).map { Array($0) } ?? [])
            }
            return true
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The scalars ``key(_:)`` is made of, in order: each folded, marks dropped, a run of spaces one space
    /// between words and none at either end. `body` returns false to stop.
    @inline(__always)
    private static func forEachKeyScalar(of text: String, _ body: (UInt32) -> Bool) {
        var pendingSpace = false
        var started = false
        for scalar in text.unicodeScalars {
            let folded = fold(scalar.value)
            if folded == 0 { continue }
            if folded == space || folded == 0x09 || folded == 0x0A || folded == 0x0D {
                pendingSpace = started
                continue
            }
            if pendingSpace && !body(space) { return }
            pendingSpace = false
            started = true
            if !body(folded) { return }
        }
    }

    /// Whether `key(text)`, less a final "'s" when `droppingPossessive`, equals `key`, as comparing the
    /// strings says: the extractor asks it of mentions, and building the folded text was most of the
    /// cost. A text that folds to ASCII against an ASCII key is compared byte by byte in a buffer on the
    /// stack; anything else (where characters and canonical equivalence may differ from bytes) as strings.
    static func folds(_ text: String, to key: String, droppingPossessive: Bool) -> Bool {
        let answer = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, text.utf8.count)) { buffer -> Bool? in
            // Each byte written stands for at least one scalar of the text: the buffer is large enough.
            var length = 0
            var ascii = true
            forEachKeyScalar(of: text) { folded in
                guard folded < 0x80 else {
                    ascii = false
                    return false
                }
                buffer[length] = UInt8(folded)
                length += 1
                return true
            }
            guard ascii else { return nil }
            if droppingPossessive && length >= 2 && buffer[length - 2] == UInt8(apostrophe) && buffer[length - 1] == UInt8(ascii: "s") {
                length -= 2
            }
            let written = UnsafeBufferPointer(rebasing: buffer[..<length])
            if key.utf8.elementsEqual(written) { return true }
            return key.utf8.allSatisfy { $0 < 0x80 } ? false : nil
        }
        if let answer { return answer }
        var written = Self.key(text)
        if droppingPossessive && written.hasSuffix("'s") { written.removeLast(2) }
        return written == key
    }

    /// Folded scalars of a word, for edit distances.
    static func foldedScalars(_ text: Substring.UnicodeScalarView) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(text.count)
        for scalar in text {
            let folded = fold(scalar.value)
            if folded != 0 { out.append(folded) }
        }
        return out
    }
}
