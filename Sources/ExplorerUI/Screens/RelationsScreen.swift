import EventModel
import TerminalCore

/// An entity's neighbourhood, one or two hops out, as an indented tree; filterable by predicate and
/// origin. `P` asks for another entity and shows the shortest path to it.
struct RelationsScreen: ExplorerScreen {
    let kind = ScreenKind.relations
    let root: Entity
    private(set) var hops = 1
    private(set) var predicate: Predicate?
    private(set) var origin: RelationOrigin?
    /// Ties, each once with all its origins, strongest first.
    private let firstHop: [Tie]
    /// Each expanded neighbour's strongest ties under the filters of ``secondHopFilter``.
    private var secondHop: [String: TiePage] = [:]
    private var secondHopFilter: TieFilter?
    private var names: [String: String] = [:]
    private(set) var view = DocumentView(selectsLinks: true)
    private var laidOutWidth = -1
    private var height = 1
    /// The sentence behind each edge, by link: shown under the tree for the focused edge.
    private var evidence: [Int: String] = [:]
    /// Edges of ties stated by co-occurrence alone, whose sentence is read when the edge is focused:
    /// a hub's tie to another can have thousands (``TiePage``).
    private var unreadEvidence: [Int: (node: String, other: String)] = [:]
    /// Bounds that keep a hub entity with thousands of ties drawable within a key press.
    static let firstHopLimit = 500
    static let childLimit = 8
    /// Only the strongest neighbours are expanded to a second hop: each costs the store its relations.
    static let expandLimit = 60

    init(id: String, context: ScreenContext) throws {
        guard let root = try context.store.entityOrEvent(id: id) else { throw ExplorerError.noEntity(id) }
        self.root = root
        firstHop = RelationRanking.strongestFirst(try context.store.ties(of: id))
        names[root.id] = root.name
        try resolveNames(Array(firstHop.prefix(Self.firstHopLimit)), context)
    }

    var title: String { "Relations of \(root.name)" }
    var position: String { view.position }
    var currentEntity: String? {
        if case .entity(let id)? = view.focusedTarget { return id }
        return root.id
    }

    mutating func layout(size: Size, context: ScreenContext) throws {
        // The last row shows the focused edge's supporting sentence.
        height = max(1, size.height - 1)
        if laidOutWidth == size.width {
            view.setHeight(height)
        } else {
            laidOutWidth = size.width
            try rebuild(context)
        }
        try readFocusedEvidence(context)
    }

    mutating func perform(_ action: Action, context: ScreenContext) throws -> ScreenEffect {
        switch action {
        case .open:
            return view.focusedTarget.map { .open($0.destination) } ?? .none
        case .cycleHops:
            hops = hops == 1 ? 2 : 1
            try rebuild(context, resetFocus: true)
            return .message(hops == 1 ? "One hop out" : "Two hops out")
        case .cyclePredicate:
            let options: [Predicate?] = [nil] + Array(Set(firstHop.map(\.predicate))).sorted().map { $0 }
            predicate = options[((options.firstIndex(of: predicate) ?? 0) + 1) % options.count]
            try rebuild(context, resetFocus: true)
            return .message("Predicate: \(predicate?.label ?? "all")")
        case .cycleOrigin:
            let options: [RelationOrigin?] = [nil] + RelationOrigin.allCases.map { $0 }
            origin = options[((options.firstIndex(of: origin) ?? 0) + 1) % options.count]
            try rebuild(context, resetFocus: true)
            return .message("Origin: \(origin?.rawValue ?? "all")")
        case .findPath:
            return .askPath(from: root.id)
        default:
            view.perform(action)
            try readFocusedEvidence(context)
            return .none
        }
    }

    mutating func click(row: Int, context: ScreenContext) throws -> ScreenEffect {
        view.click(row: row)
        try readFocusedEvidence(context)
        return .none
    }

    func draw(into screen: inout Screen, height: Int, theme: Theme) {
        view.draw(into: &screen, y: 0, height: height - 1, theme: theme)
        guard height > 1, let link = view.focus, let sentence = evidence[link] else { return }
        let line = [Segment("\u{201C}", .dim)] + [Segment(TextWrapper.displayProse(sentence), .evidence), Segment("\u{201D}", .dim)]
        screen.draw(line, y: height - 1, width: screen.width, theme: theme)
    }

    // MARK: - Tree

    /// A tie passes the origin filter when any of its origins is the one asked for.
    private func passes(_ tie: Tie) -> Bool {
        TieFilter(predicate: predicate, origin: origin).accepts(tie)
    }

