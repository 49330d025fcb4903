/// How many terminal cells a character takes: 0 for combining marks, 2 for wide (East Asian)
/// ones and emoji, 1 for the rest.
///
/// The widths follow what terminals do, which is what the C library's `wcwidth` says: East Asian
/// Wide and Fullwidth characters and emoji with emoji presentation take two cells, marks and most
/// format characters none. A grapheme takes its base character's width, except that a text-style
/// emoji made emoji-style by VS16 (U+FE0F) takes two. A zero-width-joiner sequence (👩‍💻)
/// takes its first emoji's width: terminals that do not join it would draw each part.
public enum CellWidth {
    /// The cells `character` takes.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if scalars.count > 1 && first.properties.isEmoji && scalars.contains("\u{FE0F}") { return 2 }
        return of(first)
    }

    /// The cells `scalar` takes on its own.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value == 0 { return 0 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark:
            return 0
        case .format:
            // Prepended concatenation marks (Arabic number signs) and the soft hyphen are visible.
            return isVisibleFormat(value) ? 1 : 0
        default:
            break
        }
        // Hangul medial vowels and final consonants join the syllable before them.
        if (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value) { return 0 }
        return isWide(scalar) ? 2 : 1
    }

    /// The cells `text` takes, grapheme by grapheme.
    public static func of(_ text: String) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    private static func isVisibleFormat(_ v: UInt32) -> Bool {
        switch v {
        case 0x00AD, 0x0600...0x0605, 0x06DD, 0x070F, 0x0890...0x0891, 0x08E2, 0x110BD, 0x110CD: return true
        default: return false
        }
    }

    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.properties.isEmojiPresentation { return true }
        switch scalar.value {
        case 0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
             0x4DC0...0x4DFF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
             0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x16FE0...0x16FE4, 0x16FF0...0x16FF1, 0x17000...0x18CFF, 0x18D00...0x18D08,
             0x1AFF0...0x1AFFF, 0x1B000...0x1B2FF, 0x1F200...0x1F202, 0x1F210...0x1F23B,
             0x1F240...0x1F248, 0x1F250...0x1F251, 0x1F260...0x1F265,
             0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
