import EventModel
import TerminalCore

/// The "Events" section of an entity page: the events the entity takes part in, and for an event
/// entity the sentences that report it.
struct EntityEvents: Sendable {
    /// At most this many events, and this many sentences of the entity's own event.
    static let limit = 50

    let entityID: String
    let events: [NewsEvent]
    /// Events that are entities too: their link opens their page rather than their first sentence.
    let withPages: Set<String>
    /// Names of the places and participants shown.
    let names: [String: String]

    /// - parameter involving: every event the entity is in, as the store gives them.
    init(entityID: String, involving: [NewsEvent], store: any CorpusStore) throws {
        self.entityID = entityID
        events = Array(involving.prefix(Self.limit))
        var withPages = Set<String>()
        var names: [String: String] = [:]
        for event in events {
            if try store.entity(id: event.id) != nil { withPages.insert(event.id) }
            for id in event.participants where names[id] == nil { names[id] = try store.entity(id: id)?.name ?? id }
        }
        self.withPages = withPages
        self.names = names
    }

    func append(to document: inout Document, width: Int) {
        guard !events.isEmpty else { return }
        document.blank()
        document.append([Segment("Events (\(events.count)\(events.count >= Self.limit ? "+" : ""))", .heading)])
        for event in events {
            let first = event.sentences.first
            let target: LinkTarget = event.id != entityID && withPages.contains(event.id)
                ? .entity(event.id)
                : first.map { .article(id: $0.article, sentence: $0.sentence) } ?? .entity(event.id)
            let link = document.addLink(target)
            var atoms = TextWrapper.atoms(DisplayText((event.date ?? event.unresolvedTime.map { "undated (\($0))" } ?? "undated") + "  "), role: .dim)
            atoms += TextWrapper.atoms(DisplayText(event.name), role: .link, link: link)
            atoms += TextWrapper.atoms(DisplayText("  [\(event.origin.rawValue)\(role(in: event).map { ", \($0)" } ?? "")]"), role: .dim)
            document.appendWrapped(atoms, width: width, indent: 2)
            var details: [String] = []
            if let place = event.place { details.append("in " + (names[place] ?? place)) }
            let agents = event.agents.filter { $0 != entityID }.map { names[$0] ?? $0 }
            if !agents.isEmpty { details.append("by " + agents.prefix(3).joined(separator: ", ")) }
            let targets = event.targets.filter { $0 != entityID }.map { names[$0] ?? $0 }
            if !targets.isEmpty { details.append("against " + targets.prefix(3).joined(separator: ", ")) }
            details += event.figures.prefix(4).map { "\($0.measure.replacingOccurrences(of: "_", with: " ")): \($0.value)" }
            if !details.isEmpty { document.appendWrapped(details.joined(separator: " · "), role: .dim, width: width, indent: 4) }
            // The entity's own event lists its reports; another event shows the sentence that names it.
            let shown = event.id == entityID ? Array(event.sentences.prefix(Self.limit)) : Array(event.sentences.prefix(1))
            for sentence in shown {
                let link = event.id == entityID ? document.addLink(.article(id: sentence.article, sentence: sentence.sentence)) : nil
                var atoms = TextWrapper.atoms(untrusted: "\u{201C}\(sentence.text)\u{201D}", role: .plain, link: link, offset: -1)
                if event.id == entityID { atoms += TextWrapper.atoms(untrusted: " \(sentence.article)", role: .dim, offset: -1) }
                document.appendWrapped(atoms, width: width, indent: 6)
            }
            if event.id == entityID && event.sentences.count > shown.count {
                document.appendWrapped("… and \(event.sentences.count - shown.count) more sentences", role: .dim, width: width, indent: 6)
            }
        }
    }

    /// What the entity is to the event, in a word.
    private func role(in event: NewsEvent) -> String? {
        if event.id == entityID { return nil }
        if event.agents.contains(entityID) { return "did it" }
        if event.targets.contains(entityID) { return "target" }
        if event.place == entityID { return "place" }
        if event.sentences.contains(where: { $0.condemners.contains(entityID) }) { return "condemned it" }
        if event.sentences.contains(where: { $0.blamed.contains { $0.accused == entityID } }) { return "blamed for it" }
        return nil
    }
}
