/// What one article adds to the corpus-wide catalog: acronym definitions and candidate names.
/// Computed per article, so an index can keep it and rebuild the catalog without re-reading text.
/// STUB: replaced by the real linking code.
public struct CatalogContribution: Sendable, Hashable, Codable {
    public init() {}
}

/// Every entity evex can link, with the names it goes by: the built-in gazetteer, knowledge files,
/// acronyms learned from the text and discovered candidates.
public struct EntityCatalog: Sendable {
    public var entities: [Entity]

    public init(entities: [Entity]) { self.entities = entities }

    public static func contribution(of article: Article) -> CatalogContribution { CatalogContribution() }

    public static func build(knowledge: [KnowledgeBase], contributions: [CatalogContribution]) -> (catalog: EntityCatalog, diagnostics: [Diagnostic]) {
        (EntityCatalog(entities: knowledge.flatMap(\.entities)), [])
    }
}
