import EventModel
import TerminalCore

/// What went wrong loading the corpus, file by file: the first screen when nothing could be loaded,
/// and `:diagnostics` at any time.
struct DiagnosticsScreen: ExplorerScreen {
    let kind = ScreenKind.diagnostics
    private let diagnostics: [Diagnostic]
    private(set) var view = DocumentView()
    private var laidOutWidth = -1

    init(context: ScreenContext) throws {
        diagnostics = try context.store.diagnostics()
    }

    var title: String { "Diagnostics" }
    var position: String { view.position }

    mutating func layout(size: Size, context: ScreenContext) throws {
        if laidOutWidth == size.width { return view.setHeight(size.height) }
        laidOutWidth = size.width
        var document = Document()
        let errors = diagnostics.filter { $0.severity == .error }.count
        document.appendWrapped("\(errors) error\(errors == 1 ? "" : "s"), \(diagnostics.count - errors) warning\(diagnostics.count - errors == 1 ? "" : "s")", role: .title, width: size.width)
        document.blank()
        if diagnostics.isEmpty { document.appendWrapped("The corpus loaded without a complaint.", role: .dim, width: size.width) }
        for diagnostic in diagnostics {
            var atoms = TextWrapper.atoms(DisplayText(diagnostic.severity.rawValue + ": "), role: diagnostic.severity == .error ? .error : .marker)
            let place = diagnostic.line.map { "\(diagnostic.path):\($0)" } ?? diagnostic.path
            atoms += TextWrapper.atoms(DisplayText("\(place): \(diagnostic.message)"))
            document.appendWrapped(atoms, width: size.width)
        }
        view.setDocument(document, height: size.height)
    }

    mutating func perform(_ action: Action, context: ScreenContext) throws -> ScreenEffect {
        view.perform(action)
        return .none
    }

    mutating func click(row: Int, context: ScreenContext) throws -> ScreenEffect { .none }

    func draw(into screen: inout Screen, height: Int, theme: Theme) {
        view.draw(into: &screen, y: 0, height: height, theme: theme)
    }
}
