/// The entities and relations an export holds, read from a store with the filters applied.
///
/// Entities are held as summaries (a few strings each); relations are read a page of one entity's at a
/// time as they are written, each cut to a ``RelationExcerpt``, so memory grows with the number of
/// entities (their list, and one entity's partners while its relations are read), not with articles,
/// sentences or relations. Every order is by id, so the same corpus gives the same bytes.
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

    /// Relations asked of the store at a time: a page of excerpts is a few hundred kilobytes.
    static let pageSize = 500

    /// Every relation kept, subject by subject, each subject's by predicate, object and origin.
    public func forEachRelation(_ body: (RelationExcerpt) throws -> Void) throws {
        for node in nodes {
            var after: RelationPageKey?
            while true {
                let page = try store.relationPage(subject: node.id, after: after, limit: Self.pageSize)
                for excerpt in page where kept.contains(excerpt.relation.object) && (origin == nil || excerpt.relation.origin == origin) {
                    try body(excerpt)
                }
                guard page.count == Self.pageSize, let last = page.last else { break }
                after = last.key
            }
        }
    }
}
