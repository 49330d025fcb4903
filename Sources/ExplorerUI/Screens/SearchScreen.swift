import EventModel
import TerminalCore

/// `/`: a prompt whose results, entities then articles, update on every keystroke.
struct SearchScreen: ExplorerScreen {
    let kind = ScreenKind.search
    private(set) var editor: LineEditor
    var query: String { editor.text }
    /// Typing goes to the prompt; after Enter the results are a plain list again.
    private(set) var editing: Bool
    private(set) var results = SearchResults()
    private(set) var cursor = ListCursor()
    private var error: String?
    private static let headerRows = 2
    static let limit = 100
    /// Results asked for on each keystroke: more than a screen, and each row costs a summary and a
    /// snippet, so fewer than ``limit``. Scrolling to their end while typing fetches up to ``limit``.
    static let typingLimit = 40
    /// The limit of the results shown, for the "+" of the counts.
    private var fetched = SearchScreen.limit

    init(query: String, editing: Bool, context: ScreenContext) throws {
        self.editor = LineEditor(query)
        self.editing = editing
        try run(context, asYouType: editing)
    }

    var title: String { query.isEmpty ? "Search" : "Search: \(query)" }
    var position: String { cursor.position }
    var destination: Destination? { editing ? nil : .search(query: query, editing: false) }
    var place: ScreenPlace { ScreenPlace(selection: cursor.selection) }
    mutating func restore(_ place: ScreenPlace) { cursor.select(place.selection ?? 0) }
    var currentEntity: String? {
        results.entities.indices.contains(cursor.selection) ? results.entities[cursor.selection].id : nil
    }

    var currentArticle: String? {
        let index = cursor.selection - results.entities.count
        return results.articles.indices.contains(index) ? results.articles[index].article.id : nil
    }

    private var rowCount: Int { results.entities.count + results.articles.count }

    mutating func layout(size: Size, context: ScreenContext) throws {
        cursor.setHeight(size.height - Self.headerRows)
    }

    mutating func input(_ key: Key, context: ScreenContext) throws -> ScreenEffect? {
        if !editing {
            guard key == .character("/") else { return nil }
            editing = true
            return ScreenEffect.none
        }
        switch key {
        case .up: cursor.move(by: -1); return ScreenEffect.none
        case .down: try moreIfAtEnd(context) { $0.move(by: 1) }; return ScreenEffect.none
        case .pageUp: cursor.page(-1); return ScreenEffect.none
        case .pageDown: try moreIfAtEnd(context) { $0.page(1) }; return ScreenEffect.none
        case .enter:
            let effect = try perform(.open, context: context)
            // Leave the prompt only for a result; with none, keep typing.
            if case .open = effect { editing = false }
            return effect
        case .resize, .mouse:
            return nil
        default:
            break
        }
        switch editor.handle(key) {
        case .edited: break
        case .cancel: return .cancel
        case .moved, .ignored, .complete, .history, .submit: return ScreenEffect.none
        }
        try run(context, asYouType: true)
        return .searched(results.terms)
    }

    /// Moves the cursor; at the last row of results cut at ``typingLimit``, fetches the rest first.
    private mutating func moreIfAtEnd(_ context: ScreenContext, _ move: (inout ListCursor) -> Void) throws {
        if fetched < Self.limit && cursor.selection + 1 >= rowCount && error == nil {
            let selection = cursor.selection
            try run(context, asYouType: true, limit: Self.limit)
            cursor.select(selection)
        }
        move(&cursor)
    }

    private mutating func run(_ context: ScreenContext, asYouType: Bool, limit: Int? = nil) throws {
        let limit = limit ?? (asYouType ? Self.typingLimit : Self.limit)
        do {
            results = try NoteSearch.search(query, store: context.store, state: context.state, limit: limit, asYouType: asYouType)
            fetched = limit
            error = nil
        } catch {
            // A half-typed query is often malformed: keep the last results and say why.
            self.error = String(describing: error)
        }
        cursor.setCount(rowCount)
        cursor.toTop()
    }

    mutating func perform(_ action: Action, context: ScreenContext) throws -> ScreenEffect {
        if cursor.apply(action) { return .none }
        switch action {
        case .open:
            let index = cursor.selection
            if results.entities.indices.contains(index) { return .open(.entity(results.entities[index].id)) }
            let article = index - results.entities.count
            if results.articles.indices.contains(article) { return .open(.article(id: results.articles[article].article.id, sentence: nil)) }
            return .message("Nothing to open")
        default: break
        }
        return .none
    }

    mutating func click(row: Int, context: ScreenContext) throws -> ScreenEffect {
        guard row >= Self.headerRows else { return .none }
        cursor.select(cursor.top + row - Self.headerRows)
        return .none
    }

    private static func count(_ n: Int, _ one: String, _ many: String, limit: Int) -> String {
        "\(n) \(n == 1 ? one : many)\(n >= limit ? "+" : "")"
    }

    func draw(into screen: inout Screen, height: Int, theme: Theme) {
        if editing {
            editor.draw(label: "/", into: &screen, x: 0, y: 0, width: screen.width, style: theme.style(.title), cursorStyle: theme.style(.selection))
        } else {
            screen.put(DisplayText("/") + DisplayText(query) + "  (/ edits)", x: 0, y: 0, style: theme.style(.title))
        }
        var summary = "\(Self.count(results.entities.count, "entity", "entities", limit: fetched)), "
            + Self.count(results.articles.count, "article", "articles", limit: fetched)
        if results.approximate { summary += " (approximate matches)" }
        if results.omittedTerms > 0 { summary += " (first \(SearchQuery.maximumTerms) terms searched, \(results.omittedTerms) left out)" }
        if let error { summary = error }
        screen.put(DisplayText(summary), x: 0, y: 1, style: theme.style(error == nil ? .dim : .error))

        ListDrawing.rows(cursor, into: &screen, y: Self.headerRows, height: height - Self.headerRows, theme: theme) { screen, index, y, selected in
            if results.entities.indices.contains(index) {
                let entity = results.entities[index]
                screen.column("\u{25C6}", x: 0, y: y, width: 1, style: ListDrawing.style(.kind(entity.kind), selected, theme))
                var name = DisplayText(entity.name)
                if !entity.confirmed { name = name + " (unconfirmed)" }
                let used = screen.put(name, x: 2, y: y, style: ListDrawing.style(.title, selected, theme))
                screen.put(DisplayText("  \(entity.kind.rawValue), \(entity.mentions) mentions"), x: 2 + used, y: y, style: ListDrawing.style(.dim, selected, theme))
                return
            }
            let hit = results.articles[index - results.entities.count]
            let used = screen.put(DisplayText(hit.article.title), x: 2, y: y, style: ListDrawing.style(.plain, selected, theme), maxWidth: max(1, screen.width / 2))
            let snippet = KeywordInContextLine.segments(hit.snippet, highlight: hit.highlights.first ?? TextSpan(start: 0, end: 0), width: max(0, screen.width - used - 5), role: .match)
            screen.draw([Segment("  ")] + snippet, x: 2 + used, y: y, width: max(0, screen.width - used - 2), theme: theme, selected: false)
            if selected {
                for x in 0..<screen.width { screen[x, y].style.reverse = true }
            }
        }
    }
}
