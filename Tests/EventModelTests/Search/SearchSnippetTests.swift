import EventModel
import Testing

@Suite("Search snippets")
struct SearchSnippetTests {
    private let filler = String(repeating: "Boats stayed in port while the storm passed over the bay. ", count: 40_000)

    @Test("a snippet of a 2 MB article reads no further than its excerpt")
    func longArticle() throws {
        let text = "The harbour master said the quay was damaged. " + filler
        #expect(text.unicodeScalars.count > 2_000_000)
        let snippet = SearchSnippet(text, terms: [SearchTerm("quay")])
        #expect(snippet.scannedScalars < 400)
        #expect(snippet.text.hasPrefix("The harbour master"))
        #expect(snippet.text.hasSuffix("\u{2026}"))
        let marked = snippet.highlights.map { String(String.UnicodeScalarView(Array(snippet.text.unicodeScalars)[$0.start..<$0.end])) }
        #expect(marked == ["quay"])
    }

    @Test("a word found on every line costs the same as one found once")
    func everywhere() throws {
        let once = SearchSnippet("Storms. " + filler, terms: [SearchTerm("storm")])
        let twice = SearchSnippet(filler + filler, terms: [SearchTerm("storm")])
        #expect(twice.scannedScalars < 400)
        #expect(once.scannedScalars < 400)
        #expect(twice.highlights.count >= 1)
    }

    @Test("phrases, prefixes and accents match as the index does")
    func forms() throws {
        let text = "Near the Crocus City Hall, the CAFÉ owner attacked nobody."
        let phrase = SearchSnippet(text, terms: [SearchTerm("city hall", form: .phrase)])
        #expect(phrase.highlights == [TextSpan(start: 16, end: 25)])
        let prefix = SearchSnippet(text, terms: [SearchTerm("attack", form: .prefix)])
        #expect(prefix.highlights == [TextSpan(start: 42, end: 50)])
        let folded = SearchSnippet(text, terms: [SearchTerm("cafe")])
        #expect(folded.highlights == [TextSpan(start: 31, end: 35)])
    }

    @Test("text where nothing matches shows its start")
    func noMatch() {
        let snippet = SearchSnippet("One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty 21 22 23 24 25 26 27", terms: [SearchTerm("absent")])
        #expect(snippet.text.hasPrefix("One two"))
        #expect(snippet.text.hasSuffix("\u{2026}"))
        #expect(snippet.highlights.isEmpty)
    }
}
