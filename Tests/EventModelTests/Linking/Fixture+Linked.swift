@testable import EventModel

/// The fixture linked and extracted once, as the loader would.
extension Fixture {
    static let linked: (catalog: EntityCatalog, mentions: [Mention], relations: [Relation]) = {
        let catalog = Fixture.catalog()
        let mentions = EntityLinker(catalog: catalog).mentions(in: article)
        let relations = RelationExtractor.merge(RelationExtractor.relations(in: article, mentions: mentions, catalog: catalog))
        return (catalog, mentions, relations)
    }()

    /// Entity ids of the fixture's mentions.
    static var mentionedIDs: Set<String> { Set(linked.mentions.map(\.entity)) }

    static func sentence(containing words: String) -> Int? {
        article.sentences.indices.first { article.sentenceText($0).contains(words) }
    }

    /// A catalog and linker for a few lines of text, with optional curated entities.
    static func link(_ body: String, knowledge: [Entity] = []) -> (article: Article, catalog: EntityCatalog, mentions: [Mention]) {
        let article = TestArticle.make(id: "snippet", body: body)
        let bases = knowledge.isEmpty ? [] : [KnowledgeBase(path: "knowledge.yaml", entities: knowledge)]
        let catalog = EntityCatalog.build(knowledge: bases, contributions: [EntityCatalog.contribution(of: article)]).catalog
        return (article, catalog, EntityLinker(catalog: catalog).mentions(in: article))
    }
}
