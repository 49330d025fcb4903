/// Finds the entities of a catalog in an article's text. STUB: replaced by the real matcher.
public struct EntityLinker: Sendable {
    public let catalog: EntityCatalog

    public init(catalog: EntityCatalog) { self.catalog = catalog }

    /// Mentions in text order.
    public func mentions(in article: Article) -> [Mention] { [] }
}
