import EventModel
import Foundation

/// A store that forwards to another and remembers the list ranges it was asked for; it can also
/// mark search results as approximate, the way the index does for a typo.
final class RecordingStore: CorpusStore, @unchecked Sendable {
    let base: MemoryCorpusStore
    let approximate: Bool
    // Guarded by `lock`: the store protocol is Sendable.
    private let lock = NSLock()
    private var ranges: [Range<Int>] = []

    init(_ base: MemoryCorpusStore, approximate: Bool = false) {
        self.base = base
        self.approximate = approximate
    }

    /// Every `range` asked of `articles` or `entities`, in order.
    var requestedRanges: [Range<Int>] { lock.withLock { ranges } }

    func counts() throws -> CorpusCounts { try base.counts() }
    func articles(order: ArticleOrder, range: Range<Int>) throws -> [ArticleSummary] {
        lock.withLock { ranges.append(range) }
        return try base.articles(order: order, range: range)
    }
    func article(id: String) throws -> Article? { try base.article(id: id) }
    func mentions(inArticle id: String) throws -> [Mention] { try base.mentions(inArticle: id) }
    func backlinks(to id: String) throws -> [ArticleSummary] { try base.backlinks(to: id) }
    func entityCount(kind: EntityKind?) throws -> Int { try base.entityCount(kind: kind) }
    func entities(kind: EntityKind?, range: Range<Int>) throws -> [EntitySummary] {
        lock.withLock { ranges.append(range) }
        return try base.entities(kind: kind, range: range)
    }
    func entity(id: String) throws -> Entity? { try base.entity(id: id) }
    func resolveEntity(named name: String) throws -> Entity? { try base.resolveEntity(named: name) }
    func relations(of entityID: String) throws -> [Relation] { try base.relations(of: entityID) }
    func allRelations() throws -> [Relation] { try base.allRelations() }
    func relations(ofEach entityIDs: [String]) throws -> [String: [Relation]] { try base.relations(ofEach: entityIDs) }
    func mentioningArticles(entityID: String, limit: Int) throws -> [KeywordInContext] {
        try base.mentioningArticles(entityID: entityID, limit: limit)
    }
    func timeline() throws -> [TimelineEntry] { try base.timeline() }
    func events() throws -> [NewsEvent] { try base.events() }
    func events(involving entityID: String) throws -> [NewsEvent] { try base.events(involving: entityID) }
    func search(_ query: String, limit: Int, asYouType: Bool) throws -> SearchResults {
        var results = try base.search(query, limit: limit, asYouType: asYouType)
        results.approximate = approximate
        return results
    }
    func diagnostics() throws -> [Diagnostic] { try base.diagnostics() }
    func relationPage(subject subjectID: String, after: RelationPageKey?, limit: Int) throws -> [RelationExcerpt] {
        try base.relationPage(subject: subjectID, after: after, limit: limit)
    }
    func relatedEntityIDs(of entityID: String, origin: RelationOrigin?) throws -> [String] {
        try base.relatedEntityIDs(of: entityID, origin: origin)
    }
    func articleIDPage(after: String?, limit: Int) throws -> [String] { try base.articleIDPage(after: after, limit: limit) }
}
