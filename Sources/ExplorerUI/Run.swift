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
///
/// With `update`, work runs beside the explorer (a sync of the folder behind the first screen): the
/// status line says so, and when the work ends and wakes the terminal the screen is redrawn from
/// the store as it then is. With `curation`, the curation keys write the corpus's curation file.
public func run(
    terminal: Terminal, store: any CorpusStore, state: any UserStateStore = MemoryUserState(), theme: Theme = .standard,
    update: BackgroundUpdate? = nil, curation: CurationAccess? = nil
) {
    var explorer = Explorer(store: store, state: state, curation: curation, size: terminal.size, theme: theme)
    if update != nil { explorer.note("Checking the folder for changes; this is the index as it was") }
    var screen = Screen(size: terminal.size)
    explorer.render(into: &screen)
    terminal.present(screen)
    while !explorer.isFinished, let key = terminal.nextKey() {
        if key == .wake {
            guard let outcome = update?.take() else { continue }
            explorer.refresh(after: outcome)
            explorer.render(into: &screen)
            terminal.present(screen)
            continue
        }
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
