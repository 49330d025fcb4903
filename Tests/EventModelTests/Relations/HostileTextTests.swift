import Testing
@testable import EventModel

@Suite("Hostile text")
struct HostileTextTests {
    @Test("a huge line without full stops, full of names and trigger words, is linked and read to the end")
    func hugeLine() throws {
        var pieces: [String] = []
        for index in 0..<4_000 {
            pieces.append(index % 3 == 0 ? "Russia’s ally Tajikistan condemned" : "CSTO alliance comprising Armenia, Belarus and Kazakhstan,")
            if index % 500 == 0 { pieces.append("ALL CAPS SHOUTING GOES ON AND ON AND ON AND ON AND ON AND ON AND ON AND ON AND ON") }
        }
        let body = pieces.joined(separator: " ") + " \u{0}\u{1B}[31m 🙂 e\u{301} Tājikistan"
        let article = TestArticle.make(id: "huge", body: body)
        #expect(article.sentences.count == 1)
        let (catalog, _) = EntityCatalog.build(knowledge: [], contributions: [EntityCatalog.contribution(of: article)])
        let mentions = EntityLinker(catalog: catalog).mentions(in: article)
        #expect(mentions.last?.entity == "tajikistan")
        let relations = RelationExtractor.merge(RelationExtractor.relations(in: article, mentions: mentions, catalog: catalog))
        #expect(relations.contains { $0.subject == "tajikistan" && $0.predicate == .allyOf && $0.object == "russia" })
        #expect(relations.filter { $0.origin == .cooccurrence }.count <= RelationExtractor.maximumCooccurring * RelationExtractor.maximumCooccurring)
    }

    @Test("empty, blank and punctuation-only texts give nothing and do not fail")
    func degenerateTexts() {
        for body in ["", "   ", "...", "“”’’ — –", "\u{FEFF}", "A", "ISIS-K (", "(CSTO"] {
            let article = TestArticle.make(body: body)
            let catalog = EntityCatalog.build(knowledge: [], contributions: [EntityCatalog.contribution(of: article)]).catalog
            let mentions = EntityLinker(catalog: catalog).mentions(in: article)
            _ = RelationExtractor.relations(in: article, mentions: mentions, catalog: catalog)
            #expect(mentions.allSatisfy { article.text.substring($0.span) == $0.text })
        }
    }
}
