import TerminalCore

/// Every key of the screen it was opened from, written from the same table that dispatches keys.
struct HelpScreen: ExplorerScreen {
    let kind = ScreenKind.help
    let subject: ScreenKind
    private(set) var view = DocumentView()
    private var laidOutWidth = -1

    init(for subject: ScreenKind) {
        self.subject = subject
    }

    var title: String { "Help" }
    var position: String { view.position }

    mutating func layout(size: Size, context: ScreenContext) throws {
        if laidOutWidth == size.width { return view.setHeight(size.height) }
        laidOutWidth = size.width
        view.setDocument(build(width: size.width), height: size.height)
    }

    mutating func perform(_ action: Action, context: ScreenContext) throws -> ScreenEffect {
        view.perform(action)
        return .none
    }

    mutating func click(row: Int, context: ScreenContext) throws -> ScreenEffect { .none }

    func draw(into screen: inout Screen, height: Int, theme: Theme) {
        view.draw(into: &screen, y: 0, height: height, theme: theme)
    }

    private func build(width: Int) -> Document {
        var document = Document()
        document.appendWrapped("Keys on the \(subject.rawValue) screen", role: .title, width: width)
        document.blank()
        let bindings = ActionTable.bindings(for: subject)
        let specific = bindings.filter { $0.screens != nil }
        let everywhere = bindings.filter { $0.screens == nil }
        append("This screen", specific, to: &document, width: width)
        document.blank()
        append("Everywhere", everywhere, to: &document, width: width)
        document.blank()
        append("Commands (after :)", CommandTable.all.map { ($0.usage, $0.help) }, to: &document, width: width)
        document.blank()
        append("In a prompt (:, /)", LineEditor.keys, to: &document, width: width)
        document.blank()
        document.appendWrapped("The mouse wheel scrolls and a click selects, where the terminal reports them.", role: .dim, width: width)
        return document
    }

    private func append(_ heading: String, _ bindings: [Binding], to document: inout Document, width: Int) {
        append(heading, bindings.map { ($0.keys.map(KeyName.of).joined(separator: ", "), $0.help) }, to: &document, width: width)
    }

    private func append(_ heading: String, _ rows: [(keys: String, help: String)], to document: inout Document, width: Int) {
        document.append([Segment(DisplayText(heading), .heading)])
        let keyWidth = 22
        for (keys, help) in rows {
            // The help wraps under itself, not under the keys.
            let rows = TextWrapper.wrap(TextWrapper.atoms(DisplayText(help)), width: max(1, width - keyWidth - 2))
            for (index, row) in rows.enumerated() {
                let label = index == 0 ? keys : ""
                let padded = "  " + label + String(repeating: " ", count: max(1, keyWidth - label.count))
                document.append([Segment(DisplayText(padded), .link)] + TextWrapper.segments(row))
            }
        }
    }
}
