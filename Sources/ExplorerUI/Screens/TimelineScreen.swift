import EventModel
import TerminalCore

/// Events (knowledge and extracted) and dated articles, oldest first; undated events last.
struct TimelineScreen: ExplorerScreen {
    let kind = ScreenKind.timeline
    private let entries: [TimelineEntry]
    private(set) var cursor = ListCursor()
    private static let headerRows = 1

    init(context: ScreenContext) throws {
        entries = try context.store.timeline()
        cursor.setCount(entries.count)
    }

    var title: String { "Timeline" }
    var position: String { cursor.position }
    var destination: Destination? { .timeline }
    var place: ScreenPlace { ScreenPlace(selection: cursor.selection) }
    mutating func restore(_ place: ScreenPlace) { cursor.select(place.selection ?? 0) }
    var currentEntity: String? {
        guard entries.indices.contains(cursor.selection), case .event(let id) = entries[cursor.selection].subject else { return nil }
        return id
    }

    mutating func layout(size: Size, context: ScreenContext) throws {
        cursor.setHeight(size.height - Self.headerRows)
    }

    mutating func perform(_ action: Action, context: ScreenContext) throws -> ScreenEffect {
        if cursor.apply(action) {
            return .none
        }
        switch action {
        case .open:
            guard entries.indices.contains(cursor.selection) else { return .none }
            switch entries[cursor.selection].subject {
            case .event(let id): return .open(.entity(id))
            case .report(_, let article, let sentence): return .open(.article(id: article, sentence: sentence))
            case .article(let id): return .open(.article(id: id, sentence: nil))
            }
        default: break
        }
        return .none
    }

    mutating func click(row: Int, context: ScreenContext) throws -> ScreenEffect {
        guard row >= Self.headerRows else { return .none }
        cursor.select(cursor.top + row - Self.headerRows)
        return .none
    }

    func draw(into screen: inout Screen, height: Int, theme: Theme) {
        ListDrawing.header("Timeline (\(entries.count)), oldest first", into: &screen, y: 0, theme: theme)
        ListDrawing.rows(cursor, into: &screen, y: Self.headerRows, height: height - Self.headerRows, theme: theme) { screen, index, y, selected in
            let entry = entries[index]
            screen.column(DisplayText(entry.date.isEmpty ? "undated" : entry.date), x: 2, y: y, width: 10, style: ListDrawing.style(.plain, selected, theme))
            let isEvent: Bool
            if case .article = entry.subject { isEvent = false } else { isEvent = true }
            screen.column(isEvent ? "event" : "article", x: 13, y: y, width: 7, style: ListDrawing.style(isEvent ? .kind(.event) : .dim, selected, theme))
            screen.column(DisplayText(entry.title), x: 21, y: y, width: max(0, screen.width - 21), style: ListDrawing.style(isEvent ? .title : .plain, selected, theme))
        }
    }
}
