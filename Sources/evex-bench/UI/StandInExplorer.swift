import EventModel
import TerminalCore

/// TEMPORARY: makes the store calls and draws the cells that the explorer's article list, reader
/// and search screen make, until ExplorerUI's `Explorer` can be driven here. Delete with the reconnect.
struct StandInExplorer: UIDriver {
    private enum Mode {
        case list
        case reader(String)
        case search(String)
    }

    let store: any CorpusStore
    private var screen: Screen
    private var mode = Mode.list
    private var selection = 0
    private var top = 0
    private var total: Int

    init(store: any CorpusStore, size: Size) {
        self.store = store
        screen = Screen(size: size)
        total = (try? store.counts().articles) ?? 0
    }

    private var rows: Int { max(1, screen.height - 2) }

    mutating func press(_ key: Key) throws -> Screen {
        switch (mode, key) {
        case (.list, .character("j")), (.list, .down): selection = min(max(0, total - 1), selection + 1)
        case (.list, .character("k")), (.list, .up): selection = max(0, selection - 1)
        case (.list, .pageDown): selection = min(max(0, total - 1), selection + rows)
        case (.list, .pageUp): selection = max(0, selection - rows)
        case (.list, .enter):
            if let row = try store.articles(order: .date, range: selection..<(selection + 1)).first { mode = .reader(row.id) }
        case (.list, .character("/")): mode = .search("")
        case (.reader, .backspace): mode = .list
        case (.search(let text), .character(let c)): mode = .search(text + String(c))
        case (.search(let text), .backspace): mode = .search(String(text.dropLast()))
        case (.search, .escape): mode = .list
        default: break
        }
        if selection < top { top = selection }
        if selection >= top + rows { top = selection - rows + 1 }
        try draw()
        return screen
    }

    private mutating func draw() throws {
        screen.clear()
        switch mode {
        case .list:
            for (offset, row) in try store.articles(order: .date, range: top..<(top + rows)).enumerated() {
                screen.put(DisplayText("\(row.date ?? "undated")  \(row.title)"), x: 0, y: offset + 1)
            }
        case .reader(let id):
            guard let article = try store.article(id: id) else { break }
            _ = try store.mentions(inArticle: id)
            _ = try store.backlinks(to: id)
            screen.put(DisplayText(article.title), x: 0, y: 0)
            var y = 2
            for paragraph in article.paragraphs where y < screen.height - 1 {
                var line = ""
                for word in article.text.substring(paragraph).split(separator: " ") where y < screen.height - 1 {
                    if line.count + word.count + 1 > screen.width {
                        screen.put(DisplayText(line), x: 0, y: y)
                        y += 1
                        line = ""
                    }
                    line += (line.isEmpty ? "" : " ") + word
                }
                if y < screen.height - 1 { screen.put(DisplayText(line), x: 0, y: y) }
                y += 2
            }
        case .search(let text):
            screen.put(DisplayText("/" + text), x: 0, y: screen.height - 1)
            guard !text.isEmpty else { break }
            let results = try store.search(text, limit: rows, asYouType: true)
            for (offset, hit) in results.articles.prefix(rows - 1).enumerated() {
                screen.put(DisplayText(hit.article.title), x: 0, y: offset + 1)
            }
        }
    }
}
