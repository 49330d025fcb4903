import EventModel
import TerminalCore

/// The explorer's whole state: the screen on show, the history behind and ahead of it, the command
/// line and the status message. Keys go in through ``handle(_:)``; ``render(into:)`` draws it.
///
/// No terminal is needed, so a test drives it directly:
/// ```swift
/// var explorer = Explorer(store: MemoryCorpusStore(corpus), size: Size(width: 80, height: 24))
/// explorer.handle(.character("j"))
/// var screen = Screen(size: explorer.size)
/// explorer.render(into: &screen)
/// print(screen.text)
/// ```
public struct Explorer {
    /// The size the screens are laid out for.
    public private(set) var size: Size
    /// True once the user quit.
    public internal(set) var isFinished = false
    /// Replaced when a curation is written and the folder synced (see ``CurationAccess``).
    var store: any CorpusStore
    let state: any UserStateStore
    /// The corpus's curation file and how to see a change to it; nil where there is no folder to write.
    var curation: CurationAccess?
    let theme: Theme
    var current: any ExplorerScreen
    var backStack: [HistoryEntry] = []
    var forwardStack: [HistoryEntry] = []
    var prompt: Prompt?
    /// What was typed at each prompt this session, for Up and Down.
    var histories: [String: PromptHistory] = [:]
    var message: StatusMessage?
    /// Folded terms of the last search: highlighted in the reader, where n/N jump between them.
    var lastSearch: [String] = []

    /// Opens on the article list of `store`; `state` keeps what the reader marks (in memory unless
    /// given); `curation`, when given, lets the reader correct entities and relations.
    public init(store: any CorpusStore, state: any UserStateStore = MemoryUserState(), curation: CurationAccess? = nil,
                size: Size, theme: Theme = .standard) {
        self.store = store
        self.state = state
        self.curation = curation
        self.size = size
        self.theme = theme
        let context = ScreenContext(store: store, lastSearch: [], state: state)
        do {
            let counts = try store.counts()
            // A corpus that failed to load opens on why, not on an empty list.
            if counts.articles == 0 && counts.errors > 0 {
                current = try DiagnosticsScreen(context: context)
            } else {
                current = try ArticlesScreen(context: context)
                if counts.errors > 0 {
                    message = .error("\(counts.errors) file\(counts.errors == 1 ? "" : "s") could not be loaded: :diagnostics shows why")
                }
            }
        } catch {
            current = HelpScreen(for: .articles)
            message = .error("The corpus could not be read: \(error)")
        }
        layoutCurrent()
    }

    var context: ScreenContext { ScreenContext(store: store, lastSearch: lastSearch, state: state) }

    /// The body: everything above the status line.
    var bodySize: Size { Size(width: size.width, height: max(1, size.height - 1)) }

    /// Below this the explorer shows one line saying so instead of a cramped screen.
    public var isTooSmall: Bool { size.width < 20 || size.height < 5 }

    /// Lays the screens out again for a terminal of `newSize`.
    public mutating func resize(to newSize: Size) {
        size = Size(width: max(0, newSize.width), height: max(0, newSize.height))
        layoutCurrent()
    }

    mutating func layoutCurrent() {
        do {
            try current.layout(size: bodySize, context: context)
        } catch {
            message = .error(String(describing: error))
        }
    }

    // MARK: - Keys

    /// Handles one key, mouse event or resize.
    public mutating func handle(_ key: Key) {
        guard !isFinished else { return }
        if key == .resize { return layoutCurrent() }
        message = nil
        do {
            if prompt != nil { return try handlePrompt(key) }
            if case .mouse(let event) = key { return try handleMouse(event) }
            if let effect = try current.input(key, context: context) { return try apply(effect) }
            guard let action = ActionTable.action(for: key, on: current.kind) else {
                message = .info("\(KeyName.of(key)) does nothing here; ? lists the keys")
                return
            }
            try perform(action)
        } catch {
            message = .error(String(describing: error))
        }
    }

    private mutating func perform(_ action: Action) throws {
        switch action {
        case .search: try open(.search(query: "", editing: true))
        case .help:
            if current.kind != .help { try open(.help(current.kind)) }
        case .command: prompt = Prompt(purpose: .command)
        case .articles: if current.kind != .articles { try open(.articles) }
        case .entities: if current.kind != .entities { try open(.entities) }
        case .timeline: if current.kind != .timeline { try open(.timeline) }
        case .relations:
            guard let entity = current.currentEntity else {
                message = .info("No entity here: select one, or Tab to a mention")
                return
            }
            if let relations = current as? RelationsScreen, relations.root.id == entity { return }
            try open(.relations(entity))
        case .back:
            if !goBack() { message = .info("Nothing to go back to") }
        case .forward:
            if !goForward() { message = .info("Nothing to go forward to") }
        case .quitOrBack:
            if !goBack() { isFinished = true }
        case .quit: isFinished = true
        case .toggleRead: try toggleRead()
        case .star: try toggleStar()
        case .nextUnread where current.kind != .articles: try openNextUnread()
        case .confirmEntity, .rejectEntity, .renameEntity, .mergeEntity, .addAlias, .splitAlias, .relate, .rejectRelation:
            try startCuration(action)
        case .undoCuration: try undoCuration()
        default:
            try apply(current.perform(action, context: context))
        }
    }

    mutating func apply(_ effect: ScreenEffect) throws {
        switch effect {
        case .none: break
        case .open(let destination): try open(destination)
        case .cancel: cancel()
        case .message(let text): message = .info(text)
        case .askPath(let from): prompt = Prompt(purpose: .path(from: from))
        case .searched(let terms): lastSearch = terms
        }
    }

    private mutating func handleMouse(_ event: MouseEvent) throws {
        switch event.action {
        case .wheelUp, .wheelDown:
            for _ in 0..<3 { try apply(current.perform(event.action == .wheelUp ? .up : .down, context: context)) }
        case .press:
            guard !isTooSmall, event.y >= 0, event.y < bodySize.height else { return }
            try apply(current.click(row: event.y, context: context))
        }
    }
}
