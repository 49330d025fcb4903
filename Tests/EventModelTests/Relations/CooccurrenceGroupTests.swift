import Testing
@testable import EventModel

@Suite("Co-occurrence groups")
struct CooccurrenceGroupTests {
    /// The extractor's relations one by one against its grouped output: the pairs of each grouped sentence
    /// are its group expanded, in that sentence's place, and every other relation is kept in order.
    private func expectSame(_ article: Article, mentions: [Mention], catalog: EntityCatalog,
                            sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let one = RelationExtractor.relations(in: article, mentions: mentions, catalog: catalog)
        let (rest, groups) = RelationExtractor.grouped(in: article, mentions: mentions, catalog: catalog, scanned: nil)
        let grouped = Set(groups.map(\.sentence))
        #expect(grouped.count == groups.count, sourceLocation: sourceLocation)
        func inGroup(_ relation: Relation) -> Bool {
            guard relation.origin == .cooccurrence, let evidence = relation.evidence.first, let sentence = evidence.sentence else { return false }
            return grouped.contains(sentence) && evidence.span == article.sentences[sentence]
        }
        #expect(one.filter { !inGroup($0) } == rest, sourceLocation: sourceLocation)
        let expanded = groups.flatMap { group in
            group.relations(evidence: Evidence(article: article.id, sentence: group.sentence,
                                               text: article.sentenceText(group.sentence), span: group.span))
        }
        #expect(one.filter(inGroup) == expanded, sourceLocation: sourceLocation)
    }

    @Test("a sentence's pairs as one group, expanded in its place, are the relations stated one by one")
    func fixtureArticle() {
        let (catalog, mentions, _) = Fixture.linked
        let (_, groups) = RelationExtractor.grouped(in: Fixture.article, mentions: mentions, catalog: catalog, scanned: nil)
        #expect(!groups.isEmpty)
        #expect(groups.allSatisfy { $0.entities.count >= 2 && $0.entities == Array(Set($0.entities)).sorted() })
        expectSame(Fixture.article, mentions: mentions, catalog: catalog)
    }

    @Test("a long sentence's pairs, each with the words around it, stay relations")
    func longSentence() {
        let filler = Array(repeating: "the talks went on for many hours in the capital", count: 14).joined(separator: " and ")
        let body = "Tajikistan and Russia met. Tajikistan said \(filler) while Russia waited and Kazakhstan spoke."
        let (article, catalog, mentions) = Fixture.link(body)
        let long = article.sentences.indices.filter { article.sentences[$0].end - article.sentences[$0].start > RelationExtractor.longSentence }
        #expect(long.count == 1)
        let (rest, groups) = RelationExtractor.grouped(in: article, mentions: mentions, catalog: catalog, scanned: nil)
        #expect(!groups.contains { long.contains($0.sentence) })
        #expect(rest.contains { $0.origin == .cooccurrence && long.contains($0.evidence.first?.sentence ?? -1) })
        expectSame(article, mentions: mentions, catalog: catalog)
    }

    @Test("under a curation that rejects a relation, the linker gives no groups and leaves the rejected pair out")
    func rejection() {
        let entities = Fixture.linked.catalog.entities
        let plain = EntityLinker(catalog: EntityCatalog(sortedEntities: entities, placeCountry: [:]))
        let rejected = plain.analyseGrouped(Fixture.article).groups[0]
        let curated = EntityCatalog(sortedEntities: entities, placeCountry: [:], rejectedRelations: [
            RejectedRelation(subject: rejected.entities[0], predicate: .coOccursWith, object: rejected.entities[1], origin: .cooccurrence),
        ])
        let linker = EntityLinker(catalog: curated)
        let analysed = linker.analyseGrouped(Fixture.article)
        #expect(analysed.groups.isEmpty)
        #expect(analysed.relations == linker.analyse(Fixture.article).relations)
        #expect(!analysed.relations.contains { $0.subject == rejected.entities[0] && $0.object == rejected.entities[1] && $0.origin == .cooccurrence })
        if rejected.entities.count > 2 {
            // The sentence's other pairs are still stated, one by one.
            #expect(analysed.relations.contains { $0.origin == .cooccurrence && $0.evidence.first?.sentence == rejected.sentence })
        }
    }
}
