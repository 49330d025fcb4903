import EventModel
import ExplorerUI
import TerminalCore
import Testing

/// A terminal that plays a script of keys and size changes and keeps every screen it was shown.
final class ScriptedTerminal: Terminal {
    enum Step {
        case key(Key)
        case resize(Int, Int)
    }

    var size: Size
    private var script: [Step]
    private(set) var shown: [Screen] = []

    init(width: Int, height: Int, script: [Step]) {
        size = Size(width: width, height: height)
        self.script = script
    }

    func present(_ screen: Screen) { shown.append(screen) }

    func wake() {}

    func nextKey() -> Key? {
        guard !script.isEmpty else { return nil }
        switch script.removeFirst() {
        case .key(let key): return key
        case .resize(let width, let height):
            size = Size(width: width, height: height)
            return .resize
        }
    }
}

@Suite("Run loop")
struct RunLoopTests {
    @Test("run shows the first screen, redraws after each key and resize, and returns on q")
    func runsUntilQuit() {
        let terminal = ScriptedTerminal(width: 80, height: 24, script: [
            .key(.character("j")), .resize(10, 3), .resize(60, 20), .key(.character("q")), .key(.character("j")),
        ])
        run(terminal: terminal, store: Fixture.store)
        #expect(terminal.shown.count == 4)
        #expect(terminal.shown[0].line(0).hasPrefix("Articles (5)"))
        #expect(terminal.shown[1].line(23).contains("2/5"))
        #expect(terminal.shown[2].lines == ["too small", "", ""])
        #expect(terminal.shown[3].size == Size(width: 60, height: 20))
        #expect(terminal.shown[3].line(19).contains("2/5"))
    }

    @Test("run returns when input ends")
    func inputEnds() {
        let terminal = ScriptedTerminal(width: 80, height: 24, script: [.key(.enter)])
        run(terminal: terminal, store: Fixture.store)
        #expect(terminal.shown.count == 2)
        #expect(terminal.shown[1].line(0) == "Guild demands safety review")
    }
}
