import Testing
@testable import EventModel

/// ``ArticleContext/isOtherForm(_:)``: a mention by another word than its entity's name, kept per mention.
@Suite("Mentions by another form")
struct OtherFormTests {
    @Test("a mention by another word than its entity's name is told apart, asked once or again, in any order, through a copy")
    func askedAgain() {
        let article = TestArticle.make(id: "wire", title: "Fixture", body: "Russian troops left Russia. Tajik officials met in Tajikistan.")
        let catalog = EntityCatalog.build(knowledge: [], contributions: [EntityCatalog.contribution(of: article)]).catalog
        let mentions = EntityLinker(catalog: catalog).mentions(in: article)
        let expected = mentions.map { mention in
            catalog.entity(id: mention.entity).map { TextFolding.key(mention.text) != TextFolding.key($0.name) } ?? false
        }
        #expect(expected.contains(true) && expected.contains(false))
        let context = ArticleContext(article: article, mentions: mentions, catalog: catalog)
        for index in mentions.indices.reversed() { #expect(context.isOtherForm(index) == expected[index]) }
        let copy = context
        for index in mentions.indices {
            #expect(copy.isOtherForm(index) == expected[index])
            #expect(context.isOtherForm(index) == expected[index])
        }
    }
}
