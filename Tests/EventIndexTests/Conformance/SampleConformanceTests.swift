import EventIndex
import EventModel
import Foundation
import Testing

/// The conformance questions over the sample corpus (Markdown, plain text, a saved page, a feed and a
/// ninjs item, a knowledge file of real names): a larger catalog and real text, asked more lightly.
@Suite("Store conformance on the sample corpus")
struct SampleConformanceTests {
    /// Holds the index file, removed with it.
    private let folder: TempCorpus
    private let indexed: IndexedCorpus
    private let memory: MemoryCorpusStore

    init() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("samples/crocus")
        folder = try TempCorpus()
        indexed = try IndexedCorpus.openSynced(corpus: root, indexPath: folder.index).corpus
        memory = MemoryCorpusStore(CorpusLoader.load(root: root))
    }

    @Test("lists, entities, relations, events and diagnostics are the same")
    func lists() throws {
        #expect(try indexed.counts() == memory.counts())
        for order in ArticleOrder.allCases {
            #expect(try indexed.articles(order: order, range: 0..<100) == memory.articles(order: order, range: 0..<100), "\(order)")
        }
        let entities = try memory.entities(kind: nil, range: 0..<1000)
        #expect(try indexed.entities(kind: nil, range: 0..<1000) == entities)
        for entity in entities {
            #expect(try indexed.relations(of: entity.id) == memory.relations(of: entity.id), "relations of \(entity.id)")
            #expect(try indexed.mentioningArticles(entityID: entity.id, limit: 50) == memory.mentioningArticles(entityID: entity.id, limit: 50),
                    "articles mentioning \(entity.id)")
            #expect(try indexed.resolveEntity(named: entity.name)?.id == memory.resolveEntity(named: entity.name)?.id, "resolve \(entity.name)")
        }
        for article in try memory.articles(order: .title, range: 0..<100) {
            #expect(try indexed.backlinks(to: article.id) == memory.backlinks(to: article.id), "backlinks to \(article.id)")
        }
        #expect(try indexed.timeline() == memory.timeline())
        #expect(try indexed.events() == memory.events())
        #expect(try indexed.diagnostics() == memory.diagnostics())
    }

    @Test("searches for each entity's name, typed letter by letter, find the same")
    func searches() throws {
        var queries = ["attack", "\"city hall\"", "crocus -concert", "isis OR daesh", "tajik* after:2024-03-23", "kind:person",
                       "entity:CSTO", "title:suspects", "source:wire", "Tajiskistan", "date:2024-03", "shoigu belousov"]
        // entity: alone reads the date index when many articles name the entity, every naming article otherwise.
        for entity in try memory.entities(kind: nil, range: 0..<40) { queries += [entity.name, "entity:\"\(entity.name)\""] }
        for query in queries {
            for asYouType in [false, true] {
                let a = try indexed.search(query, limit: 20, asYouType: asYouType), b = try memory.search(query, limit: 20, asYouType: asYouType)
                #expect(a.articles.map(\.article.id) == b.articles.map(\.article.id), "\(query) (typing: \(asYouType))")
                #expect(zip(a.articles, b.articles).allSatisfy { abs($0.score - $1.score) < 1e-9 }, "scores of \(query)")
                #expect(a.entities == b.entities && a.approximate == b.approximate && a.terms == b.terms, "\(query) (typing: \(asYouType))")
            }
        }
    }
}
