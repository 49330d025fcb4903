/// One entity tied to another, by the relation a walk from the other takes to reach it first.
public struct Neighbour: Sendable, Hashable {
    /// The entity at the other end.
    public var id: String
    /// The strongest relation between the two (``RelationRanking`` order), by key: the one a path
    /// through this tie shows, whole, from ``CorpusStore/relations(between:and:)``.
    public var relation: RelationKey

    public init(id: String, relation: RelationKey) {
        self.id = id
        self.relation = relation
    }

    /// Each entity `relations` tie to `entityID`, once, in the order ``RelationRanking/strongestFirst(_:)-([Relation])``
    /// puts its first relation: the order a breadth-first walk reaches them in.
    public static func ranked(_ relations: [Relation], of entityID: String) -> [Neighbour] {
        var seen: Set<String> = [entityID]
        var out: [Neighbour] = []
        for relation in RelationRanking.strongestFirst(relations) {
            let other = relation.subject == entityID ? relation.object : relation.subject
            if seen.insert(other).inserted { out.append(Neighbour(id: other, relation: relation.key)) }
        }
        return out
    }
}

/// Which ties a list shows: of one predicate, of one origin, and not those that lead back to an entity
/// already shown (the relations screen's root, under each of its neighbours).
public struct TieFilter: Sendable, Hashable {
    public var predicate: Predicate?
    /// A tie passes when any of its origins is this one.
    public var origin: RelationOrigin?
    /// Ties with this entity at either end are left out.
    public var excluding: String?

    public init(predicate: Predicate? = nil, origin: RelationOrigin? = nil, excluding: String? = nil) {
        self.predicate = predicate
        self.origin = origin
        self.excluding = excluding
    }

    public func accepts(_ tie: Tie) -> Bool {
        (predicate == nil || tie.predicate == predicate) && (origin.map(tie.origins.contains) ?? true)
            && (excluding.map { tie.subject != $0 && tie.object != $0 } ?? true)
    }
}

/// The strongest ties of one entity that a filter accepts, and how many it accepts in all.
///
/// A tie stated by co-occurrence alone comes without its evidence (its weight counts the sentences):
/// a hub's tie to another hub has thousands, and a list shows one, for the tie under the cursor
/// (``CorpusStore/relations(between:and:)``). A tie with other origins keeps all of its evidence.
public struct TiePage: Sendable, Hashable {
    /// At most the `limit` asked, strongest first (``RelationRanking/strongestFirst(_:)-([Tie])``).
    public var ties: [Tie]
    /// Every tie the filter accepts, those not in `ties` included.
    public var count: Int

    public init(ties: [Tie], count: Int) {
        self.ties = ties
        self.count = count
    }

    /// The page of `relations` (one entity's, in merged order, each whole).
    public static func of(_ relations: [Relation], filter: TieFilter, limit: Int) -> TiePage {
        let accepted = RelationRanking.strongestFirst(Tie.group(relations)).filter(filter.accepts)
        return TiePage(ties: accepted.prefix(max(0, limit)).map(withoutCooccurrenceEvidence), count: accepted.count)
    }

    /// The tie as a page holds it: evidence dropped when co-occurrence is its only origin.
    public static func withoutCooccurrenceEvidence(_ tie: Tie) -> Tie {
        guard tie.relations.allSatisfy({ $0.origin == .cooccurrence }) else { return tie }
        var cut = tie
        for index in cut.relations.indices { cut.relations[index].evidence = [] }
        return cut
    }
}

extension CorpusStore {
    /// Each entity's neighbours from its whole relations: what ``CorpusStore/neighbours(ofEach:)`` answers.
    public func neighbours(ofEach entityIDs: [String]) throws -> [String: [Neighbour]] {
        try relations(ofEach: entityIDs).reduce(into: [:]) { out, entry in
            let ranked = Neighbour.ranked(entry.value, of: entry.key)
            if !ranked.isEmpty { out[entry.key] = ranked }
        }
    }

    /// The relations between two entities from one's whole relations: what ``CorpusStore/relations(between:and:)`` answers.
    public func relations(between first: String, and second: String) throws -> [Relation] {
        guard first != second else { return [] }
        return try relations(of: first).filter { ($0.subject == first && $0.object == second) || ($0.subject == second && $0.object == first) }
    }

    /// Each entity's page of ties from its whole relations: what ``CorpusStore/strongestTies(ofEach:filter:limit:)`` answers.
    public func strongestTies(ofEach entityIDs: [String], filter: TieFilter, limit: Int) throws -> [String: TiePage] {
        let found = try relations(ofEach: entityIDs)
        var out: [String: TiePage] = [:]
        for id in entityIDs { out[id] = TiePage.of(found[id] ?? [], filter: filter, limit: limit) }
        return out
    }
}
