import ExplorerUI
import TerminalCore
import Testing

@Suite("Article list")
struct ArticlesScreenTests {
    @Test("the first screen lists every article newest first with date, source, title and entity count")
    func listsArticles() {
        let h = Harness()
        assertScreen(h.screen, golden: "articles-80x24")
        #expect(h.lines[0].hasPrefix("Articles (5), newest first"))
        #expect(h.lines[2].contains("2025-05-04 Port Weekly   Guild demands safety review"))
        #expect(h.lines[2].hasSuffix(" 3"))
        #expect(h.status.contains("1/5"))
    }

    @Test("undated articles say so and articles with an unresolved link are marked")
    func markers() throws {
        let h = Harness()
        let undated = try #require(h.row(containing: "Notes from the quay"))
        #expect(h.lines[undated].contains("undated"))
        let broken = try #require(h.row(containing: "Fire at the Northgate harbour"))
        #expect(h.lines[broken].hasPrefix("!"))
        let fine = try #require(h.row(containing: "Guild demands safety review"))
        #expect(!h.lines[fine].hasPrefix("!"))
    }

    @Test("s sorts by title, then by source, then by date again")
    func sorting() {
        var h = Harness()
        h.press(.character("s"))
        #expect(h.lines[0].contains("by title"))
        #expect(h.lines[2].contains("Evil"))
        #expect(h.lines[3].contains("Fire at the Northgate harbour"))
        h.press(.character("s"))
        #expect(h.lines[0].contains("by source"))
        #expect(h.lines[2].contains("Coast Herald"))
        h.press(.character("s"))
        #expect(h.lines[0].contains("newest first"))
        #expect(h.lines[2].contains("Guild demands safety review"))
    }

    @Test("j and k move the selection, shown in reverse video and in the position")
    func selection() throws {
        var h = Harness()
        #expect(h.isSelected(row: 2))
        h.press(.character("j"), .character("j"))
        #expect(h.isSelected(row: 4))
        #expect(!h.isSelected(row: 2))
        #expect(h.status.contains("3/5"))
        h.press(.character("k"))
        #expect(h.status.contains("2/5"))
        h.press(.character("G"))
        #expect(h.status.contains("5/5"))
        h.press(.character("g"))
        #expect(h.status.contains("1/5"))
        h.press(.end, .up)
        #expect(h.status.contains("4/5"))
        h.press(.home)
        #expect(h.status.contains("1/5"))
    }

    @Test("the status line shows where you are and the keys that matter")
    func statusLine() {
        let h = Harness()
        #expect(h.status.hasPrefix("Articles"))
        #expect(h.status.contains("Enter:open"))
        #expect(h.status.contains("s:sort"))
        #expect(h.status.contains("?:help"))
    }

    @Test("PgDn, Space and PgUp move a screenful through a long list")
    func paging() {
        var h = Harness(store: Fixture.longStore(count: 100), width: 60, height: 12)
        // 12 rows: a status line and two header rows leave nine.
        h.press(.pageDown)
        #expect(h.status.contains("10/100"))
        h.press(.character(" "))
        #expect(h.status.contains("19/100"))
        h.press(.pageUp)
        #expect(h.status.contains("10/100"))
        h.press(.character("G"))
        #expect(h.status.contains("100/100"))
        #expect(h.isSelected(row: 10))
    }
}
