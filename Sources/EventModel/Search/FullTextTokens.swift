/// Words cut and folded as the index's full-text tables cut them (SQLite FTS5's `unicode61` tokenizer
/// with `remove_diacritics 2`): runs of letters, digits and private-use characters, lowercased and
/// without diacritics. The memory store searches these, so that a word matches in it exactly where
/// it matches in the index.
enum FullTextTokens {
    static func tokens(_ text: String) -> [String] {
        var out: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isTokenScalar(scalar) {
                let folded = TextFolding.fold(scalar.value)
                if folded != 0, let kept = Unicode.Scalar(folded) { current.append(kept) }
            } else if !current.isEmpty {
                out.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { out.append(String(current)) }
        return out
    }

    /// unicode61's default token characters: the general categories L*, N* and Co.
    private static func isTokenScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) || (value >= 0x30 && value <= 0x39)
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber, .privateUse:
            return true
        default:
            return false
        }
    }
}
