import ExplorerUI
import TerminalCore
import Testing

@Suite("Timeline and search")
struct TimelineAndSearchTests {
    @Test("t lists events and dated articles oldest first, and leaves undated ones out")
    func timeline() {
        var h = Harness()
        h.press(.character("t"))
        #expect(h.lines[0] == "Timeline (5), oldest first")
        #expect(h.lines[1].contains("2025-04-01 article Evil"))
        #expect(h.lines[2].contains("2025-05-02 event   Northgate harbour fire"))
        #expect(h.lines[3].contains("2025-05-02 article Fire at the Northgate harbour"))
        #expect(h.lines[5].contains("2025-05-04 article Guild demands safety review"))
        #expect(!h.shows("Notes from the quay"))
    }

    @Test("Enter on a timeline event opens its entity page, on an article the reader")
    func timelineOpens() {
        var h = Harness()
        h.press(.character("t"), .down, .enter)
        #expect(h.lines[0] == "Northgate harbour fire  event")
        h.press(.backspace, .down, .enter)
        #expect(h.lines[0] == "Fire at the Northgate harbour")
    }

    @Test("search results for entities and articles update on every keystroke")
    func searchAsYouType() {
        var h = Harness()
        h.press(.character("/"))
        #expect(h.lines[0] == "/")
        h.type("ha")
        #expect(h.lines[0] == "/ha")
        #expect(h.shows("Harbour Guild  organisation, 2 mentions"))
        #expect(h.shows("Fire at the Northgate harbour"))
        h.type("rbour g")
        assertScreen(h.screen, golden: "search-harbour-g-80x24")
        #expect(h.lines[0] == "/harbour g")
        // A single letter typed last waits for the next: "harbour" names three entities.
        #expect(h.lines[1] == "3 entities, 2 articles")
        #expect(h.shows("Guild demands safety review"))
        h.type("x")
        #expect(h.lines[1] == "0 entities, 0 articles")
        h.press(.backspace)
        #expect(h.lines[1] == "3 entities, 2 articles")
    }

    @Test("letters typed in the search prompt are text, not commands")
    func promptTakesLetters() {
        var h = Harness()
        h.press(.character("/"))
        h.type("quay")
        #expect(h.lines[0] == "/quay")
        #expect(h.shows("Notes from the quay"))
        #expect(!h.explorer.isFinished)
    }

    @Test("arrows select a result and Enter opens it; back returns to the results")
    func searchOpens() {
        var h = Harness()
        h.press(.character("/"))
        h.type("veloria")
        #expect(h.isSelected(row: 2))
        h.press(.down)
        #expect(h.isSelected(row: 3))
        h.press(.enter)
        // BM25, as the index ranks: the shortest article naming Veloria first.
        #expect(h.lines[0] == "港口火灾报告")
        h.press(.backspace)
        #expect(h.lines[0].hasPrefix("/veloria"))
        #expect(h.isSelected(row: 3))
        h.press(.character("j"))
        #expect(h.isSelected(row: 4))
    }

    @Test("Esc cancels the search and returns to the previous screen as it was")
    func searchCancels() {
        var h = Harness()
        h.press(.down)
        let before = h.screen
        h.press(.character("/"))
        h.type("fire")
        h.press(.escape)
        expectSameScreen(h.screen, before)
        // A cancelled search is not kept for forward.
        h.press(.character("l"))
        #expect(h.lines.dropLast() == before.lines.dropLast())
        #expect(h.status.contains("Nothing to go forward to"))
    }

    @Test("Enter with no results keeps the prompt open for more typing")
    func enterWithoutResults() {
        var h = Harness()
        h.press(.character("/"))
        h.type("zzzz")
        h.press(.enter)
        #expect(h.status.contains("Nothing to open"))
        h.press(.backspace, .backspace, .backspace, .backspace)
        h.type("quay")
        #expect(h.lines[0] == "/quay")
        #expect(h.shows("Notes from the quay"))
    }

    @Test("diacritics and case do not matter in search")
    func folding() {
        var h = Harness()
        h.press(.character("/"))
        h.type("VÉLORIA")
        #expect(h.shows("Veloria  country"))
    }

    @Test("matches in a result's snippet are highlighted")
    func snippetHighlight() throws {
        var h = Harness()
        h.press(.character("/"))
        h.type("crane")
        let y = try #require(h.row(containing: "Fire at the Northgate harbour"))
        let line = h.lines[y]
        let x = try #require(line.range(of: "crane")).lowerBound.utf16Offset(in: line)
        #expect(h.screen[x, y].style.background == Theme.standard.style(.match).background)
    }
}
