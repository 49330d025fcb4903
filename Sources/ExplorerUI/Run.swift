import EventModel
import TerminalCore

/// Runs the explorer on `terminal` until the user quits or input ends: read a key, handle it,
/// draw, present. The terminal sends only the cells that changed.
///
/// ```swift
/// let terminal = try NcursesTerminal()
/// defer { terminal.restore() }
/// run(terminal: terminal, store: MemoryCorpusStore(corpus))
/// ```
public func run(terminal: Terminal, store: any CorpusStore, state: any UserStateStore = MemoryUserState(), theme: Theme = .standard) {
    var explorer = Explorer(store: store, state: state, size: terminal.size, theme: theme)
    var screen = Screen(size: terminal.size)
    explorer.render(into: &screen)
    terminal.present(screen)
    while !explorer.isFinished, let key = terminal.nextKey() {
        if key == .resize {
            explorer.resize(to: terminal.size)
            screen = Screen(size: terminal.size)
        }
        explorer.handle(key)
        if explorer.isFinished { break }
        explorer.render(into: &screen)
        terminal.present(screen)
    }
}
