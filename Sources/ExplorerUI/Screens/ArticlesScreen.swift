import EventModel
import TerminalCore

/// The article list: date, source, title and entity count, sortable; the first screen.
struct ArticlesScreen: ExplorerScreen {
    let kind = ScreenKind.articles
    private(set) var order: ArticleOrder = .date
    private(set) var cursor = ListCursor()
    private var rows = PagedRows<ArticleSummary>()
    /// Marks of the rows in view, and the corpus's unread count, read again at each layout.
    private var marks: [String: UserMark] = [:]
    private var unread = 0
    /// Saved searches and their unread articles, for the header: "fire 3 · csto 0".
    private var savedSearches: [(name: String, unread: Int)] = []
    private static let headerRows = 2

    init(context: ScreenContext) throws {
        cursor.setCount(try context.store.counts().articles)
    }

    var title: String { "Articles" }
    var position: String { unread > 0 ? "\(cursor.position)  \(unread) unread" : cursor.position }
    var currentArticle: String? { selected?.id }

    var selected: ArticleSummary? { row(cursor.selection) }

    mutating func reload(context: ScreenContext) throws {
        rows.reset()
        cursor.setCount(try context.store.counts().articles)
    }

    private func row(_ index: Int) -> ArticleSummary? { rows.row(index) }

    mutating func layout(size: Size, context: ScreenContext) throws {
        cursor.setHeight(size.height - Self.headerRows)
        try fetch(context)
        savedSearches = try context.state.marks(.search).map { mark in
            let hits = (try? context.store.search(mark.query ?? "", limit: MarksScreen.searchLimit, asYouType: false).articles.map(\.article.id)) ?? []
            return (mark.id, hits.count - (try context.state.readArticles(among: hits)).count)
        }
    }

    private mutating func fetch(_ context: ScreenContext) throws {
        try rows.fetch(cursor.visible) { try context.store.articles(order: order, range: $0) }
        marks = try context.state.marks(.article, among: cursor.visible.compactMap { row($0)?.id })
        unread = max(0, cursor.count - (try context.state.readCount()))
    }

    /// Moves to the next unread article below the cursor, a page of rows at a time.
    private mutating func selectNextUnread(_ context: ScreenContext) throws -> ScreenEffect {
        var start = cursor.selection + 1
        while start < cursor.count {
            let page = try context.store.articles(order: order, range: start..<min(cursor.count, start + 200))
            guard !page.isEmpty else { break }
            let read = try context.state.readArticles(among: page.map(\.id))
            if let offset = page.firstIndex(where: { !read.contains($0.id) }) {
                cursor.select(start + offset)
                try fetch(context)
                return .none
            }
            start += page.count
        }
        return .message("No unread article below this one")
    }

    mutating func perform(_ action: Action, context: ScreenContext) throws -> ScreenEffect {
        if cursor.apply(action) {
            try fetch(context)
            return .none
        }
        switch action {
        case .open:
            return selected.map { .open(.article(id: $0.id, sentence: nil)) } ?? .none
        case .nextUnread:
            return try selectNextUnread(context)
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
        if !savedSearches.isEmpty {
            let saved = DisplayText("Saved: " + savedSearches.map { "\($0.name) \($0.unread)" }.joined(separator: " \u{B7} ") + "  (:searches)")
            let x = max(40, width - saved.width)
            if x < width { screen.column(saved, x: x, y: 0, width: width - x, style: theme.style(.dim)) }
        }
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
            let mark = marks[article.id]
            // Unread in bold, as mail and feed readers show it.
            var plain = ListDrawing.style(.plain, selected, theme)
            plain.bold = mark?.read != true
            if article.unresolvedLinks > 0 {
                screen.column("!", x: 0, y: y, width: 1, style: ListDrawing.style(.marker, selected, theme))
            }
            if mark?.starred == true || !(mark?.note ?? "").isEmpty {
                screen.column(mark?.starred == true ? "*" : "+", x: 1, y: y, width: 1, style: ListDrawing.style(.marker, selected, theme))
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
