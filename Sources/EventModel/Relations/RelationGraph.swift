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
/// neighbours of a batch of entities at a time (``CorpusStore/neighbours(ofEach:)``), ids and the key of
/// the relation that reaches each, never evidence, so the index answers a walk in one query per batch
/// and a hub costs its list of partners, not its sentences; both stores give the same answer.
public enum RelationGraph {
    /// The most entities asked for at once: enough to make a hop of small entities a few queries.
    public static let batch = 64
    /// About how many neighbours a batch may bring back before the next batch is made smaller.
    /// A single entity is always asked for alone, however many it has.
    public static let batchNeighbours = 20_000

    /// The fewest relations from `source` to `target`, either direction; nil when none within
    /// `maxVisited` entities. Entities are expanded in the order they were reached, each one's
    /// relations strongest first (``RelationRanking``), so curated and pattern ties are preferred to
    /// "named together" among paths of the same length. Each step's relation is read whole at the end
    /// (`between`).
    ///
    /// The walk asks for the target's neighbours first: the first entity of a hop that is one of them
    /// is the one the walk would have reached the target from, by that neighbour's relation (the
    /// strongest between the two is the same from either end), so the last hop is never expanded, and a
    /// hop that cannot reach the target stops as soon as `maxVisited` entities are reached.
    public static func shortestPath(
        from source: String, to target: String, maxVisited: Int,
        neighbours: ([String]) throws -> [String: [Neighbour]],
        between: (String, String) throws -> [Relation]
    ) throws -> [PathStep]? {
        if source == target { return [] }
        var cameFrom: [String: (from: String, relation: RelationKey)] = [source: (source, RelationKey(subject: source, predicate: "", object: source, origin: .curated))]
        guard cameFrom.count < maxVisited else { return nil }
        var lastHop: [String: RelationKey] = [:]
        for neighbour in try neighbours([target])[target] ?? [] { lastHop[neighbour.id] = neighbour.relation }
        guard !lastHop.isEmpty else { return nil }
        var frontier = [source]
        while !frontier.isEmpty, cameFrom.count < maxVisited {
            if let node = frontier.first(where: { lastHop[$0] != nil }), let relation = lastHop[node] {
                cameFrom[target] = (node, relation)
                return try unwind(cameFrom, from: source, to: target, between: between)
            }
            var next: [String] = []
            var full = false
            try visit(frontier, neighbours: neighbours) { node, found in
                for neighbour in found where cameFrom[neighbour.id] == nil {
                    cameFrom[neighbour.id] = (node, neighbour.relation)
                    next.append(neighbour.id)
                }
                // The target is not in the next hop, and the walk ends after this one.
                full = cameFrom.count >= maxVisited
                return !full
            }
            if full { return nil }
            frontier = next
        }
        return nil
    }

    /// Hands each node with its neighbours to `body`, in order, asking for them in batches that start
    /// at one entity, double while they bring back few and halve when they bring back many (``batch``,
    /// ``batchNeighbours``); stops when `body` returns false.
    private static func visit(
        _ nodes: [String], neighbours: ([String]) throws -> [String: [Neighbour]], body: (String, [Neighbour]) throws -> Bool
    ) throws {
        var start = 0
        var size = 1
        while start < nodes.count {
            let chunk = Array(nodes[start..<min(start + size, nodes.count)])
            let found = try neighbours(chunk)
            for node in chunk where try !body(node, found[node] ?? []) { return }
            let held = found.values.reduce(0) { $0 + $1.count }
            start += chunk.count
            size = held > batchNeighbours ? max(1, size / 2) : held < batchNeighbours / 4 ? min(batch, size * 2) : size
        }
    }

    /// The steps back from `target`, each relation read whole.
    private static func unwind(
        _ cameFrom: [String: (from: String, relation: RelationKey)], from source: String, to target: String,
        between: (String, String) throws -> [Relation]
    ) throws -> [PathStep] {
        var steps: [PathStep] = []
        var node = target
        while node != source, let step = cameFrom[node] {
            guard let relation = try between(step.from, node).first(where: { $0.key == step.relation }) else { return [] }
            steps.append(PathStep(relation: relation, reached: node))
            node = step.from
        }
        return steps.reversed()
    }
}

extension CorpusStore {
    /// Walks the graph with ``RelationGraph``, asking this store for the neighbours of a batch of entities at a time.
    public func shortestPath(from source: String, to target: String, maxVisited: Int) throws -> [PathStep]? {
        try RelationGraph.shortestPath(from: source, to: target, maxVisited: maxVisited, neighbours: neighbours(ofEach:), between: relations(between:and:))
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
