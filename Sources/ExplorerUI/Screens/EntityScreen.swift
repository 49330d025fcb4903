import EventModel
import TerminalCore

/// One entity: what it is, its relations grouped by predicate with the sentence behind each, and
/// the articles that mention it.
struct EntityScreen: ExplorerScreen {
    let kind = ScreenKind.entity
    let entity: Entity
    /// The strongest relations, at most `relationLimit`; `relationCount` says how many there are.
    private let relations: [Relation]
    private let relationCount: Int
    private let names: [String: String]
    private let mentioning: [KeywordInContext]
    private let events: EntityEvents
    private(set) var view = DocumentView(selectsLinks: true)
    private var laidOutWidth = -1
    static let mentionLimit = 200
    /// A hub entity can have thousands of co-occurrences; a page shows the strongest ties.
    static let relationLimit = 300

    init(id: String, context: ScreenContext) throws {
        guard let entity = try context.store.entity(id: id) else { throw ExplorerError.noEntity(id) }
        self.entity = entity
        let all = try context.store.relations(of: id)
        relationCount = all.count
        relations = Array(RelationRanking.strongestFirst(all).prefix(Self.relationLimit))
        var names: [String: String] = [:]
        for other in Set(relations.flatMap { [$0.subject, $0.object] }) {
            names[other] = try context.store.entity(id: other)?.name ?? other
        }
        self.names = names
        mentioning = try context.store.mentioningArticles(entityID: id, limit: Self.mentionLimit)
        events = try EntityEvents(entityID: id, store: context.store)
    }

    var title: String { entity.name }
    var position: String { view.position }
    var currentEntity: String? { entity.id }
    /// The relation rows are the page's first links, in the order ``groupedRelations()`` gives.
    var currentRelation: Relation? {
        guard let focus = view.focus else { return nil }
        let rows = groupedRelations().flatMap(\.1)
        return rows.indices.contains(focus) ? rows[focus] : nil
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
        let more = relationCount > relations.count ? ", the \(relations.count) strongest shown" : ""
        document.append([Segment("Relations (\(relationCount)\(more))", .heading)])
        if relations.isEmpty { document.append([Segment("  none found", .dim)]) }
        for (label, group) in groupedRelations() {
            document.appendWrapped(label, role: .heading, width: width, indent: 2)
            for relation in group {
                let outgoing = relation.subject == entity.id
                let other = outgoing ? relation.object : relation.subject
                let evidence = relation.evidence.first { $0.article != nil } ?? relation.evidence.first
                let target: LinkTarget = evidence?.article.map { .article(id: $0, sentence: evidence?.sentence) } ?? .entity(other)
                let link = document.addLink(target)
                var atoms = TextWrapper.atoms(DisplayText(outgoing ? "\u{2192} " : "\u{2190} "), role: .dim)
                atoms += TextWrapper.atoms(DisplayText(names[other] ?? other), role: .link, link: link)
                var detail = " [\(relation.origin.rawValue)]"
                if let role = relation.role { detail += " as \(role)" }
                if relation.origin == .cooccurrence { detail += " \u{00D7}\(Int(relation.weight))" }
                atoms += TextWrapper.atoms(DisplayText(detail), role: .dim)
                document.appendWrapped(atoms, width: width, indent: 4)
                if let evidence {
                    var atoms = TextWrapper.atoms(untrusted: "\u{201C}\(evidence.text)\u{201D}", role: .plain, offset: -1)
                    if evidence.article == nil, let place = evidence.location {
                        atoms += TextWrapper.atoms(untrusted: " \(place.path)\(place.line.map { ":\($0)" } ?? "")", role: .dim, offset: -1)
                    }
                    document.appendWrapped(atoms, width: width, indent: 6)
                }
            }
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

    /// Relations by predicate: stated ones first (alphabetically), co-occurrence, the weakest
    /// signal, last. Within a group the strongest come first, then by the other entity's name.
    func groupedRelations() -> [(String, [Relation])] {
        var groups: [Predicate: [Relation]] = [:]
        for relation in relations {
            groups[relation.predicate, default: []].append(relation)
        }
        let order = groups.keys.sorted { ($0 == .coOccursWith ? 1 : 0, $0) < ($1 == .coOccursWith ? 1 : 0, $1) }
        return order.map { predicate in
            let group = groups[predicate] ?? []
            return (predicate.label, group.sorted {
                let left = (RelationRanking.rank($0.origin), -$0.weight, names[$0.object] ?? "", names[$0.subject] ?? "")
                let right = (RelationRanking.rank($1.origin), -$1.weight, names[$1.object] ?? "", names[$1.subject] ?? "")
                return left < right
            })
        }
    }
}
