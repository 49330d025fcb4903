import EventModel
import TerminalCore

/// The shortest chain of relations between two entities, each step with its supporting sentence.
struct PathScreen: ExplorerScreen {
    let kind = ScreenKind.path
    private let source: Entity
    private let target: Entity
    private let steps: [PathStep]
    private let names: [String: String]
    private(set) var view = DocumentView(selectsLinks: true)
    private var laidOutWidth = -1

    init(from sourceID: String, to targetID: String, context: ScreenContext) throws {
        guard let source = try context.store.entity(id: sourceID) else { throw ExplorerError.noEntity(sourceID) }
        guard let target = try context.store.entity(id: targetID) else { throw ExplorerError.noEntity(targetID) }
        guard let steps = try context.store.shortestPath(from: sourceID, to: targetID, maxVisited: Self.maxVisited) else {
            throw ExplorerError.noPath(from: source.name, to: target.name)
        }
        self.source = source
        self.target = target
        self.steps = steps
        var names: [String: String] = [source.id: source.name, target.id: target.name]
        for step in steps { names[step.reached] = try context.store.entity(id: step.reached)?.name ?? step.reached }
        self.names = names
    }

    /// Entities a search for a path may reach before it gives up: a huge co-occurrence graph must not stall a key press.
    static let maxVisited = 20_000

    var title: String { "Path to \(target.name)" }
    var position: String { view.position }
    var currentEntity: String? {
        if case .entity(let id)? = view.focusedTarget { return id }
        return source.id
    }

    mutating func layout(size: Size, context: ScreenContext) throws {
        if laidOutWidth == size.width { return view.setHeight(size.height) }
        laidOutWidth = size.width
        view.setDocument(build(width: size.width), height: size.height)
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

    private func build(width: Int) -> Document {
        var document = Document()
        document.appendWrapped("How \(source.name) is tied to \(target.name): \(steps.count) step\(steps.count == 1 ? "" : "s")", role: .title, width: width)
        document.blank()
        let first = document.addLink(.entity(source.id))
        document.appendWrapped(source.name, role: .link, link: first, width: width)
        var previous = source.id
        for step in steps {
            let relation = step.relation
            let forward = relation.subject == previous
            let arrow = forward ? "\u{2500}\(relation.predicate.label)\u{2192}" : "\u{2190}\(relation.predicate.label)\u{2500}"
            document.appendWrapped("\(arrow) [\(relation.origin.rawValue)]", role: .dim, width: width, indent: 2)
            if let evidence = relation.evidence.first {
                let link = evidence.article.map { document.addLink(.article(id: $0, sentence: evidence.sentence)) }
                document.appendWrapped("\u{201C}\(evidence.text)\u{201D}", role: link == nil ? .plain : .link, link: link, width: width, indent: 4)
            }
            let node = document.addLink(.entity(step.reached))
            document.appendWrapped(names[step.reached] ?? step.reached, role: .link, link: node, width: width)
            previous = step.reached
        }
        return document
    }
}
