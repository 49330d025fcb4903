import Foundation

import Foundation

/// A ``CorpusStore`` over a ``Corpus`` held in memory, for tests and small folders.
///
/// It answers every question as the index does (`EventIndex.IndexedCorpus`), in the orders
/// ``CorpusStore`` documents, search included: the same query language, matching, BM25 ranking and
/// typo correction, so that a screen drawn over it is the screen a user sees. A conformance suite in
/// the index's tests asks both the same questions. Every lookup table is built once in `init`; a
/// search scans every article, which is fine for the few hundred a test or a small folder holds.
///
/// ```swift
/// let store = MemoryCorpusStore(corpus)
/// let firstPage = try store.articles(order: .date, range: 0..<20)
/// ```
public struct MemoryCorpusStore: CorpusStore {
    /// The corpus every answer comes from, as loaded.
    public let corpus: Corpus

    /// By id; of two articles with one id, the one whose path sorts first, as in the index.
    private let articleIndex: [String: Int]
    let summaries: [ArticleSummary]
    let orders: [ArticleOrder: [Int]]
    private let mentionsByArticle: [String: [Mention]]
    private let firstMentions: [String: [Mention]]
    private let backlinkSources: [String: [Int]]
    /// Every entity linking knows (``Corpus/catalog``), in catalog order; the listed ones are those of ``Corpus/entities``.
    let catalog: [Entity]
    let catalogIndex: [String: Int]
    let catalogSummaries: [EntitySummary]
    let listed: [Bool]
    /// The folded keys of each catalog entity's id, name and aliases, and the positions by key.
    let entityKeys: [Set<String>]
    private let aliasKeys: [String: [Int]]
    let entityOrder: [EntityKind?: [Int]]
    /// The entity ids each article mentions, by article position.
    let articleEntities: [Set<String>]
    private let relationsByEntity: [String: [Int]]
    private let timelineEntries: [TimelineEntry]
    private let newsEvents: [NewsEvent]
    let fullText: MemorySearch

