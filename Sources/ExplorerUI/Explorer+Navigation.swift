import EventModel
import TerminalCore

// MARK: - History
//
// Screens are values: the back stack holds the last few exactly as they were left (selection,
// scroll, focused link), so going back is popping a value; older ones are rebuilt from their
// destination and put back at the same place (see HistoryEntry).
extension Explorer {
    /// Builds the screen for `destination` and shows it, keeping the current one for `back`.
    mutating func open(_ destination: Destination) throws {
        var screen = try makeScreen(destination)
        if case .article(let id, _) = destination { markRead(id) }
        try screen.layout(size: bodySize, context: context)
        backStack.push(current)
        current = screen
        forwardStack.removeAll()
    }

    /// The screen of a history entry: itself, or rebuilt and put back where the user was.
    func screen(for entry: HistoryEntry) throws -> any ExplorerScreen {
        switch entry {
        case .kept(let screen): return screen
        case .stored(let destination, let place, _):
            var screen = try makeScreen(destination)
            screen.restore(place)
            return screen
        }
    }

    func makeScreen(_ destination: Destination) throws -> any ExplorerScreen {
        let context = self.context
        switch destination {
        case .articles: return try ArticlesScreen(context: context)
        case .entities: return try EntitiesScreen(context: context)
        case .timeline: return try TimelineScreen(context: context)
        case .article(let id, let sentence): return try ReaderScreen(id: id, sentence: sentence, context: context)
        case .entity(let id): return try EntityScreen(id: id, context: context)
        case .relations(let id): return try RelationsScreen(id: id, context: context)
        case .path(let from, let to): return try PathScreen(from: from, to: to, context: context)
        case .missing(let title, let from): return MissingArticleScreen(title: title, from: from)
        case .search(let query, let editing): return try SearchScreen(query: query, editing: editing, context: context)
        case .marks(let filter): return try MarksScreen(filter: filter, context: context)
        case .help(let kind): return HelpScreen(for: kind)
        case .diagnostics: return try DiagnosticsScreen(context: context)
        }
    }

    /// Returns to the previous screen as it was; false when there is none.
    mutating func goBack() -> Bool {
        guard let previous = backStack.popLast() else { return false }
        guard let screen = rebuilt(previous) else { return true }
        forwardStack.push(current)
        current = screen
        layoutCurrent()
        return true
    }

    mutating func goForward() -> Bool {
        guard let next = forwardStack.popLast() else { return false }
        guard let screen = rebuilt(next) else { return true }
        backStack.push(current)
        current = screen
        layoutCurrent()
        return true
    }

    /// Leaves the current screen without keeping it for `forward` (a cancelled search).
    mutating func cancel() {
        guard let previous = backStack.popLast(), let screen = rebuilt(previous) else { return }
        current = screen
        layoutCurrent()
    }

    /// The entry's screen, or nil with a message when it cannot be rebuilt (its article was removed
    /// from the corpus since).
    private mutating func rebuilt(_ entry: HistoryEntry) -> (any ExplorerScreen)? {
        do {
            return try screen(for: entry)
        } catch {
            message = .error("\(entry.title): \(error)")
            return nil
        }
    }

    /// "Articles › Crocus City Hall attack › ISIS-K": the last screens of the history that fit in
    /// `cells`, each title cut to a readable length; the current screen always shows.
    func breadcrumb(fitting cells: Int) -> String {
        let titles = (backStack.map(\.title) + [current.title]).map { Self.shortened($0, cells: 28) }
        var shown = Array(titles.suffix(3))
        func text() -> String {
            (titles.count > shown.count ? "\u{2026} \u{203A} " : "") + shown.joined(separator: " \u{203A} ")
        }
        while shown.count > 1 && CellWidth.of(text()) > cells { shown.removeFirst() }
        return text()
    }

    static func shortened(_ text: String, cells: Int) -> String {
        guard CellWidth.of(text) > cells else { return text }
        var out = ""
        var used = 0
        for character in text {
            let width = CellWidth.of(character)
            if used + width > cells - 1 { break }
            out.append(character)
            used += width
        }
        return out + "\u{2026}"
    }
}
