import Testing
import TerminalCore

@Suite("Widths in terminal cells")
struct CellWidthTests {
    @Test("ASCII letters, digits and punctuation take one cell each")
    func ascii() {
        #expect(CellWidth.of("Crocus City Hall, 22 March") == 26)
    }

    @Test("CJK, kana, Hangul and fullwidth forms take two cells", arguments: ["日", "本", "テ", "ひ", "한", "Ａ", "。"] as [Character])
    func wide(character: Character) {
        #expect(CellWidth.of(character) == 2)
    }

    @Test("a letter with combining accents takes one cell")
    func combining() {
        #expect(CellWidth.of("e\u{301}" as Character) == 1)
        #expect(CellWidth.of("a\u{308}\u{323}" as Character) == 1)
        #expect(CellWidth.of("cafe\u{301}") == 4)
    }

    @Test("emoji take two cells, a text-style symbol one unless VS16 asks for emoji style")
    func emoji() {
        #expect(CellWidth.of("👍" as Character) == 2)
        #expect(CellWidth.of("🚀" as Character) == 2)
        #expect(CellWidth.of("\u{2764}" as Character) == 1)
        #expect(CellWidth.of("\u{2764}\u{FE0F}" as Character) == 2)
        #expect(CellWidth.of("👍🏽" as Character) == 2)
        #expect(CellWidth.of("🇫🇷" as Character) == 2)
    }

    @Test("a zero-width-joiner sequence takes the width of one emoji")
    func joinerSequences() {
        #expect(CellWidth.of("👩\u{200D}💻" as Character) == 2)
        #expect(CellWidth.of("👨\u{200D}👩\u{200D}👧\u{200D}👦" as Character) == 2)
        #expect(CellWidth.of("a👩\u{200D}💻b") == 4)
    }

    @Test("invisible format characters take no cell, the soft hyphen and Arabic number signs one")
    func formatCharacters() {
        #expect(CellWidth.of("\u{200B}" as Unicode.Scalar) == 0)
        #expect(CellWidth.of("\u{FEFF}" as Unicode.Scalar) == 0)
        #expect(CellWidth.of("\u{00AD}" as Unicode.Scalar) == 1)
        #expect(CellWidth.of("\u{0600}" as Unicode.Scalar) == 1)
    }

    @Test("mixed text adds up cell by cell")
    func mixed() {
        #expect(CellWidth.of("日本語abc") == 9)
        #expect(CellWidth.of("Москва 東京") == 11)
        #expect(CellWidth.of("") == 0)
    }
}
