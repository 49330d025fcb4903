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

    @Test("an ampersand between spaces is the word 'and'; one inside a word is no word")
    func ampersands() {
        let text = "Jammu & Kashmir and AT&T"
        let words = WordScanner.scan(text)
        #expect(words.map { WordScanner.slice(text, utf8: $0.utf8Start, $0.utf8End) } == ["Jammu", "&", "Kashmir", "and", "AT", "T"])
        #expect(words[1].hash == TextFolding.wordHash("and") && words[1].isLowercase)
        #expect(words[0].gapCode == .space && words[1].gapCode == .space)
    }

    @Test("a dash or a hyphen inside a word or a range joins, and is no comma")
    func joiningDashes() {
        #expect(gap(after: "Srinagar", in: "the Srinagar–Jammu highway")?.contains(.comma) == false)
        #expect(gap(after: "2004", in: "pre 2004-05 years")?.contains(.comma) == false)
        #expect(gap(after: "Iran", in: "the Iran-backed group")?.contains(.comma) == false)
        #expect(gap(after: "Reuters", in: "MOSCOW (Reuters) - Talks ended")?.contains(.closeParen) == true)
    }
}

/// Each word as the scanner gives it, against what the word's own text says it is.
@Suite("Word scanning")
struct WordScanningTests {
    @Test("hash, letters and both offsets of each word agree with its text", arguments: [
        "the minister said on monday that the talks had ended",
        "Velmorian Interior Minister Ana Kell said 42 people died in Rask.",
        "a dépôt near Zürich, the café's owner — ABCdef x1y2 naïve résumé…",
        "words\nacross\tlines and\u{301} marks, e\u{301}t\u{e9} – ok",
        "trailing lowercase run",
        "ÉLAN élan Élan",
    ])
    func words(text: String) {
        let words = WordScanner.scan(text)
        #expect(!words.isEmpty)
        let scalars = Array(text.unicodeScalars)
        for word in words {
            let written = WordScanner.slice(text, utf8: word.utf8Start, word.utf8End)
            #expect(word.hash == TextFolding.wordHash(written), "\(written)")
            #expect(Int(word.letters) == written.unicodeScalars.filter { TextFolding.fold($0.value) != 0 }.count, "\(written)")
            #expect(String(String.UnicodeScalarView(scalars[Int(word.start)..<Int(word.end)])) == written, "\(written)")
        }
    }
}