    /// The sentence of the focused edge, when its tie came without one.
    private mutating func readFocusedEvidence(_ context: ScreenContext) throws {
        guard let link = view.focus, evidence[link] == nil, let edge = unreadEvidence[link] else { return }
        let tie = Tie.group(try context.store.relations(between: edge.node, and: edge.other)).first { $0.predicate == .coOccursWith }
        if let lead = tie?.leadingEvidence { evidence[link] = lead.article == nil ? lead.citationLine ?? lead.text : lead.text }
    }

    private mutating func resolveNames(_ ties: [Tie], _ context: ScreenContext) throws {
        for id in Set(ties.flatMap { [$0.subject, $0.object] }) where names[id] == nil {
            names[id] = try context.store.entityOrEvent(id: id)?.name ?? id
        }
    }

    private mutating func rebuild(_ context: ScreenContext, resetFocus: Bool = false) throws {
        let shown = Array(firstHop.filter(passes).prefix(Self.firstHopLimit))
        try resolveNames(shown, context)
        if hops == 2 {
            let filter = TieFilter(predicate: predicate, origin: origin, excluding: root.id)
            if secondHopFilter != filter { secondHop = [:] }
            secondHopFilter = filter
            var missing: [String] = []
            for tie in shown.prefix(Self.expandLimit) {
                let other = tie.other(than: root.id)
                if secondHop[other] == nil, !missing.contains(other) { missing.append(other) }
            }
            // One question for every neighbour expanded, for the page shown of each; stored relations
            // only: the events of every neighbour would cost a merge each.
            let found = missing.isEmpty ? [:] : try context.store.strongestTies(ofEach: missing, filter: filter, limit: Self.childLimit)
            for other in missing {
                let page = found[other] ?? TiePage(ties: [], count: 0)
                secondHop[other] = page
                try resolveNames(page.ties, context)
            }
        }
        var document = Document()
        evidence = [:]
        unreadEvidence = [:]
        let width = laidOutWidth
        let filters = "\(hops) hop\(hops == 1 ? "" : "s") \u{00B7} predicate: \(predicate?.label ?? "all") \u{00B7} origin: \(origin?.rawValue ?? "all")"
        document.appendWrapped(filters, role: .dim, width: width)
        let rootLink = document.addLink(.entity(root.id))
        document.appendWrapped(root.name, role: .title, link: rootLink, width: width)
        if shown.isEmpty { document.append([Segment("  no relations", .dim)]) }
        for (index, tie) in shown.enumerated() {
            let last = index == shown.count - 1
            let other = appendEdge(tie, from: root.id, prefix: last ? "\u{2514}\u{2500} " : "\u{251C}\u{2500} ", to: &document)
            guard hops == 2, let page = secondHop[other] else { continue }
            let children = page.ties.prefix(Self.childLimit)
            let indent = last ? "   " : "\u{2502}  "
            for (childIndex, child) in children.enumerated() {
                let lastChild = childIndex == children.count - 1 && page.count <= Self.childLimit
                appendEdge(child, from: other, prefix: indent + (lastChild ? "\u{2514}\u{2500} " : "\u{251C}\u{2500} "), to: &document)
            }
            if page.count > Self.childLimit {
                document.appendWrapped(indent + "\u{2514}\u{2500} \u{2026} \(page.count - Self.childLimit) more", role: .dim, width: width)
            }
        }
        if firstHop.filter(passes).count > Self.firstHopLimit {
            document.appendWrapped("\u{2026} \(firstHop.filter(passes).count - Self.firstHopLimit) more", role: .dim, width: width)
        }
        if resetFocus { view.focus = nil }
        view.setDocument(document, height: height)
        if resetFocus { view.perform(.top) }
        try readFocusedEvidence(context)
    }

    /// "├─ member of → CSTO [curated, pattern]"; returns the entity at the other end.
    @discardableResult
    private mutating func appendEdge(_ tie: Tie, from node: String, prefix: String, to document: inout Document) -> String {
        let outgoing = tie.subject == node
        let other = tie.other(than: node)
        let link = document.addLink(.entity(other))
        if let lead = tie.leadingEvidence {
            evidence[link] = lead.article == nil ? lead.citationLine ?? lead.text : lead.text
        } else if tie.origins == [.cooccurrence] {
            unreadEvidence[link] = (node, other)
        }
        var atoms = TextWrapper.atoms(DisplayText(prefix), role: .dim)
        atoms += TextWrapper.atoms(DisplayText(outgoing ? "\(tie.predicate.label) \u{2192} " : "\u{2190} \(tie.predicate.label) \u{2190} "), role: .plain)
        atoms += TextWrapper.atoms(DisplayText(names[other] ?? other), role: .link, link: link)
        atoms += TextWrapper.atoms(DisplayText(" " + tie.details), role: .dim)
        // Tree rows are clipped rather than wrapped, so the tree's shape stays readable.
        document.append(TextWrapper.segments(atoms))
        return other
    }
}
