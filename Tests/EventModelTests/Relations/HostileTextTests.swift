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

    @Test("a one-megabyte single-sentence article gives bounded evidence: what `relations` prints stays small")
    func megabyteSentence() throws {
        var pieces: [String] = []
        let names = ["Russia", "Tajikistan", "Kazakhstan", "Armenia", "Belarus", "Kyrgyzstan", "Uzbekistan", "Ukraine",
                     "Iran", "Iraq", "Syria", "Turkey", "China", "India", "Pakistan", "Afghanistan", "France", "Germany",
                     "Poland", "Georgia", "Azerbaijan", "Mongolia", "Japan", "Egypt", "Kenya", "Somalia", "Nigeria", "Mali"]
        var size = 0
        var index = 0
        while size < 1_000_000 {
            let piece = "\(names[index % names.count]) and \(names[(index * 7 + 3) % names.count]) talked about trade routes while"
            pieces.append(piece)
            size += piece.utf8.count + 1
            index += 1
        }
        let article = TestArticle.make(id: "megabyte", body: pieces.joined(separator: " "))
        #expect(article.sentences.count == 1)
        let catalog = EntityCatalog.build(knowledge: [], contributions: [EntityCatalog.contribution(of: article)]).catalog
        let (_, found) = EntityLinker(catalog: catalog).analyse(article)
        let relations = RelationExtractor.merge(found)
        let pairs = relations.filter { $0.origin == .cooccurrence }
        #expect(pairs.count <= RelationExtractor.maximumCooccurring * (RelationExtractor.maximumCooccurring - 1) / 2)
        // What `evex relations` prints: a line per relation and at most three pieces of evidence each.
        let printed = relations.reduce(0) { total, relation in
            total + 80 + relation.evidence.prefix(3).reduce(0) { $0 + $1.text.utf8.count + 16 }
        }
        #expect(printed < 300_000, "would print \(printed) bytes for a \(size)-byte article")
        let longest = relations.flatMap(\.evidence).map(\.text.count).max() ?? 0
        #expect(longest < 2_000)
        for evidence in relations.flatMap(\.evidence).prefix(50) {
            let span = try #require(evidence.span)
            #expect(article.text.substring(span) == evidence.text)
        }
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
