import Testing
@testable import EventModel

/// A mention's words compared with its entity's folded name without folding them into a string.
@Suite("Folded comparison")
struct TextFoldingTests {
    /// What `folds(_:to:droppingPossessive:)` must answer: the folded text, less a final "'s", compared as strings.
    private func expected(_ text: String, _ key: String) -> Bool {
        var written = TextFolding.key(text)
        if written.hasSuffix("'s") { written.removeLast(2) }
        return written == key
    }

    @Test("a name written as the entity's name, in any case, accents, apostrophe or spacing, is its name",
          arguments: [
              ("Russia", "russia"), ("RUSSIA’s", "russia"), ("Russia's", "russia"), ("Tājikistan", "tajikistan"),
              ("Islamic  State", "islamic state"), (" Islamic\nState ", "islamic state"), ("Côte d’Ivoire", "cote d'ivoire"),
          ])
    func sameName(_ text: String, _ key: String) {
        #expect(TextFolding.folds(text, to: key, droppingPossessive: true))
        #expect(expected(text, key))
    }

    @Test("another form of the name is not its name",
          arguments: [
              ("Russian", "russia"), ("U.S.", "united states"), ("Russias", "russia"), ("Russia's", "russia's"),
              ("'s", "s"), ("s", ""), ("", "russia"), ("Islamic-State", "islamic state"),
          ])
    func otherForm(_ text: String, _ key: String) {
        #expect(!TextFolding.folds(text, to: key, droppingPossessive: true))
        #expect(!expected(text, key))
    }

    @Test("the answer is the strings' comparison for texts and names outside ASCII too",
          arguments: [
              "Москва", "москва’s", "Москва", "Zürich", "Ελλάδα", "Al\u{2011}Shabaab", "A\u{37E}", "s\u{200D}", "O'Neil’s", "",
          ])
    func asStrings(_ text: String) {
        for key in ["москва", "zurich", "ελλαδα", "al-shabaab", "a;", "a\u{37E}", "s\u{200D}", "o'neil", ""] {
            #expect(TextFolding.folds(text, to: key, droppingPossessive: true) == expected(text, key), "\(text) against \(key)")
        }
    }

    @Test("without the possessive dropped, a final 's counts")
    func possessiveKept() {
        #expect(TextFolding.folds("Russia's", to: "russia's", droppingPossessive: false))
        #expect(!TextFolding.folds("Russia's", to: "russia", droppingPossessive: false))
    }
}
