import EventModel
import TerminalCore

/// `:starred`, `:notes` and `:searches`: what the reader starred, noted or saved, each row opening
/// its article, entity or search.
struct MarksScreen: ExplorerScreen {
    enum Filter: String, Sendable, Hashable {
        case starred = "Starred"
        case notes = "Notes"
        case searches = "Saved searches"
    }

    struct Row: Sendable, Hashable {
        var mark: UserMark
        var label: String
        /// Unread articles among a saved search's results.
        var unread: Int?
    }

    let kind = ScreenKind.marks
    let filter: Filter
    private let rows: [Row]
    private(set) var cursor = ListCursor()
    private static let headerRows = 1
    /// Results of a saved search counted for its unread figure.
    static let searchLimit = 100

    init(filter: Filter, context: ScreenContext) throws {
        self.filter = filter
        let marks: [UserMark]
        switch filter {
        case .starred: marks = try context.state.marks(nil).filter(\.starred)
        case .notes: marks = try context.state.marks(nil).filter { !($0.note ?? "").isEmpty }
        case .searches: marks = try context.state.marks(.search)
        }
        rows = try marks.map { try Self.row($0, context: context) }
        cursor.setCount(rows.count)
    }

    private static func row(_ mark: UserMark, context: ScreenContext) throws -> Row {
        switch mark.kind {
        case .article:
            return Row(mark: mark, label: try context.store.article(id: mark.id)?.title ?? "\(mark.id) (no longer in the corpus)")
        case .entity:
            return Row(mark: mark, label: try context.store.entity(id: mark.id)?.name ?? "\(mark.id) (no longer in the corpus)")
        case .search:
            let query = mark.query ?? ""
            let hits = (try? context.store.search(query, limit: searchLimit, asYouType: false).articles.map(\.article.id)) ?? []
            let read = try context.state.readArticles(among: hits)
            return Row(mark: mark, label: "\(mark.id): \(query)", unread: hits.count - read.count)
        }
    }

    var title: String { filter.rawValue }
    var position: String { cursor.position }
    var destination: Destination? { .marks(filter) }
    var place: ScreenPlace { ScreenPlace(selection: cursor.selection) }
    mutating func restore(_ place: ScreenPlace) { cursor.select(place.selection ?? 0) }
    private var selected: Row? { rows.indices.contains(cursor.selection) ? rows[cursor.selection] : nil }
    var currentEntity: String? { selected?.mark.kind == .entity ? selected?.mark.id : nil }
    var currentArticle: String? { selected?.mark.kind == .article ? selected?.mark.id : nil }

    mutating func layout(size: Size, context: ScreenContext) throws {
        cursor.setHeight(size.height - Self.headerRows)
    }

    mutating func perform(_ action: Action, context: ScreenContext) throws -> ScreenEffect {
        if cursor.apply(action) { return .none }
        guard action == .open, let row = selected else { return .none }
        switch row.mark.kind {
        case .article: return .open(.article(id: row.mark.id, sentence: nil))
        case .entity: return .open(.entity(row.mark.id))
        case .search: return .open(.search(query: row.mark.query ?? "", editing: false))
        }
    }

    mutating func click(row: Int, context: ScreenContext) throws -> ScreenEffect {
        guard row >= Self.headerRows else { return .none }
        cursor.select(cursor.top + row - Self.headerRows)
        return .none
    }

    func draw(into screen: inout Screen, height: Int, theme: Theme) {
        let empty = rows.isEmpty ? ": none yet (* stars, :note TEXT notes, :save NAME on a search saves it)" : ""
        ListDrawing.header("\(filter.rawValue) (\(rows.count))\(empty)", into: &screen, y: 0, theme: theme)
        ListDrawing.rows(cursor, into: &screen, y: Self.headerRows, height: height - Self.headerRows, theme: theme) { screen, index, y, selected in
            let row = rows[index]
            let kindLabel = row.mark.kind == .search ? (row.unread.map { "\($0) unread" } ?? "") : row.mark.kind.rawValue
            screen.column(DisplayText(kindLabel), x: 2, y: y, width: 10, style: ListDrawing.style(.dim, selected, theme))
            var text = DisplayText(row.label)
            if let note = row.mark.note, !note.isEmpty { text = text + "  \u{2014} " + DisplayText(note) }
            screen.column(text, x: 13, y: y, width: max(0, screen.width - 13), style: ListDrawing.style(.plain, selected, theme))
        }
    }
}
