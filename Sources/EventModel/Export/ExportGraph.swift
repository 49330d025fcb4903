/// The entities and relations an export holds, read from a store with the filters applied.
///
/// Entities are held as summaries (a few strings each); relations are read one entity at a time as
/// they are written, so memory grows with the number of entities, not of articles, sentences or
/// relations. Every order is by id, so the same corpus gives the same bytes.
public struct ExportGraph {
    /// The entities kept, by id.
    public let nodes: [EntitySummary]
    private let kept: Set<String>
    /// No kind or entity filter: the export is of the whole corpus.
    public let keepsEveryEntity: Bool
    private let store: any CorpusStore
    private let origin: RelationOrigin?

    public init(store: any CorpusStore, filter: ExportFilter) throws {
        self.store = store
        origin = filter.origin
        keepsEveryEntity = filter.kind == nil && filter.entity == nil
        let all = try store.entities(kind: nil, range: 0..<store.entityCount(kind: nil))
        var byID: [String: EntitySummary] = [:]
        for summary in all { byID[summary.id] = summary }
        var ids = Set(all.lazy.filter { filter.kind == nil || $0.kind == filter.kind }.map(\.id))
        if let center = filter.entity {
            let allowed = ids
            ids = try store.neighbourhood(of: center, hops: filter.hops, origin: filter.origin, allowed: allowed.contains)
        }
        kept = ids
        nodes = ids.compactMap { byID[$0] }.sorted { $0.id < $1.id }
    }

    public func contains(_ id: String) -> Bool { kept.contains(id) }

    /// The relations whose subject is `id` and whose object is kept, by predicate, object and origin.
    public func relations(from id: String) throws -> [Relation] {
        try store.relations(of: id)
            .filter { $0.subject == id && kept.contains($0.object) && (origin == nil || $0.origin == origin) }
            .sorted { ($0.predicate.rawValue, $0.object, $0.origin.rawValue, $0.role ?? "") < ($1.predicate.rawValue, $1.object, $1.origin.rawValue, $1.role ?? "") }
    }

    /// Every relation kept, subject by subject.
    public func forEachRelation(_ body: (Relation) throws -> Void) throws {
        for node in nodes {
            for relation in try relations(from: node.id) { try body(relation) }
        }
    }
}
