import Foundation

/// Loads a whole corpus folder into memory: files -> parse -> link -> extract -> resolve links.
public enum CorpusLoader {
    public static func load(root: URL) -> Corpus {
        let listing = CorpusScanner.listFiles(root: root)
        var diagnostics = listing.diagnostics
        var articles: [Article] = []
        var knowledge: [KnowledgeBase] = []
        let contents = ParallelMap.map(listing.files) { CorpusScanner.read($0) }
        for content in contents {
            switch content {
            case .article(let article, let found):
                articles.append(article)
                diagnostics += found
            case .articles(let items, let found):
                articles += items
                diagnostics += found
            case .knowledge(let base, let found):
                knowledge.append(base)
                diagnostics += found
            case .failed(let found):
                diagnostics += found
            }
        }
        let resolved = LinkResolver.resolve(SameItems.merge(articles))
        articles = resolved.articles
        // By file, as the index keeps them (it replaces a file's link diagnostics when the file changes).
        diagnostics += resolved.diagnostics.enumerated()
            .sorted { ($0.element.path, $0.offset) < ($1.element.path, $1.offset) }.map(\.element)

        let built = EntityCatalog.build(knowledge: knowledge, contributions: articles.map(EntityCatalog.contribution(of:)))
        diagnostics += built.diagnostics
        let linker = EntityLinker(catalog: built.catalog)
        let catalog = built.catalog
        let perArticle = ParallelMap.map(articles) { article in
            linker.analyseWithEvents(article)
        }
        let mentions = perArticle.flatMap(\.0)
        let relations = RelationExtractor.merge(catalog.curated(knowledgeRelations: knowledge.flatMap(\.relations)) + perArticle.flatMap(\.1))
        let containers = EventMerger.containers(relations)
        let events = EventMerger.merge(
            knowledge: knowledge.flatMap(\.events), sentences: perArticle.flatMap(\.2),
            name: { catalog.entity(id: $0)?.name }, isCountry: { catalog.kind(of: $0) == .country },
            isPerson: { catalog.kind(of: $0) == .person }, within: { containers[$0] ?? [] })
        return Corpus(
            root: root.path, articles: articles, entities: presentEntities(catalog.entities, mentions),
            mentions: mentions,
            relations: relations, events: knowledge.flatMap(\.events), newsEvents: events, diagnostics: diagnostics,
            catalog: catalog.entities)
    }

    /// The catalog knows every country and capital; a corpus lists those its text names, its
    /// curated entities and the acronyms its text defines, so "200 countries, 0 mentions" never
    /// fills the entity list. The index lists the same.
    static func presentEntities(_ entities: [Entity], _ mentions: [Mention]) -> [Entity] {
        let named = Set(mentions.map(\.entity))
        return entities.filter { named.contains($0.id) || $0.origin == .knowledge || $0.origin == .acronym }
    }
}
