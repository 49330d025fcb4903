import EventModel

/// Shortest chains of relations between two entities, by breadth-first search over `relations(of:)`.
enum PathFinder {
    /// One step: the relation walked and the entity it reached.
    struct Step: Sendable, Hashable {
        var relation: Relation
        var reached: String
    }

    /// The fewest relations from `source` to `target`, either direction; nil when none within
    /// `maxVisited` entities (a bound so that a huge co-occurrence graph cannot stall a key press).
    static func shortestPath(from source: String, to target: String, store: any CorpusStore, maxVisited: Int = 20_000) throws -> [Step]? {
        if source == target { return [] }
        var cameFrom: [String: Step] = [source: Step(relation: Relation(subject: source, predicate: "", object: source, origin: .curated), reached: source)]
        var frontier = [source]
        while !frontier.isEmpty, cameFrom.count < maxVisited {
            var next: [String] = []
            for node in frontier {
                // Curated and pattern relations first, so a path says more than "named together".
                let relations = RelationRanking.strongestFirst(try store.relations(of: node))
                for relation in relations {
                    let other = relation.subject == node ? relation.object : relation.subject
                    guard cameFrom[other] == nil else { continue }
                    cameFrom[other] = Step(relation: relation, reached: other)
                    if other == target { return unwind(cameFrom, from: source, to: target) }
                    next.append(other)
                }
            }
            frontier = next
        }
        return nil
    }

    private static func unwind(_ cameFrom: [String: Step], from source: String, to target: String) -> [Step] {
        var steps: [Step] = []
        var node = target
        while node != source, let step = cameFrom[node] {
            steps.append(step)
            node = step.relation.subject == node ? step.relation.object : step.relation.subject
        }
        return steps.reversed()
    }
}
