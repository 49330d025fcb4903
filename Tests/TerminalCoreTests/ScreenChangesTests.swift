import Testing
import TerminalCore

@Suite("Only what changed is sent to the terminal")
struct ScreenChangesTests {
    private func list(selected: Int, size: Size = Size(width: 12, height: 5)) -> Screen {
        var screen = Screen(size: size)
        for row in 0..<size.height {
            let style = row == selected ? Style(reverse: true) : .plain
            screen.fill(y: row, style: style)
            screen.put(DisplayText("item \(row) 日本"), x: 0, y: row, style: style)
        }
        return screen
    }

    @Test("the first screen is sent whole, wide characters once")
    func firstScreen() {
        let screen = list(selected: 0)
        let changes = screen.changes(since: nil)
        #expect(changes.count == 5 * 10)  // 12 columns, two of them the right halves of 日 and 本
        #expect(changes.contains(ScreenChange(x: 7, y: 0, width: 2)))
        #expect(!changes.contains { $0.x == 8 && $0.y == 0 })
    }

    @Test("the same screen again sends nothing")
    func unchanged() {
        let screen = list(selected: 2)
        #expect(screen.changes(since: screen).isEmpty)
    }

    @Test("moving the selection down sends only the two rows involved")
    func selectionMove() {
        let changes = list(selected: 3).changes(since: list(selected: 2))
        #expect(Set(changes.map(\.y)) == [2, 3])
    }

    @Test("a changed wide character is sent whole, at its left half")
    func wideChange() {
        var before = Screen(size: Size(width: 6, height: 1))
        before.put("ab日本", x: 0, y: 0)
        var after = before
        after.put("語", x: 4, y: 0)
        #expect(after.changes(since: before) == [ScreenChange(x: 4, y: 0, width: 2)])
        var restyled = before
        restyled[5, 0].style = Style(bold: true)
        #expect(restyled.changes(since: before) == [ScreenChange(x: 4, y: 0, width: 2)])
    }

    @Test("a screen of another size is sent whole")
    func otherSize() {
        let small = Screen(size: Size(width: 3, height: 1))
        let large = Screen(size: Size(width: 4, height: 2))
        #expect(large.changes(since: small).count == 8)
    }

    @Test("a terminal smaller than the screen gets only the cells it has, a cut wide character as one cell")
    func clippedToTerminal() {
        var screen = Screen(size: Size(width: 6, height: 3))
        screen.put("abc日", x: 0, y: 0)
        let changes = screen.changes(since: nil, columns: 4, rows: 1)
        #expect(changes == (0..<4).map { ScreenChange(x: $0, y: 0, width: 1) })
        #expect(Screen(size: Size(width: 0, height: 0)).changes(since: nil).isEmpty)
        #expect(screen.changes(since: nil, columns: -1, rows: 9).isEmpty)
    }
}
