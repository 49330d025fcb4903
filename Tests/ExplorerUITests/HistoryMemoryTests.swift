import EventModel
import TerminalCore
import Testing
@testable import ExplorerUI

@Suite("History over a long session")
struct HistoryMemoryTests {
    private func readersKept(_ explorer: Explorer) -> Int {
        (explorer.backStack + explorer.forwardStack).filter { entry in
            if case .kept(let screen) = entry { return screen.kind == .reader }
            return false
        }.count
    }

    @Test("the history keeps a few whole screens however long the session; older readers keep only where they were")
    func boundedHistory() {
        var h = Harness(store: Fixture.longStore(count: 60, paragraphs: 30), width: 60, height: 12)
        h.press(.enter)
        h.press(.character("j"), times: 9)
        let firstReader = h.screen
        for _ in 0..<40 {
            h.press(.character("a"), .down, .enter, .character("j"))
        }
        #expect(h.explorer.backStack.count == 81)
        #expect(readersKept(h.explorer) <= HistoryEntry.keptScreens)
        h.press(.backspace, times: 80)
        // Rebuilt from its destination: the same text at the top.
        expectSameScreen(h.screen, firstReader)
        #expect(readersKept(h.explorer) <= HistoryEntry.keptScreens)
    }

    @Test("a rebuilt entity page comes back with the same link focused")
    func rebuiltEntityPage() {
        var h = Harness()
        h.press(.character("e"), .enter, .character("j"), .character("j"))
        let entityPage = h.screen
        for _ in 0..<5 { h.press(.character("a"), .enter) }
        h.press(.backspace, times: 10)
        expectSameScreen(h.screen, entityPage)
    }
}
