/// One step of a path between two entities: the relation walked and the entity it reached.
public struct PathStep: Sendable, Hashable {
    public var relation: Relation
    public var reached: String

    public init(relation: Relation, reached: String) {
        self.relation = relation
        self.reached = reached
    }
}

/// Breadth-first walks over the relation graph, shared by both stores: each asks its own rows for the
/// relations of a batch of entities at a time (``CorpusStore/relations(ofEach:)``), so the index answers
/// a walk in one query per batch rather than one per entity, and both give the same answer.
public enum RelationGraph {
    /// The most entities asked for at once: enough to make a hop of small entities a few queries.
    public static let batch = 64
    /// About how many relations a batch may bring back before the next batch is made smaller: a hub
    /// of a large corpus has hundreds of thousands of co-occurrences, and 64 of them at once would
    /// hold gigabytes. A single entity is always asked for alone, however many it has.
    public static let batchRelations = 20_000

    /// The fewest relations from `source` to `target`, either direction; nil when none within
    /// `maxVisited` entities. Entities are expanded in the order they were reached, each one's
    /// relations strongest first (``RelationRanking``), so curated and pattern ties are preferred to
    /// "named together" among paths of the same length.
    public static func shortestPath(
        from source: String, to target: String, maxVisited: Int,
        relations: ([String]) throws -> [String: [Relation]]
    ) throws -> [PathStep]? {
        if source == target { return [] }
        var cameFrom: [String: PathStep] = [source: PathStep(relation: Relation(subject: source, predicate: "", object: source, origin: .curated), reached: source)]
        var frontier = [source]
        while !frontier.isEmpty, cameFrom.count < maxVisited {
            var next: [String] = []
            var found = false
            try visit(frontier, relations: relations) { node, nodeRelations in
                for relation in RelationRanking.strongestFirst(nodeRelations) {
                    let other = relation.subject == node ? relation.object : relation.subject
                    guard cameFrom[other] == nil else { continue }
                    cameFrom[other] = PathStep(relation: relation, reached: other)
                    if other == target { found = true; return false }
                    next.append(other)
                }
                return true
            }
            if found { return unwind(cameFrom, from: source, to: target) }
            frontier = next
        }
        return nil
    }

    /// Hands each node with its relations to `body`, in order, asking for them in batches that start
    /// at one entity, double while they bring back few relations and halve when they bring back many
    /// (``batch``, ``batchRelations``); stops when `body` returns false.
    private static func visit(
        _ nodes: [String], relations: ([String]) throws -> [String: [Relation]], body: (String, [Relation]) throws -> Bool
    ) throws {
        var start = 0
        var size = 1
        while start < nodes.count {
            let chunk = Array(nodes[start..<min(start + size, nodes.count)])
            let found = try relations(chunk)
            for node in chunk where try !body(node, found[node] ?? []) { return }
            let held = found.values.reduce(0) { $0 + $1.count }
            start += chunk.count
            size = held > batchRelations ? max(1, size / 2) : held < batchRelations / 4 ? min(batch, size * 2) : size
        }
    }

    private static func unwind(_ cameFrom: [String: PathStep], from source: String, to target: String) -> [PathStep] {
        var steps: [PathStep] = []
        var node = target
        while node != source, let step = cameFrom[node] {
            steps.append(step)
            node = step.relation.subject == node ? step.relation.object : step.relation.subject
        }
        return steps.reversed()
    }
}

extension CorpusStore {
    /// Walks the graph with ``RelationGraph``, asking this store for a batch of entities at a time.
    public func shortestPath(from source: String, to target: String, maxVisited: Int) throws -> [PathStep]? {
        try RelationGraph.shortestPath(from: source, to: target, maxVisited: maxVisited, relations: relations(ofEach:))
    }

    /// `center` and the entities within `hops` relations of it (of `origin` only, when given), stepping
    /// only through entities `allowed` accepts. Walks ids only (``relatedEntityIDs(of:origin:)``), never
    /// relations: a hub's neighbourhood costs its partners' ids, not its evidence.
    public func neighbourhood(of center: String, hops: Int, origin: RelationOrigin?, allowed: (String) -> Bool) throws -> Set<String> {
        var reached: Set<String> = [center]
        var frontier = [center]
        for _ in 0..<max(0, hops) where !frontier.isEmpty {
            var next: [String] = []
            for id in frontier {
                for other in try relatedEntityIDs(of: id, origin: origin) where allowed(other) && reached.insert(other).inserted {
                    next.append(other)
                }
            }
            frontier = next.sorted()
        }
        return reached
    }
}