    /// Builds every lookup table once; linear in the size of the corpus.
    public init(_ corpus: Corpus) {
        self.corpus = corpus
        let articles = corpus.articles
        let paths = articles.map { Array($0.path.utf8) }
        func pathOrder(_ a: Int, _ b: Int) -> Bool { paths[a].lexicographicallyPrecedes(paths[b]) }
        var articleIndex: [String: Int] = [:]
        for index in articles.indices.sorted(by: pathOrder) where articleIndex[articles[index].id] == nil {
            articleIndex[articles[index].id] = index
        }
        self.articleIndex = articleIndex

        var mentionsByArticle: [String: [Mention]] = [:]
        var firstMentions: [String: [Mention]] = [:]
        var seenPair: Set<String> = []
        var mentionCounts: [String: Int] = [:]
        for mention in corpus.mentions {
            mentionsByArticle[mention.article, default: []].append(mention)
            mentionCounts[mention.entity, default: 0] += 1
            if seenPair.insert(mention.article + "\u{0}" + mention.entity).inserted {
                firstMentions[mention.entity, default: []].append(mention)
            }
        }
        for key in mentionsByArticle.keys { mentionsByArticle[key]?.sort { $0.span < $1.span } }
        self.mentionsByArticle = mentionsByArticle
        self.firstMentions = firstMentions
        articleEntities = articles.map { Set((mentionsByArticle[$0.id] ?? []).map(\.entity)) }

        summaries = articles.map { article in
            let entityCount = Set((mentionsByArticle[article.id] ?? []).map(\.entity)).count
            return ArticleSummary(
                id: article.id, title: article.title, date: article.date, source: article.source,
                entityCount: entityCount, linkCount: article.links.count,
                unresolvedLinks: article.links.filter { $0.target == nil }.count)
        }

        // The index's orders: dates and paths byte by byte, titles and sources as SQLite's NOCASE.
        let titles = articles.map { Self.noCase($0.title) }
        let sources = articles.map { $0.source.map(Self.noCase) }
        let byDate = articles.indices.sorted { a, b in
            switch (articles[a].date, articles[b].date) {
            case let (x?, y?) where x != y: return y.utf8.lexicographicallyPrecedes(x.utf8)
            case (nil, _?): return false
            case (_?, nil): return true
            default: return pathOrder(a, b)
            }
        }
        let byTitle = articles.indices.sorted { a, b in titles[a] != titles[b] ? titles[a].lexicographicallyPrecedes(titles[b]) : pathOrder(a, b) }
        let bySource = articles.indices.sorted { a, b in
            switch (sources[a], sources[b]) {
            case let (x?, y?) where x != y: return x.lexicographicallyPrecedes(y)
            case (nil, _?): return false
            case (_?, nil): return true
            default: return pathOrder(a, b)
            }
        }
        orders = [.date: byDate, .title: byTitle, .source: bySource]

        var backlinkSources: [String: [Int]] = [:]
        for index in articles.indices.sorted(by: pathOrder) {
            for target in Set(articles[index].links.compactMap(\.target)) {
                backlinkSources[target, default: []].append(index)
            }
        }
        self.backlinkSources = backlinkSources

        var catalog: [Entity] = []
        var catalogIndex: [String: Int] = [:]
        for entity in corpus.catalog.isEmpty ? corpus.entities : corpus.catalog where catalogIndex[entity.id] == nil {
            catalogIndex[entity.id] = catalog.count
            catalog.append(entity)
        }
        // A hand-built corpus may list an entity its catalog lacks.
        for entity in corpus.entities where catalogIndex[entity.id] == nil {
            catalogIndex[entity.id] = catalog.count
            catalog.append(entity)
        }
        self.catalog = catalog
        self.catalogIndex = catalogIndex
        let listedIDs = Set(corpus.entities.map(\.id))
        let listed = catalog.map { listedIDs.contains($0.id) }
        self.listed = listed
        entityKeys = catalog.map { Set(([$0.id, $0.name] + $0.aliases).map(TextFolding.key)) }
        var aliasKeys: [String: [Int]] = [:]
        for (index, keys) in entityKeys.enumerated() {
            for key in keys { aliasKeys[key, default: []].append(index) }
        }
        self.aliasKeys = aliasKeys
        let catalogSummaries = catalog.map {
            EntitySummary(id: $0.id, name: $0.name, kind: $0.kind, mentions: mentionCounts[$0.id] ?? 0, confirmed: $0.origin != .discovered)
        }
        self.catalogSummaries = catalogSummaries
        let listedOrder = catalog.indices.filter { listed[$0] }.sorted { Self.entityPrecedes(catalogSummaries[$0], catalogSummaries[$1]) }
        var entityOrder: [EntityKind?: [Int]] = [nil: listedOrder]
        for kind in EntityKind.allCases { entityOrder[kind] = listedOrder.filter { catalogSummaries[$0].kind == kind } }
        self.entityOrder = entityOrder

        var relationsByEntity: [String: [Int]] = [:]
        for (index, relation) in corpus.relations.enumerated() {
            relationsByEntity[relation.subject, default: []].append(index)
            if relation.object != relation.subject { relationsByEntity[relation.object, default: []].append(index) }
        }
        self.relationsByEntity = relationsByEntity

        // A corpus built by hand may give only its knowledge events; the loader gives them merged.
        let newsEvents = corpus.newsEvents.isEmpty && !corpus.events.isEmpty
            ? EventMerger.merge(knowledge: corpus.events, sentences: [], name: { _ in nil }, isCountry: { _ in false }, isPerson: { _ in false })
            : corpus.newsEvents
        self.newsEvents = newsEvents
        let dated = articles.compactMap { article in article.date.map { (date: $0, title: article.title, id: article.id) } }
        timelineEntries = TimelineEntry.timeline(events: newsEvents, articles: dated, isEntity: { catalogIndex[$0] != nil })
        fullText = MemorySearch(articles: articles, catalog: catalog)
    }

    // MARK: - Articles

    public func counts() throws -> CorpusCounts {
        CorpusCounts(
            articles: corpus.articles.count, entities: corpus.entities.count, relations: corpus.relations.count,
            links: corpus.linkCount, unresolvedLinks: corpus.unresolvedLinkCount,
            errors: corpus.diagnostics.filter { $0.severity == .error }.count,
            warnings: corpus.diagnostics.filter { $0.severity == .warning }.count)
    }

    public func articles(order: ArticleOrder, range: Range<Int>) throws -> [ArticleSummary] {
        let sorted = orders[order] ?? []
        return Self.clamp(range, sorted.count).map { summaries[sorted[$0]] }
    }

    public func article(id: String) throws -> Article? {
        articleIndex[id].map { corpus.articles[$0] }
    }

    public func mentions(inArticle id: String) throws -> [Mention] {
        mentionsByArticle[id] ?? []
    }

    public func backlinks(to id: String) throws -> [ArticleSummary] {
        (backlinkSources[id] ?? []).map { summaries[$0] }
    }

    // MARK: - Entities

    public func entityCount(kind: EntityKind?) throws -> Int {
        entityOrder[kind]?.count ?? 0
    }

