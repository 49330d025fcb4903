/// Text that is safe to put on a terminal: every control character, escape sequence and bidi
/// override of the original is replaced by a visible placeholder.
///
/// The only way to draw text is through this type, so article text cannot reach the terminal raw.
/// ```swift
/// let title = DisplayText(article.title)   // "\u{1B}]0;pwned\u{7}" shows as "␛]0;pwned␇"
/// ```
public struct DisplayText: Sendable, Hashable, ExpressibleByStringLiteral {
    /// Grapheme clusters, each safe to print, and their widths in cells.
    public private(set) var characters: [Character]

    public init(_ untrusted: String) {
        var out: [Character] = []
        out.reserveCapacity(untrusted.count)
        for character in untrusted {
            out.append(Self.safe(character))
        }
        characters = out
    }

    public init(stringLiteral value: String) { self.init(value) }

    public var string: String { String(characters) }
    public var width: Int { characters.reduce(0) { $0 + CellWidth.of($1) } }
    public var isEmpty: Bool { characters.isEmpty }

    public static func + (a: DisplayText, b: DisplayText) -> DisplayText {
        var joined = a
        joined.characters += b.characters
        return joined
    }

    /// The visible stand-in for a character that must not reach the terminal.
    static func safe(_ character: Character) -> Character {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return character }
        if let placeholder = placeholder(for: first) { return placeholder }
        // A grapheme may hide a control or bidi scalar after its base (e.g. "a\u{202E}").
        if scalars.count > 1 && scalars.dropFirst().contains(where: { placeholder(for: $0) != nil }) {
            return placeholder(for: scalars.first { placeholder(for: $0) != nil }!) ?? "\u{FFFD}"
        }
        return character
    }

    private static func placeholder(for scalar: Unicode.Scalar) -> Character? {
        switch scalar.value {
        case 0x00...0x1F:
            // U+2400 block: ␀ ␁ ... ␛ ... ␟, which a terminal prints as one visible cell.
            return Character(Unicode.Scalar(0x2400 + scalar.value)!)
        case 0x7F: return "\u{2421}"  // ␡
        case 0x80...0x9F: return "\u{FFFD}"  // C1 controls (CSI, OSC...) in their 8-bit form
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C: return "\u{FFFD}"  // bidi controls
        case 0x2028, 0x2029: return "\u{21B5}"  // line and paragraph separators
        default: return nil
        }
    }
}
