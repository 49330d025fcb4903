/// Relations found in an article: sentence patterns and co-occurrence. STUB.
public enum RelationExtractor {
    public static func relations(in article: Article, mentions: [Mention], catalog: EntityCatalog) -> [Relation] { [] }

    /// Relations with the same subject, predicate, object and origin become one, evidence joined,
    /// co-occurrence weights summed. Deterministic order.
    public static func merge(_ relations: [Relation]) -> [Relation] { relations }
}
