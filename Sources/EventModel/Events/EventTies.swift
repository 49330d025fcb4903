/// The ties between entities and the events they claimed, condemned or are blamed for, read off the
/// events' sentences: "the group claimed the bombing" is a tie between the group and the bombing, which has
/// no entity of its own in an uncurated folder. The deed itself ties its doer to whom it was done to: "jets
/// struck Hezbollah depots" gives Israel attacked Hezbollah, "imposed sanctions on X" the state sanctioned X.
///
/// They are derived when asked for rather than stored, because an extracted event exists only once
/// its reports are merged across the corpus. A sentence may give a tie the extractor already stored (one
/// that names a curated event): ``adding(_:to:)`` keeps each sentence once.
public enum EventTies {
    /// Relations (origin `pattern`, each with its sentence) from the entities that claimed, condemned
    /// or are blamed for each event to the event's id; a blame keeps who lays it as ``Evidence/saidBy``.
    /// A sentence that names both who did the deed and whom it was done to ties the two as well.
    public static func relations(_ events: [NewsEvent]) -> [Relation] {
        var relations: [Relation] = []
        var position: [RelationKey: Int] = [:]
        func add(_ subject: String, _ predicate: Predicate, _ object: String, _ sentence: EventSentence, saidBy: String? = nil) {
            guard subject != object else { return }
            let evidence = Evidence(
                article: sentence.article, sentence: sentence.sentence, text: sentence.text, span: sentence.span, saidBy: saidBy)
            let relation = Relation(subject: subject, predicate: predicate, object: object, origin: .pattern, evidence: [evidence])
            if let at = position[relation.key] {
                guard !relations[at].evidence.contains(where: { $0.article == sentence.article && $0.sentence == sentence.sentence })
                else { return }
                relations[at].evidence.append(evidence)
                relations[at].weight += 1
            } else {
                position[relation.key] = relations.count
                relations.append(relation)
            }
        }
        for event in events {
            for sentence in event.sentences {
                for claimant in sentence.claimants { add(claimant, .claimedResponsibilityFor, event.id, sentence) }
                for condemner in sentence.condemners { add(condemner, .condemned, event.id, sentence) }
                for blame in sentence.blamed { add(blame.accused, .blamedFor, event.id, sentence, saidBy: blame.by) }
                if let deed = deedPredicate[sentence.type] {
                    for agent in sentence.agents { for target in sentence.targets { add(agent, deed, target, sentence) } }
                }
            }
        }
        return relations
    }

    /// The tie a deed makes between its doer and whom it was done to.
    static let deedPredicate: [EventType: Predicate] = [
        .attack: .attacked, .bombing: .attacked, .shooting: .attacked, .assassination: .attacked, .kidnapping: .attacked,
        .sanction: .sanctioned, .arrest: .arrested, .trial: .charged,
    ]

    /// `relations` with the event ties added: a tie the relations already state takes only the sentences
    /// it does not have, so that one sentence is never counted twice for one tie.
    public static func adding(_ ties: [Relation], to relations: [Relation]) -> [Relation] {
        var out = relations
        var position: [RelationKey: Int] = [:]
        for (index, relation) in out.enumerated() where position[relation.key] == nil { position[relation.key] = index }
        // The sentences each tie already has, read only for ties the events add to.
        var sentences: [Int: Set<SentenceRef>] = [:]
        for tie in ties {
            guard let at = position[tie.key] else {
                position[tie.key] = out.count
                out.append(tie)
                continue
            }
            if sentences[at] == nil { sentences[at] = Set(out[at].evidence.map { SentenceRef(article: $0.article, sentence: $0.sentence) }) }
            for evidence in tie.evidence
            where sentences[at]!.insert(SentenceRef(article: evidence.article, sentence: evidence.sentence)).inserted {
                out[at].evidence.append(evidence)
                out[at].weight += 1
            }
        }
        return out
    }
}

/// One sentence of one article.
private struct SentenceRef: Hashable {
    var article: String?
    var sentence: Int?
}

extension CorpusStore {
    /// An entity's relations with the ties to the events it claimed or condemned (``EventTies``), or
    /// the ties of the event itself. `events` are the entity's events when the caller has them.
    public func relationsWithEvents(of entityID: String, events: [NewsEvent]? = nil) throws -> [Relation] {
        let involved = try events ?? self.events(involving: entityID)
        return EventTies.adding(EventTies.relations(involved).filter { $0.subject == entityID || $0.object == entityID },
                                to: try relations(of: entityID))
    }

    /// Every tie of an entity, each once with all its origins, events' included.
    public func ties(of entityID: String, events: [NewsEvent]? = nil) throws -> [Tie] {
        Tie.group(try relationsWithEvents(of: entityID, events: events))
    }

    /// Every relation, with the ties to the events of the corpus.
    public func allRelationsWithEvents() throws -> [Relation] {
        EventTies.adding(EventTies.relations(try events()), to: try allRelations())
    }

    /// The entity, or for an event read from the text, an entity made from it (kind event, discovered),
    /// so that its page and the ties that point to it have a name.
    public func entityOrEvent(id: String) throws -> Entity? {
        if let entity = try entity(id: id) { return entity }
        guard let event = try events(involving: id).first(where: { $0.id == id }) else { return nil }
        return Entity(id: event.id, name: event.name, kind: .event, origin: .discovered)
    }
}
