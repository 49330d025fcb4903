import EventModel
import TerminalCore

/// The article list: date, source, title and entity count, sortable; the first screen.
struct ArticlesScreen: ExplorerScreen {
    let kind = ScreenKind.articles
    private(set) var order: ArticleOrder = .date
    private(set) var cursor = ListCursor()
    private var rows = PagedRows<ArticleSummary>()
    private static let headerRows = 2

    init(context: ScreenContext) throws {
        cursor.setCount(try context.store.counts().articles)
    }

    var title: String { "Articles" }
    var position: String { cursor.position }

    var selected: ArticleSummary? { row(cursor.selection) }

    private func row(_ index: Int) -> ArticleSummary? { rows.row(index) }

    mutating func layout(size: Size, context: ScreenContext) throws {
        cursor.setHeight(size.height - Self.headerRows)
        try fetch(context)
    }

    private mutating func fetch(_ context: ScreenContext) throws {
        try rows.fetch(cursor.visible) { try context.store.articles(order: order, range: $0) }
    }

    mutating func perform(_ action: Action, context: ScreenContext) throws -> ScreenEffect {
        if cursor.apply(action) {
            try fetch(context)
            return .none
        }
        switch action {
        case .open:
            return selected.map { .open(.article(id: $0.id, sentence: nil)) } ?? .none
        case .sort:
            let all = ArticleOrder.allCases
            order = all[((all.firstIndex(of: order) ?? 0) + 1) % all.count]
            cursor.toTop()
            rows.reset()
            try fetch(context)
            return .message("Sorted by \(order.rawValue)")
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
        let sorted = order == .date ? "newest first" : "by \(order.rawValue)"
        ListDrawing.header("Articles (\(cursor.count)), \(sorted)", into: &screen, y: 0, theme: theme)
        let showSource = width >= 50
        let sourceWidth = showSource ? min(16, width / 6) : 0
        let dateX = 2, sourceX = 13, titleX = showSource ? sourceX + sourceWidth + 1 : 13
        let countWidth = 4
        let titleWidth = max(1, width - titleX - countWidth - 1)
        let dim = theme.style(.dim)
        screen.column("Date", x: dateX, y: 1, width: 10, style: dim)
        if showSource { screen.column("Source", x: sourceX, y: 1, width: sourceWidth, style: dim) }
        screen.column("Title", x: titleX, y: 1, width: titleWidth, style: dim)
        screen.column("Ents", x: width - countWidth, y: 1, width: countWidth, style: dim, alignRight: true)

        ListDrawing.rows(cursor, into: &screen, y: Self.headerRows, height: height - Self.headerRows, theme: theme) { screen, index, y, selected in
            guard let article = row(index) else { return }
            let plain = ListDrawing.style(.plain, selected, theme)
            if article.unresolvedLinks > 0 {
                screen.column("!", x: 0, y: y, width: 1, style: ListDrawing.style(.marker, selected, theme))
            }
            if let date = article.date {
                screen.column(DisplayText(date), x: dateX, y: y, width: 10, style: plain)
            } else {
                screen.column("undated", x: dateX, y: y, width: 10, style: ListDrawing.style(.dim, selected, theme))
            }
            if showSource {
                screen.column(DisplayText(article.source ?? ""), x: sourceX, y: y, width: sourceWidth, style: plain)
            }
            screen.column(DisplayText(article.title), x: titleX, y: y, width: titleWidth, style: plain)
            screen.column(DisplayText(String(article.entityCount)), x: width - countWidth, y: y, width: countWidth, style: plain, alignRight: true)
        }
    }
}
