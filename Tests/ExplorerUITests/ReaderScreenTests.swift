import ExplorerUI
import TerminalCore
import Testing

@Suite("Reader")
struct ReaderScreenTests {
    /// The list is newest first: the third row is the harbour fire article.
    static func openHarbourFire() -> Harness {
        var h = Harness()
        h.press(.down, .down, .enter)
        return h
    }

    @Test("Enter opens the article with its title, metadata and wrapped paragraphs")
    func opensArticle() {
        let h = Self.openHarbourFire()
        assertScreen(h.screen, golden: "reader-80x24")
        #expect(h.lines[0] == "Fire at the Northgate harbour")
        #expect(h.lines[1].contains("2025-05-02 · Coast Herald · harbour-fire"))
        #expect(h.shows("A fire broke out at Northgate Harbour on Friday night."))
        #expect(h.status.hasPrefix("Articles › Fire at the Northgate harbo…"))
    }

    @Test("read-more links stand where they were, an unresolved one says it is not in the corpus")
    func readMoreInPlace() throws {
        let h = Self.openHarbourFire()
        #expect(h.shows("Read more: Guild demands safety review"))
        let missing = try #require(h.row(containing: "Read more: Crane makers under scrutiny"))
        #expect(h.lines[missing].contains("(not in corpus)"))
    }

    @Test("the articles that link here are listed under Linked from")
    func linkedFrom() throws {
        let h = Self.openHarbourFire()
        let heading = try #require(h.row(containing: "Linked from"))
        #expect(h.lines[heading + 1].contains("← Guild demands safety review (2025-05-04)"))
    }

    @Test("entity mentions are drawn in their kind's colour")
    func mentionsHighlighted() throws {
        let h = Self.openHarbourFire()
        let y = try #require(h.row(containing: "Officials in Veloria"))
        let x = try #require(h.lines[y].range(of: "Veloria")).lowerBound.utf16Offset(in: h.lines[y])
        #expect(h.screen[x, y].style == Theme.standard.style(.kind(.country)))
        #expect(h.screen[0, y].style == .plain)
    }

    @Test("Tab moves from link to link, Shift-Tab back, each shown in reverse video")
    func tabBetweenLinks() {
        var h = Self.openHarbourFire()
        h.press(.tab)
        #expect(h.isHighlighted("Northgate Harbour"))
        h.press(.tab)
        #expect(h.isHighlighted("Harbour Guild"))
        #expect(!h.isHighlighted("Northgate Harbour"))
        h.press(.backTab)
        #expect(h.isHighlighted("Northgate Harbour"))
    }

    @Test("Enter on a mention opens the entity; Backspace returns to the same link and scroll")
    func followMention() {
        var h = Self.openHarbourFire()
        h.press(.tab, .tab, .tab)
        #expect(h.isHighlighted("Veloria"))
        let before = h.lines
        h.press(.enter)
        #expect(h.lines[0].hasPrefix("Veloria  country"))
        h.press(.backspace)
        #expect(h.lines == before)
        #expect(h.isHighlighted("Veloria"))
    }

    @Test("a read-more link is followed and Backspace comes back to the same place")
    func followReadMore() {
        var h = Self.openHarbourFire()
        h.press(.tab, times: 5)
        #expect(h.isHighlighted("Guild demands safety review"))
        let before = h.screen
        h.press(.enter)
        #expect(h.lines[0] == "Guild demands safety review")
        #expect(h.lines[2] == "By Mira Kova · https://example.org/guild-review")
        #expect(h.status.hasPrefix("… › Guild demands safety review  "))
        h.press(.backspace)
        expectSameScreen(h.screen, before)
        h.press(.character("l"))
        #expect(h.lines[0] == "Guild demands safety review")
    }

    @Test("an unresolved read-more link opens a page that offers a search for its title")
    func unresolvedLink() {
        var h = Self.openHarbourFire()
        h.press(.tab, times: 6)
        #expect(h.isHighlighted("Crane makers under scrutiny"))
        h.press(.enter)
        #expect(h.lines[0] == "“Crane makers under scrutiny”")
        #expect(h.shows("not in the corpus"))
        #expect(h.isHighlighted("Search the corpus for its title"))
        h.press(.enter)
        #expect(h.lines[0].hasPrefix("/Crane makers under scrutiny"))
        // Only the article that links to it has those words.
        #expect(h.lines[1] == "0 entities, 1 article")
    }

    @Test("j, k, g, G and Space scroll a long article")
    func scrolling() {
        var h = Harness(store: Fixture.longStore(count: 3, paragraphs: 30), width: 40, height: 10)
        h.press(.enter)
        #expect(h.lines[0] == "Report number 2")
        h.press(.character("j"))
        #expect(h.lines[0].hasPrefix("2025-01-03"))
        #expect(h.status.contains("2/"))
        h.press(.character("k"), .character(" "))
        #expect(h.status.contains("9/"))
        h.press(.character("G"))
        #expect(h.shows("Paragraph 29 of report 2"))
        h.press(.character("g"))
        #expect(h.lines[0] == "Report number 2")
    }

    @Test("n and N jump between the matches of the last search, drawn highlighted")
    func searchMatches() throws {
        var h = Harness(store: Fixture.longStore(count: 1, paragraphs: 30), width: 40, height: 8)
        h.press(.character("/"))
        h.type("lighthouse")
        h.press(.enter)
        #expect(h.lines[0] == "Report number 0")
        h.press(.character("n"))
        #expect(h.lines[0].contains("lighthouse"))
        #expect(h.text.contains("Paragraph 6 "))
        #expect(h.status.contains("Match 1 of 2"))
        h.press(.character("n"))
        #expect(h.lines[0].contains("lighthouse"))
        #expect(h.text.contains("Paragraph 21 "))
        #expect(h.status.contains("Match 2 of 2"))
        h.press(.character("N"))
        #expect(h.text.contains("Paragraph 6 "))
        let line = h.lines[0]
        let x = try #require(line.range(of: "lighthouse")).lowerBound.utf16Offset(in: line)
        #expect(h.screen[x, 0].style == Theme.standard.style(.match))
    }

    @Test("a search begun in the reader and cancelled marks its matches there, for n to find")
    func searchFromReader() throws {
        var h = Self.openHarbourFire()
        h.press(.character("/"))
        h.type("crane")
        h.press(.escape)
        #expect(h.lines[0] == "Fire at the Northgate harbour")
        let y = try #require(h.row(containing: "faulty crane"))
        let x = try #require(h.lines[y].range(of: "crane")).lowerBound.utf16Offset(in: h.lines[y])
        #expect(h.screen[x, y].style == Theme.standard.style(.match))
        h.press(.character("n"))
        #expect(h.status.contains("Match 1 of 2"))
        h.press(.character("n"))
        #expect(h.status.contains("Match 2 of 2"))
        h.press(.character("n"))
        #expect(h.status.contains("Match 1 of 2"))
        h.press(.character("N"))
        #expect(h.status.contains("Match 2 of 2"))
    }
}
