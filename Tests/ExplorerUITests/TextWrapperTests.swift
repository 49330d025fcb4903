import TerminalCore
import Testing
@testable import ExplorerUI

@Suite("Word wrap")
struct TextWrapperTests {
    func wrap(_ text: String, _ width: Int) -> [String] {
        TextWrapper.wrap(TextWrapper.atoms(DisplayText(text)), width: width).map { String($0.map(\.character)) }
    }

    @Test("words wrap at spaces within the width")
    func words() {
        #expect(wrap("the quick brown fox jumps", 10) == ["the quick", "brown fox", "jumps"])
    }

    @Test("a word longer than the line is broken")
    func longWord() {
        #expect(wrap("abcdefghijkl xy", 5) == ["abcde", "fghij", "kl xy"])
    }

    @Test("wide characters count two cells and are never split")
    func wide() {
        #expect(wrap("港口火灾报告", 5) == ["港口", "火灾", "报告"])
        #expect(wrap("ab港口", 3) == ["ab", "港", "口"])
    }

    @Test("combining marks stay on their letter and take no cell")
    func combining() {
        #expect(wrap("e\u{301}e\u{301}e\u{301} abc", 3) == ["e\u{301}e\u{301}e\u{301}", "abc"])
    }
}

@Suite("Article text to atoms")
struct ArticleAtomTests {
    func shown(_ text: String) -> String {
        String(TextWrapper.atoms(untrusted: text, role: .plain, offset: 0).map(\.character))
    }

    @Test("line breaks and tabs inside a paragraph read as spaces")
    func proseSpaces() {
        #expect(shown("one\ntwo\r\nthree\tfour") == "one two three four")
    }

    @Test("a control hidden inside a grapheme shows as a placeholder and nothing after it is lost")
    func hiddenControl() {
        let text = shown("a\u{202E}bc \u{1B}[2J end")
        #expect(text.hasSuffix("bc ␛[2J end"))
        #expect(!text.unicodeScalars.contains { $0.value == 0x202E || $0.value == 0x1B })
    }

    @Test("offsets follow the article's scalars through placeholders and wide characters")
    func offsets() {
        let atoms = TextWrapper.atoms(untrusted: "港\u{1B}x", role: .plain, offset: 10)
        #expect(atoms.map(\.offset) == [10, 11, 12])
        #expect(atoms.map(\.width) == [2, 1, 1])
    }
}
