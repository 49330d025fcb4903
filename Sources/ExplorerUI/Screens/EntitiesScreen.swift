import EventModel
import TerminalCore

/// The entity list, most mentioned first, filtered by kind; unconfirmed entities are marked.
struct EntitiesScreen: ExplorerScreen {
    let kind = ScreenKind.entities
    private(set) var filter: EntityKind?
    private(set) var cursor = ListCursor()
    private var rows = PagedRows<EntitySummary>()
    private static let headerRows = 2

    init(context: ScreenContext) throws {
        cursor.setCount(try context.store.entityCount(kind: nil))
    }

    var title: String { filter.map { "Entities: \($0.rawValue)" } ?? "Entities" }
    var position: String { cursor.position }
    var currentEntity: String? { selected?.id }

    var selected: EntitySummary? { row(cursor.selection) }

    mutating func reload(context: ScreenContext) throws {
        rows.reset()
        cursor.setCount(try context.store.entityCount(kind: filter))
    }

    private func row(_ index: Int) -> EntitySummary? { rows.row(index) }

    mutating func layout(size: Size, context: ScreenContext) throws {
        cursor.setHeight(size.height - Self.headerRows)
        try fetch(context)
    }

    private mutating func fetch(_ context: ScreenContext) throws {
        try rows.fetch(cursor.visible) { try context.store.entities(kind: filter, range: $0) }
    }

    mutating func perform(_ action: Action, context: ScreenContext) throws -> ScreenEffect {
        if cursor.apply(action) {
            try fetch(context)
            return .none
        }
        switch action {
        case .open:
            return selected.map { .open(.entity($0.id)) } ?? .none
        case .cycleKind:
            let kinds: [EntityKind?] = [nil] + EntityKind.allCases.map { $0 }
            let index = kinds.firstIndex(of: filter) ?? 0
            filter = kinds[(index + 1) % kinds.count]
            cursor.setCount(try context.store.entityCount(kind: filter))
            cursor.toTop()
            rows.reset()
            try fetch(context)
            return .message("Showing \(filter?.rawValue ?? "every kind")")
        default: return .none
        }
    }

    mutating func click(row: Int, context: ScreenContext) throws -> ScreenEffect {
        guard row >= Self.headerRows else { return .none }
        cursor.select(cursor.top + row - Self.headerRows)
        try fetch(context)
        return .none
    }

    func draw(into screen: inout Screen, height: Int, theme: Theme) {
        let width = screen.width
        ListDrawing.header("Entities (\(cursor.count)), \(filter?.rawValue ?? "every kind"), most mentioned first", into: &screen, y: 0, theme: theme)
        let narrow = width < 50
        let kindWidth = narrow ? 7 : 13, countWidth = narrow ? 5 : 8
        let nameX = 2
        let nameWidth = max(1, width - nameX - kindWidth - countWidth - 2)
        let kindX = nameX + nameWidth + 1
        let dim = theme.style(.dim)
        screen.column("Name", x: nameX, y: 1, width: nameWidth, style: dim)
        screen.column("Kind", x: kindX, y: 1, width: kindWidth, style: dim)
        screen.column(narrow ? "Ment" : "Mentions", x: width - countWidth, y: 1, width: countWidth, style: dim, alignRight: true)
        ListDrawing.rows(cursor, into: &screen, y: Self.headerRows, height: height - Self.headerRows, theme: theme) { screen, index, y, selected in
            guard let entity = row(index) else { return }
            let plain = ListDrawing.style(.plain, selected, theme)
            if !entity.confirmed { screen.column("?", x: 0, y: y, width: 1, style: ListDrawing.style(.marker, selected, theme)) }
            var name = DisplayText(entity.name)
            if !entity.confirmed { name = name + " (unconfirmed)" }
            screen.column(name, x: nameX, y: y, width: nameWidth, style: plain)
            screen.column(DisplayText(entity.kind.rawValue), x: kindX, y: y, width: kindWidth, style: ListDrawing.style(.kind(entity.kind), selected, theme))
            screen.column(DisplayText(String(entity.mentions)), x: width - countWidth, y: y, width: countWidth, style: plain, alignRight: true)
        }
    }
}
