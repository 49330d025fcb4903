import TerminalCore

/// Where an unresolved "Read more" link leads: a page saying the article is not in the corpus,
/// offering a search for its title.
struct MissingArticleScreen: ExplorerScreen {
    let kind = ScreenKind.missing
    let linkTitle: String
    let from: String
    private(set) var view = DocumentView(selectsLinks: true)
    private var laidOutWidth = -1

    init(title: String, from: String) {
        linkTitle = title
        self.from = from
    }

    var title: String { "Not in corpus" }
    var position: String { view.position }

    mutating func layout(size: Size, context: ScreenContext) throws {
        if laidOutWidth == size.width { return view.setHeight(size.height) }
        laidOutWidth = size.width
        var document = Document()
        document.appendWrapped("\u{201C}\(linkTitle)\u{201D}", role: .title, width: size.width)
        document.blank()
        document.appendWrapped("This article is not in the corpus: no file has this title.", width: size.width)
        document.blank()
        let search = document.addLink(.search(linkTitle))
        document.appendWrapped("Search the corpus for its title", role: .link, link: search, width: size.width, indent: 2)
        let back = document.addLink(.article(id: from, sentence: nil))
        document.appendWrapped("Back to the article that links to it", role: .link, link: back, width: size.width, indent: 2)
        view.setDocument(document, height: size.height)
    }

    mutating func perform(_ action: Action, context: ScreenContext) throws -> ScreenEffect {
        if action == .open { return view.focusedTarget.map { .open($0.destination) } ?? .none }
        view.perform(action)
        return .none
    }

    mutating func click(row: Int, context: ScreenContext) throws -> ScreenEffect {
        view.click(row: row)
        return .none
    }

    func draw(into screen: inout Screen, height: Int, theme: Theme) {
        view.draw(into: &screen, y: 0, height: height, theme: theme)
    }
}
