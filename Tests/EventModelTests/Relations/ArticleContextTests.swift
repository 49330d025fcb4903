import Testing
@testable import EventModel

/// The article context read by the catalog positions the linker found, or by each id looked up.
@Suite("Article context")
struct ArticleContextTests {
    @Test("a mention found under the second of two entities with one id reads as the first, as its id looks up")
    func repeatedID() {
        let catalog = EntityCatalog(entities: [
            Entity(id: "b", name: "Bee", kind: .other, origin: .discovered),
            Entity(id: "a", name: "Ay one", kind: .person, origin: .discovered),
            Entity(id: "a", name: "Ay two", kind: .place, origin: .discovered),
        ])
        let article = TestArticle.make(body: "Ay two met Bee.")
        let mentions = EntityLinker(catalog: catalog).mentions(in: article)
        #expect(mentions.map(\.entity) == ["a", "b"])
        // Sorted by id: "Ay one" is at 0, "Ay two" at 1, "Bee" at 2.
        let found = ArticleContext(article: article, mentions: mentions, catalog: catalog, positions: [1, 2])
        let lookedUp = ArticleContext(article: article, mentions: mentions, catalog: catalog)
        #expect(found.kinds == [.person, .other])
        #expect(found.kinds == lookedUp.kinds)
        #expect(found.isOtherForm(0) && lookedUp.isOtherForm(0))
        #expect(!found.isOtherForm(1) && !lookedUp.isOtherForm(1))
    }

    @Test("a country written as its name, or as another word for it, reads the same from positions as from ids")
    func otherForms() {
        let article = TestArticle.make(body: "Russia’s army and a Russian base. The U.S. and Tajikistan's leaders met Russia.")
        let catalog = EntityCatalog.build(knowledge: [], contributions: [EntityCatalog.contribution(of: article)]).catalog
        let mentions = EntityLinker(catalog: catalog).mentions(in: article)
        let positions = mentions.map { Int32(catalog.position(of: $0.entity)!) }
        let found = ArticleContext(article: article, mentions: mentions, catalog: catalog, positions: positions)
        let lookedUp = ArticleContext(article: article, mentions: mentions, catalog: catalog)
        let other = mentions.indices.filter(found.isOtherForm).map { mentions[$0].text }
        #expect(other == ["Russian", "U.S."])
        #expect(mentions.indices.map(lookedUp.isOtherForm) == mentions.indices.map(found.isOtherForm))
    }
}
