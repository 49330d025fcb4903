import EventModel
import ExplorerUI
import TerminalCore
import Testing

/// A saved page's "Related" list gives links whose words are not in the body: the reader lists them
/// after it, where Tab reaches them.
@Suite("Related links in the reader")
struct RelatedLinksTests {
    /// A page with a related list of two: one to a page of the folder, one to a page that is not in it
    /// (its title carries an escape sequence, as a hostile page's might).
    private static func harness() -> Harness {
        var page = Fixture.article(id: "quay-fire", title: "Fire on the quay", date: "2025-05-02",
                                   paragraphs: ["Crews fought a fire on the quay until dawn."])
        let end = page.text.unicodeScalars.count
        page.links = [
            ReadMoreLink(title: "Crews praised", line: 9, span: TextSpan(start: end, end: end), target: "crews-praised",
                         url: "https://example.org/crews-praised"),
            ReadMoreLink(title: "Quay \u{1B}[2Jclosed", line: 10, span: TextSpan(start: end, end: end), url: "https://example.org/quay-closed"),
        ]
        let other = Fixture.article(id: "crews-praised", title: "Crews praised", date: "2025-05-01", paragraphs: ["The crews were praised."])
        var h = Harness(store: MemoryCorpusStore(Corpus(root: "related", articles: [page, other])))
        h.press(.enter)
        return h
    }

    @Test("the links of a Related list are listed after the body, an unresolved one said to be missing")
    func listedAfterBody() throws {
        let h = Self.harness()
        #expect(h.lines[0] == "Fire on the quay")
        let heading = try #require(h.row(containing: "Related"))
        #expect(heading > (h.row(containing: "Crews fought a fire") ?? Int.max))
        #expect(h.lines[heading + 1].contains("→ Crews praised"))
        #expect(h.lines[heading + 2].contains("(not in corpus)"))
        #expect(!h.screen.text.contains("\u{1B}"))
    }

    @Test("Tab reaches a related link and Enter follows it")
    func tabAndFollow() {
        var h = Self.harness()
        h.press(.tab)
        #expect(h.isHighlighted("Crews praised"))
        h.press(.enter)
        #expect(h.lines[0] == "Crews praised")
        h.press(.backspace)
        #expect(h.isHighlighted("Crews praised"))
        h.press(.tab)
        #expect(h.isHighlighted("closed"))
        h.press(.enter)
        #expect(h.shows("not in the corpus"))
    }
}
