import Testing
@testable import EventModel

/// What separates two words, as the patterns read it.
@Suite("Word gaps")
struct WordScannerTests {
    /// The gap after the word `word` of `text`.
    private func gap(after word: String, in text: String) -> Word.Gap? {
        let words = WordScanner.scan(text)
        return words.first { WordScanner.slice(text, utf8: $0.utf8Start, $0.utf8End) == word }?.gapAfter
    }

    @Test("a spaced dash, an em dash or a hyphen typed with spaces sets an aside off as a comma does")
    func dashesAsCommas() {
        #expect(gap(after: "Khorasan", in: "cells of Vilayat Khorasan – the affiliate – in Russia")?.contains(.comma) == true)
        #expect(gap(after: "group", in: "the group—which denied it—said")?.contains(.comma) == true)
        #expect(gap(after: "attack", in: "perpetrators of the attack - A, B and C - to life")?.contains(.comma) == true)
    }

    @Test("a dash or a hyphen inside a word or a range joins, and is no comma")
    func joiningDashes() {
        #expect(gap(after: "Srinagar", in: "the Srinagar–Jammu highway")?.contains(.comma) == false)
        #expect(gap(after: "2004", in: "pre 2004-05 years")?.contains(.comma) == false)
        #expect(gap(after: "Iran", in: "the Iran-backed group")?.contains(.comma) == false)
        #expect(gap(after: "Reuters", in: "MOSCOW (Reuters) - Talks ended")?.contains(.closeParen) == true)
    }
}
