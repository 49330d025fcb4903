import EventModel
import TerminalCore

/// One entity: what it is, its relations grouped by predicate with the sentence behind each, and
/// the articles that mention it.
struct EntityScreen: ExplorerScreen {
    let kind = ScreenKind.entity
    let entity: Entity
    /// The strongest ties, each once with all its origins, at most `relationLimit`; `tieCount` says how many there are.
    private let ties: [Tie]
    private let tieCount: Int
    private let names: [String: String]
    private let mentioning: [KeywordInContext]
    private let events: EntityEvents
    private(set) var view = DocumentView(selectsLinks: true)
    private var laidOutWidth = -1
    static let mentionLimit = 200
    /// A hub entity can have thousands of co-occurrences; a page shows the strongest ties.
    static let relationLimit = 300

    init(id: String, context: ScreenContext) throws {
        // An event read from the text has a page too: the ties that point to it lead there.
        guard let entity = try context.store.entityOrEvent(id: id) else { throw ExplorerError.noEntity(id) }
        self.entity = entity
        let involving = try context.store.events(involving: id)
        let all = try context.store.ties(of: id, events: involving)
        tieCount = all.count
        ties = Array(RelationRanking.strongestFirst(all).prefix(Self.relationLimit))
        var names: [String: String] = [:]
        let eventNames = Dictionary(involving.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        for other in Set(ties.flatMap { [$0.subject, $0.object] }) {
            names[other] = try context.store.entity(id: other)?.name ?? eventNames[other] ?? other
        }
        self.names = names
        mentioning = try context.store.mentioningArticles(entityID: id, limit: Self.mentionLimit)
        events = try EntityEvents(entityID: id, involving: involving, store: context.store)
    }

    var title: String { entity.name }
    var position: String { view.position }
    var currentEntity: String? { entity.id }
    /// What `-` rejects on the tie under the cursor: its pattern or co-occurrence record (a curated one
    /// is left to its knowledge file). The tie rows are the page's first links, one each, in the
    /// order ``groupedTies()`` gives.
    var currentRelation: Relation? {
        guard let focus = view.focus else { return nil }
        let rows = groupedTies().flatMap(\.1)
        guard rows.indices.contains(focus) else { return nil }
        return rows[focus].relations.first { $0.origin != .curated } ?? rows[focus].relations.first
    }
    var destination: Destination? { .entity(entity.id) }
    var place: ScreenPlace { view.place }
    mutating func restore(_ place: ScreenPlace) { view.restore(place) }

    mutating func layout(size: Size, context: ScreenContext) throws {
        if laidOutWidth == size.width { return view.setHeight(size.height) }
        laidOutWidth = size.width
        view.setDocument(build(width: size.width), height: size.height)
    }

    mutating func perform(_ action: Action, context: ScreenContext) throws -> ScreenEffect {
        if action == .open {
            return view.focusedTarget.map { .open($0.destination) } ?? .none
        }
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

    // MARK: - Layout

    private func build(width: Int) -> Document {
        var document = Document()
        var heading = [Segment(entity.name, .title), Segment("  "), Segment(entity.kind.rawValue, .kind(entity.kind))]
        if !entity.confirmed { heading.append(Segment("  unconfirmed", .marker)) }
        document.appendWrapped(heading.flatMap { TextWrapper.atoms($0.text, role: $0.role) }, width: width)
        if !entity.aliases.isEmpty {
            document.appendWrapped("Also: " + entity.aliases.joined(separator: ", "), role: .dim, width: width)
        }
        if let description = entity.description, !description.isEmpty {
            document.appendWrapped(description, width: width)
        }
        for (scheme, id) in entity.externalIDs.sorted(by: { $0.key < $1.key }) {
            document.appendWrapped("\(scheme): \(id)", role: .dim, width: width)
        }
        if let place = entity.definedAt {
            document.appendWrapped("Defined in \(place.path)\(place.line.map { ":\($0)" } ?? "")", role: .dim, width: width)
        } else {
            document.appendWrapped("Origin: \(entity.origin.rawValue)", role: .dim, width: width)
        }

        document.blank()
        let more = tieCount > ties.count ? ", the \(ties.count) strongest shown" : ""
        document.append([Segment("Relations (\(tieCount)\(more))", .heading)])
        if ties.isEmpty { document.append([Segment("  none found", .dim)]) }
        for (label, group) in groupedTies() {
            document.appendWrapped(label, role: .heading, width: width, indent: 2)
            for tie in group { append(tie, to: &document, width: width) }
        }

        events.append(to: &document, width: width)

        document.blank()
        document.append([Segment("Mentioned in (\(mentioning.count)\(mentioning.count >= Self.mentionLimit ? "+" : ""))", .heading)])
        for context in mentioning {
            let link = document.addLink(.article(id: context.article.id, sentence: context.sentence))
            var atoms = TextWrapper.atoms(DisplayText(context.article.title), role: .link, link: link)
            atoms += TextWrapper.atoms(DisplayText(" (\(context.article.date ?? "undated"))"), role: .dim)
            document.appendWrapped(atoms, width: width, indent: 2)
            document.append([Segment("    ")] + KeywordInContextLine.segments(context.text, highlight: context.highlight, width: width - 4, role: .kind(entity.kind)))
        }
        return document
    }

    /// "→ CSTO [curated, pattern] as President", then the sentence that states it and the knowledge
    /// file's line, source or note when a knowledge file states it too.
    private func append(_ tie: Tie, to document: inout Document, width: Int) {
        let outgoing = tie.subject == entity.id
        let other = tie.other(than: entity.id)
        let evidence = tie.leadingEvidence
        let target: LinkTarget = evidence?.article.map { .article(id: $0, sentence: evidence?.sentence) } ?? .entity(other)
        let link = document.addLink(target)
        var atoms = TextWrapper.atoms(DisplayText(outgoing ? "\u{2192} " : "\u{2190} "), role: .dim)
        atoms += TextWrapper.atoms(DisplayText(names[other] ?? other), role: .link, link: link)
        atoms += TextWrapper.atoms(DisplayText(" " + tie.details), role: .dim)
        document.appendWrapped(atoms, width: width, indent: 4)
        if let evidence, evidence.article != nil {
            document.appendWrapped(TextWrapper.atoms(untrusted: "\u{201C}\(evidence.text)\u{201D}", role: .plain, offset: -1), width: width, indent: 6)
        }
        for line in tie.evidence where line.citationLine != nil {
            document.appendWrapped(TextWrapper.atoms(untrusted: line.citationLine ?? "", role: .dim, offset: -1), width: width, indent: 6)
        }
    }

    /// Ties by predicate: stated ones first (alphabetically), co-occurrence, the weakest signal,
    /// last. Within a group the strongest come first, then by the other entity's name.
    private func groupedTies() -> [(String, [Tie])] {
        var groups: [Predicate: [Tie]] = [:]
        for tie in ties {
            groups[tie.predicate, default: []].append(tie)
        }
        let order = groups.keys.sorted { ($0 == .coOccursWith ? 1 : 0, $0) < ($1 == .coOccursWith ? 1 : 0, $1) }
        return order.map { predicate in
            let group = groups[predicate] ?? []
            return (predicate.label, group.sorted {
                let left = (RelationRanking.rank($0), -$0.weight, names[$0.object] ?? "", names[$0.subject] ?? "")
                let right = (RelationRanking.rank($1), -$1.weight, names[$1.object] ?? "", names[$1.subject] ?? "")
                return left < right
            })
        }
    }
}
