import EventModel
import ExplorerUI
import TerminalCore
import Testing

@Suite("What the explorer asks of the store")
struct StoreUseTests {
    @Test("the article list asks only for the rows it shows, however long the corpus")
    func pagesThroughStore() {
        let store = RecordingStore(Fixture.longStore(count: 500))
        var h = Harness(store: store, width: 60, height: 12)
        h.press(.pageDown, .pageDown, .character("G"), .character("g"), .down)
        #expect(!store.requestedRanges.isEmpty)
        #expect(store.requestedRanges.allSatisfy { $0.count <= 9 })
        #expect(h.status.contains("2/500"))
    }

    @Test("moving within the rows on screen asks the store nothing more")
    func cachedPage() {
        let store = RecordingStore(Fixture.longStore(count: 50))
        var h = Harness(store: store, width: 60, height: 12)
        let asked = store.requestedRanges.count
        h.press(.down, .down, .up)
        #expect(store.requestedRanges.count == asked)
    }

    @Test("search says when its matches are approximate")
    func approximate() {
        var h = Harness(store: RecordingStore(Fixture.store, approximate: true))
        h.press(.character("/"))
        h.type("harbor")
        #expect(h.lines[1].hasSuffix("(approximate matches)"))
    }

    @Test("the monochrome theme shows the selection by reverse video alone")
    func monochrome() {
        var explorer = Explorer(store: Fixture.store, size: Size(width: 80, height: 24), theme: .monochrome)
        var screen = Screen(size: explorer.size)
        explorer.render(into: &screen)
        let styles = (0..<screen.height).flatMap { y in (0..<screen.width).map { screen[$0, y].style } }
        #expect(styles.allSatisfy { $0.foreground == .default && $0.background == .default })
        #expect(screen[0, 2].style.reverse)
        #expect(!screen[0, 3].style.reverse)
    }
}
