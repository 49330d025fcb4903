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

    /// Sanitises `untrusted`: each grapheme that holds a control, escape or bidi character is
    /// split into its scalars and those are replaced, so nothing around them is lost either.
    public init(_ untrusted: String) {
        var out: [Character] = []
        out.reserveCapacity(untrusted.utf8.count)
        for character in untrusted {
            guard character.unicodeScalars.contains(where: { Self.placeholder(for: $0) != nil }) else {
                out.append(character)
                continue
            }
            for scalar in character.unicodeScalars {
                out.append(Self.placeholder(for: scalar) ?? Character(scalar))
            }
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

    /// The visible stand-in for a scalar that must not reach the terminal, nil for one that may.
    static func placeholder(for scalar: Unicode.Scalar) -> Character? {
        switch scalar.value {
        case 0x00...0x1F:
            // U+2400 block: ␀ ␁ ... ␛ ... ␟, which a terminal prints as one visible cell. ESC
            // becomes ␛, so "\e]0;title\a" (OSC 0, the window title) shows as "␛]0;title␇".
            return Character(Unicode.Scalar(0x2400 + scalar.value) ?? "\u{FFFD}")
        case 0x7F: return "\u{2421}"  // ␡
        case 0x80...0x9F: return "\u{FFFD}"  // C1 controls: CSI, OSC, DCS... in their 8-bit form
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
            return "\u{FFFD}"  // bidi marks, embeddings, overrides and isolates: they reorder what follows
        case 0x2028, 0x2029: return "\u{21B5}"  // line and paragraph separators: ↵
        case 0xFFF9...0xFFFB: return "\u{FFFD}"  // interlinear annotation: hides text in some renderers
        default: return nil
        }
    }
}
