import TerminalCore

/// Where the user was on a screen, in terms that survive rebuilding it: a text offset rather than
/// a laid-out line, a row index rather than fetched rows.
struct ScreenPlace: Sendable, Hashable {
    /// Selected row of a list.
    var selection: Int?
    /// Article-text offset at the top of a reader, or the top line of another document.
    var topOffset: Int?
    var topLine: Int?
    /// Focused link of a document.
    var focus: Int?
}

/// One step of the back or forward history: the screen itself while it is recent, afterwards only
/// what rebuilds it. A reader of a 2 MB article holds megabytes of laid-out lines; a long session
/// keeping every one of them grew without bound.
enum HistoryEntry {
    case kept(any ExplorerScreen)
    case stored(Destination, ScreenPlace, title: String)

    /// The most recent entries kept whole, so that going back a step or two costs nothing.
    static let keptScreens = 3

    init(_ screen: any ExplorerScreen) {
        self = .kept(screen)
    }

    var title: String {
        switch self {
        case .kept(let screen): return screen.title
        case .stored(_, _, let title): return title
        }
    }

    var isKept: Bool {
        if case .kept = self { return true }
        return false
    }

    /// The same entry holding only what rebuilds its screen; screens that cannot be rebuilt stay.
    func compacted() -> HistoryEntry {
        guard case .kept(let screen) = self, let destination = screen.destination else { return self }
        return .stored(destination, screen.place, title: screen.title)
    }
}

extension Array where Element == HistoryEntry {
    /// Compacts all but the last ``HistoryEntry/keptScreens`` entries: memory stays bounded however
    /// long the session.
    mutating func push(_ screen: any ExplorerScreen) {
        append(HistoryEntry(screen))
        let cut = count - HistoryEntry.keptScreens - 1
        if cut >= 0, self[cut].isKept { self[cut] = self[cut].compacted() }
    }

    /// How many entries hold a whole screen.
    var keptCount: Int { filter(\.isKept).count }
}
