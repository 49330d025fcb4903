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
