import EventModel
import ExplorerUI
import TerminalCore
import Testing

/// An explorer and the screen it draws into, driven by keys the way a terminal would.
struct Harness {
    var explorer: Explorer
    var screen: Screen

    init(store: any CorpusStore = Fixture.store, width: Int = 80, height: Int = 24) {
        self.init(explorer: Explorer(store: store, size: Size(width: width, height: height)))
    }

    init(explorer: Explorer) {
        self.explorer = explorer
        screen = Screen(size: explorer.size)
        self.explorer.render(into: &screen)
    }

    mutating func press(_ keys: Key...) {
        for key in keys { explorer.handle(key) }
        explorer.render(into: &screen)
    }

    mutating func press(_ key: Key, times: Int) {
        for _ in 0..<times { explorer.handle(key) }
        explorer.render(into: &screen)
    }

    /// Types each character as a key.
    mutating func type(_ text: String) {
        for character in text { explorer.handle(.character(character)) }
        explorer.render(into: &screen)
    }

    mutating func resize(width: Int, height: Int) {
        screen = Screen(size: Size(width: width, height: height))
        explorer.resize(to: screen.size)
        explorer.handle(.resize)
        explorer.render(into: &screen)
    }

    var lines: [String] { screen.lines }
    var text: String { screen.text }
    var status: String { screen.line(screen.height - 1) }

    func shows(_ text: String) -> Bool { screen.text.contains(text) }

    /// The row showing `text`, if any.
    func row(containing text: String) -> Int? { lines.firstIndex { $0.contains(text) } }

    /// Whether the row is drawn as the selection (reverse video from its first cell).
    func isSelected(row: Int) -> Bool { screen[0, row].style.reverse }

    /// Whether the cells of `text` on screen are reverse video: a focused link.
    func isHighlighted(_ text: String) -> Bool {
        guard let y = row(containing: text) else { return false }
        let line = lines[y]
        guard let range = line.range(of: text) else { return false }
        let before = line[line.startIndex..<range.lowerBound]
        let x = before.reduce(0) { $0 + CellWidth.of($1) }
        return screen[x, y].style.reverse
    }
}

// A failed expectation prints the screen as text, not every cell and the whole store.
extension Harness: CustomTestStringConvertible {
    var testDescription: String { "\n" + screen.text }
}

extension Screen: CustomTestStringConvertible {
    public var testDescription: String { "\n" + text }
}
