import ExplorerUI
import TerminalCore
import Testing

@Suite("History, quitting and the mouse")
struct NavigationTests {
    @Test("back returns to the same selection and scroll in a long list, forward goes again")
    func backRestoresScroll() {
        var h = Harness(store: Fixture.longStore(count: 100), width: 60, height: 12)
        h.press(.pageDown, .pageDown, .down, .down)
        // Opening marks the article read, which the list then shows: read it once first.
        h.press(.enter, .backspace)
        let list = h.screen
        #expect(h.status.contains("21/100"))
        h.press(.enter, .character("j"), .character("j"))
        let article = h.screen
        h.press(.backspace)
        expectSameScreen(h.screen, list)
        h.press(.character("l"))
        expectSameScreen(h.screen, article)
        h.press(.character("h"))
        expectSameScreen(h.screen, list)
        h.press(.character("]"))
        expectSameScreen(h.screen, article)
    }

    @Test("opening a new screen after going back drops the forward history")
    func forwardCleared() {
        var h = Harness()
        h.press(.enter, .backspace, .character("e"), .character("l"))
        #expect(h.lines[0].hasPrefix("Entities"))
        #expect(h.status.contains("Nothing to go forward to"))
    }

    @Test("q goes back, and quits from the first screen")
    func quitFromFirst() {
        var h = Harness()
        h.press(.enter, .character("q"))
        #expect(h.lines[0].hasPrefix("Articles"))
        #expect(!h.explorer.isFinished)
        h.press(.character("q"))
        #expect(h.explorer.isFinished)
    }

    @Test("Q quits at once from anywhere")
    func quitAtOnce() {
        var h = Harness()
        h.press(.enter, .character("e"), .character("Q"))
        #expect(h.explorer.isFinished)
    }

    @Test("a key with no action says so and points at the help")
    func unknownKey() {
        var h = Harness()
        h.press(.character("z"))
        #expect(h.status.contains("z does nothing here; ? lists the keys"))
    }

    @Test("the breadcrumb shows the way you came")
    func breadcrumb() {
        var h = Harness(width: 120)
        h.press(.down, .down, .enter, .tab, .tab, .enter)
        #expect(h.status.hasPrefix("Articles › Fire at the Northgate harbo… › Harbour Guild  "))
        h.press(.character("r"))
        #expect(h.status.hasPrefix("… › Fire at the Northgate harbo… › Harbour Guild › Relations of Harbour Guild  "))
        h.resize(width: 60, height: 24)
        #expect(h.status.hasPrefix("… › Relations of Harbour Guild  "))
    }

    @Test("the mouse wheel scrolls and a click selects a row")
    func mouse() {
        var h = Harness(store: Fixture.longStore(count: 100), width: 60, height: 12)
        h.press(.mouse(MouseEvent(action: .wheelDown, x: 5, y: 5)))
        #expect(h.status.contains("4/100"))
        h.press(.mouse(MouseEvent(action: .wheelUp, x: 5, y: 5)))
        #expect(h.status.contains("1/100"))
        h.press(.mouse(MouseEvent(action: .press, x: 5, y: 6)))
        #expect(h.status.contains("5/100"))
        #expect(h.isSelected(row: 6))
    }

    @Test("a click on a link in the reader focuses it")
    func clickLink() throws {
        var h = Harness()
        h.press(.down, .down, .enter)
        let y = try #require(h.row(containing: "Read more: Guild demands"))
        h.press(.mouse(MouseEvent(action: .press, x: 15, y: y)))
        #expect(h.isHighlighted("Guild demands safety review"))
    }

    @Test("r with no entity under the cursor explains what to do")
    func relationsWithoutEntity() {
        var h = Harness()
        h.press(.character("r"))
        #expect(h.status.contains("No entity here"))
        h.press(.character("e"), .character("r"))
        #expect(h.lines[1] == "Veloria")
    }
}