    public func entities(kind: EntityKind?, range: Range<Int>) throws -> [EntitySummary] {
        let sorted = entityOrder[kind] ?? []
        return Self.clamp(range, sorted.count).map { catalogSummaries[sorted[$0]] }
    }

    public func entity(id: String) throws -> Entity? {
        catalogIndex[id].map { catalog[$0] }
    }

    public func resolveEntity(named name: String) throws -> Entity? {
        resolvedIndex(name).map { catalog[$0] }
    }

    /// An id first, then a name or alias folded for case and diacritics; the most mentioned wins a tie,
    /// then the name, then the catalog's order.
    func resolvedIndex(_ name: String) -> Int? {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        if let index = catalogIndex[trimmed] { return index }
        return (aliasKeys[TextFolding.key(trimmed)] ?? []).min { a, b in
            let x = catalogSummaries[a], y = catalogSummaries[b]
            if x.mentions != y.mentions { return x.mentions > y.mentions }
            if x.name != y.name { return x.name.utf8.lexicographicallyPrecedes(y.name.utf8) }
            return a < b
        }
    }

    public func relations(of entityID: String) throws -> [Relation] {
        (relationsByEntity[entityID] ?? []).map { corpus.relations[$0] }
    }

    public func allRelations() throws -> [Relation] {
        corpus.relations
    }

    public func relations(ofEach entityIDs: [String]) throws -> [String: [Relation]] {
        var out: [String: [Relation]] = [:]
        for id in entityIDs { out[id] = (relationsByEntity[id] ?? []).map { corpus.relations[$0] } }
        return out
    }

    public func mentioningArticles(entityID: String, limit: Int) throws -> [KeywordInContext] {
        let byArticle = Dictionary((firstMentions[entityID] ?? []).map { ($0.article, $0) }, uniquingKeysWith: { first, _ in first })
        var out: [KeywordInContext] = []
        for index in orders[.date] ?? [] where out.count < max(0, limit) {
            let article = corpus.articles[index]
            guard articleIndex[article.id] == index, let mention = byArticle[article.id] else { continue }
            let sentence = article.sentences.indices.contains(mention.sentence) ? article.sentences[mention.sentence] : mention.span
            let highlight = TextSpan(start: max(0, mention.span.start - sentence.start), end: max(0, mention.span.end - sentence.start))
            out.append(KeywordInContext(article: summaries[index], sentence: mention.sentence, text: article.text.substring(sentence), highlight: highlight))
        }
        return out
    }

    // MARK: - Timeline, events, diagnostics

    public func timeline() throws -> [TimelineEntry] {
        timelineEntries
    }

    public func events() throws -> [NewsEvent] {
        newsEvents
    }

    public func events(involving entityID: String) throws -> [NewsEvent] {
        newsEvents.filter { $0.involves(entityID) }
    }

    // MARK: - Streaming

    public func relationPage(subject subjectID: String, after: RelationPageKey?, limit: Int) throws -> [RelationExcerpt] {
        let own = try relations(of: subjectID).filter { $0.subject == subjectID }.map(RelationExcerpt.init).sorted { $0.key < $1.key }
        return Array(own.lazy.filter { excerpt in after.map { $0 < excerpt.key } ?? true }.prefix(max(0, limit)))
    }

    public func relatedEntityIDs(of entityID: String, origin: RelationOrigin?) throws -> [String] {
        let ties = try relations(of: entityID).filter { origin == nil || $0.origin == origin }
        return Set(ties.map { $0.subject == entityID ? $0.object : $0.subject }).sorted()
    }

    public func articleIDPage(after: String?, limit: Int) throws -> [String] {
        Array(articleIndex.keys.filter { id in after.map { $0 < id } ?? true }.sorted().prefix(max(0, limit)))
    }

    public func diagnostics() throws -> [Diagnostic] {
        corpus.diagnostics
    }

    // MARK: - Helpers

    /// Text as SQLite's NOCASE collation compares it: ASCII letters folded, every other byte as it is.
    static func noCase(_ text: String) -> [UInt8] {
        text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
    }

    /// The entity list's order: most mentioned first, then by name and id, byte by byte.
    static func entityPrecedes(_ x: EntitySummary, _ y: EntitySummary) -> Bool {
        if x.mentions != y.mentions { return x.mentions > y.mentions }
        if x.name != y.name { return x.name.utf8.lexicographicallyPrecedes(y.name.utf8) }
        return x.id.utf8.lexicographicallyPrecedes(y.id.utf8)
    }

    static func clamp(_ range: Range<Int>, _ count: Int) -> Range<Int> {
        let lower = max(0, min(range.lowerBound, count))
        return lower..<max(lower, min(range.upperBound, count))
    }
}
