import EventModel

/// The graph questions of the relations screen and the path screen, asked of the store two ways in
/// the same run: as the store answers them (a batch of entities per query), and one entity per query;
/// both must give the same answer.
enum GraphLatency {
    /// How far a measured path search may reach: a fortieth of the path screen's bound, so that the
    /// searches, twice each through hubs of the corpus, fit in a benchmark run.
    static let pathVisits = 500
    /// Ties listed under each neighbour on the relations screen.
    static let childLimit = 8

    /// Entities spread over the entity list (most mentioned first), so hubs and rare names both count.
    static func sample(_ store: any CorpusStore, count: Int = 6) throws -> [String] {
        let total = try store.entityCount(kind: nil)
        guard total > 0 else { return [] }
        let step = max(1, total / (count + 1))
        return try (1...count).compactMap { try store.entities(kind: nil, range: ($0 * step)..<($0 * step + 1)).first?.id }
    }

    /// Milliseconds per entity for the second hop of the relations screen (the page of ties it shows
    /// under each of 60 neighbours, the entity itself left out), batched then one by one.
    static func secondHop(_ store: any CorpusStore, entities: [String]) throws -> (batched: [Double], single: [Double]) {
        var batched: [Double] = [], single: [Double] = []
        for id in entities {
            let neighbours = Array((try store.neighbours(ofEach: [id])[id] ?? []).map(\.id).sorted().prefix(60))
            let filter = TieFilter(excluding: id)
            let (one, a) = try Clock.measure { try store.strongestTies(ofEach: neighbours, filter: filter, limit: childLimit) }
            let (each, b) = try Clock.measure {
                try neighbours.map { try store.strongestTies(ofEach: [$0], filter: filter, limit: childLimit)[$0] }
            }
            guard neighbours.map({ one[$0] }) == each else { throw BenchError.evex("the second hop of \(id) differs batched and one by one") }
            batched.append(a)
            single.append(b)
        }
        return (batched, single)
    }

    /// Milliseconds per shortest path between consecutive sampled entities, within `maxVisited`
    /// entities, batched then one entity per query; both must find the same path.
    static func paths(_ store: any CorpusStore, entities: [String], maxVisited: Int) throws -> (batched: [Double], single: [Double]) {
        var batched: [Double] = [], single: [Double] = []
        for (source, target) in zip(entities, entities.dropFirst()) {
            let (one, a) = try Clock.measure { try store.shortestPath(from: source, to: target, maxVisited: maxVisited) }
            let (each, b) = try Clock.measure {
                try RelationGraph.shortestPath(from: source, to: target, maxVisited: maxVisited, neighbours: { ids in
                    var out: [String: [Neighbour]] = [:]
                    for id in ids { out[id] = try store.neighbours(ofEach: [id])[id] }
                    return out
                }, between: store.relations(between:and:))
            }
            guard one == each else { throw BenchError.evex("the path \(source) → \(target) differs batched and one by one") }
            batched.append(a)
            single.append(b)
        }
        return (batched, single)
    }
}
