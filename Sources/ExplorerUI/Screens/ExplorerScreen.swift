import EventModel
import TerminalCore

/// What a screen may read while it handles a key or lays itself out.
struct ScreenContext {
    var store: any CorpusStore
    /// The folded terms of the last search, which the reader highlights and n/N jump between.
    var lastSearch: [String]
    /// The reader's marks: read, starred, notes.
    var state: any UserStateStore

    init(store: any CorpusStore, lastSearch: [String], state: any UserStateStore = MemoryUserState()) {
        self.store = store
        self.lastSearch = lastSearch
        self.state = state
    }
}

/// A place the explorer can go; each becomes a screen.
enum Destination: Sendable, Hashable {
    case articles, entities, timeline
    case article(id: String, sentence: Int?)
    case entity(String)
    case relations(String)
    case path(from: String, to: String)
    case missing(title: String, from: String)
    case search(query: String, editing: Bool)
    case help(ScreenKind)
    case diagnostics
    case marks(MarksScreen.Filter)
}

/// What a screen asks the explorer to do after a key.
enum ScreenEffect: Sendable {
    case none
    case open(Destination)
    /// Leave this screen without keeping it for `forward` (Esc in the search prompt).
    case cancel
    case message(String)
    /// Ask for the target of a path from this entity.
    case askPath(from: String)
    /// The search changed: these terms become the last search.
    case searched([String])
}

/// One screen of the explorer: a value holding everything it shows, so the history can keep it and
/// give it back exactly as it was.
protocol ExplorerScreen: Sendable {
    var kind: ScreenKind { get }
    /// The screen's name in the breadcrumb.
    var title: String { get }
    /// "12/345".
    var position: String { get }
    /// The entity that `r` shows relations for, when there is one under the cursor.
    var currentEntity: String? { get }
    /// The article that `N` and `*` mark: the one under the cursor or the one being read.
    var currentArticle: String? { get }
    /// The sentence of ``currentArticle`` a relation added here takes as its evidence.
    var currentSentence: Int? { get }
    /// The relation under the cursor, which `-` rejects.
    var currentRelation: Relation? { get }

    /// Adapts to a body of `size` cells; cheap when the size did not change.
    mutating func layout(size: Size, context: ScreenContext) throws
    mutating func perform(_ action: Action, context: ScreenContext) throws -> ScreenEffect
    /// A click on body row `row`.
    mutating func click(row: Int, context: ScreenContext) throws -> ScreenEffect
    /// Keys the screen takes before the action table (a text prompt); nil to let the table decide.
    mutating func input(_ key: Key, context: ScreenContext) throws -> ScreenEffect?
    func draw(into screen: inout Screen, height: Int, theme: Theme)

    /// Where this screen can be rebuilt from, for the history; nil for one it must keep whole.
    var destination: Destination? { get }
    /// Where the user is on the screen, to restore after a rebuild.
    var place: ScreenPlace { get }
    /// Puts the user back at `place`; called before the first layout of a rebuilt screen.
    mutating func restore(_ place: ScreenPlace)
    /// Reads the store again after it changed (a sync ended), keeping the selection and filters;
    /// for screens that are kept whole rather than rebuilt from their ``destination``.
    mutating func reload(context: ScreenContext) throws
}

extension ExplorerScreen {
    var currentEntity: String? { nil }
    var currentArticle: String? { nil }
    var currentSentence: Int? { nil }
    var currentRelation: Relation? { nil }
    var destination: Destination? { nil }
    var place: ScreenPlace { ScreenPlace() }
    mutating func restore(_ place: ScreenPlace) {}
    mutating func reload(context: ScreenContext) throws {}

    mutating func input(_ key: Key, context: ScreenContext) throws -> ScreenEffect? { nil }
}
