import Testing
import TerminalCore

/// True when `text` holds nothing a terminal would act on: no C0 or C1 control, no DEL, no bidi
/// control.
func isInert(_ text: String) -> Bool {
    !text.unicodeScalars.contains { scalar in
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}

@Suite("Untrusted text made safe to display")
struct DisplayTextTests {
    @Test("ordinary text, accents, CJK and emoji pass through unchanged")
    func ordinaryText() {
        let text = "Tajik suspects, café, 東京, 👩\u{200D}💻 — “quoted”"
        #expect(DisplayText(text).string == text)
    }

    @Test("every C0 control shows as its Control Pictures symbol")
    func c0Controls() {
        for value in UInt32(0)...0x1F {
            guard let scalar = Unicode.Scalar(value), let picture = Unicode.Scalar(0x2400 + value) else { continue }
            let shown = DisplayText("a\(Character(scalar))b").string
            #expect(shown == "a\(Character(picture))b", "U+\(String(value, radix: 16))")
        }
    }

    @Test("DEL shows as ␡ and every C1 control as a replacement character")
    func delAndC1() {
        #expect(DisplayText("x\u{7F}y").string == "x␡y")
        for value in UInt32(0x80)...0x9F {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(DisplayText("a\(Character(scalar))b").string == "a\u{FFFD}b", "U+\(String(value, radix: 16))")
        }
    }

    @Test("a window title sequence (OSC 0 and OSC 2) is shown, not obeyed")
    func windowTitle() {
        #expect(DisplayText("\u{1B}]0;owned\u{7}title").string == "␛]0;owned␇title")
        #expect(DisplayText("\u{1B}]2;owned\u{1B}\\title").string == "␛]2;owned␛\\title")
        #expect(DisplayText("\u{9D}0;owned\u{9C}").string == "\u{FFFD}0;owned\u{FFFD}")
    }

    @Test("a clipboard write (OSC 52) and other escape sequences are shown, not obeyed")
    func clipboardAndEscapes() {
        let hostile = "\u{1B}]52;c;cm0gLXJmIH4=\u{7}\u{1B}[2J\u{1B}[31mred\u{1B}P1$qm\u{1B}\\\u{1B}_apc\u{1B}\\\u{9B}6n"
        let shown = DisplayText(hostile).string
        #expect(isInert(shown))
        #expect(shown.hasPrefix("␛]52;c;cm0gLXJmIH4=␇␛[2J␛[31mred"))
    }

    @Test("bidi overrides, embeddings, isolates and marks are replaced", arguments: [
        "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}", "\u{2066}", "\u{2067}", "\u{2068}",
        "\u{2069}", "\u{200E}", "\u{200F}", "\u{061C}",
    ])
    func bidiControls(control: String) {
        #expect(DisplayText("abc\(control)def").string == "abc\u{FFFD}def")
    }

    @Test("CR LF, one grapheme, shows both halves")
    func crlf() {
        #expect(DisplayText("one\r\ntwo").string == "one␍␊two")
    }

    @Test("line and paragraph separators show as ↵")
    func separators() {
        #expect(DisplayText("a\u{2028}b\u{2029}c").string == "a↵b↵c")
    }

    @Test("no scalar of the Basic Multilingual Plane gets through raw")
    func wholePlane() {
        var all = ""
        for value in UInt32(0)...0xFFFF {
            if let scalar = Unicode.Scalar(value) { all.unicodeScalars.append(scalar) }
        }
        #expect(isInert(DisplayText(all).string))
    }

    @Test("bytes of any kind, decoded leniently, come out inert")
    func arbitraryBytes() {
        var generator = SplitMix(seed: 4)
        for _ in 0..<200 {
            let bytes = (0..<64).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            #expect(isInert(DisplayText(String(decoding: bytes, as: UTF8.self)).string))
        }
    }

    @Test("joining keeps both parts, and width counts cells")
    func joinAndWidth() {
        let joined = DisplayText("日本") + DisplayText("\u{1B}x")
        #expect(joined.string == "日本␛x")
        #expect(joined.width == 6)
        #expect(DisplayText("").isEmpty)
    }
}

/// A small deterministic generator, so a failing case can be replayed.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
