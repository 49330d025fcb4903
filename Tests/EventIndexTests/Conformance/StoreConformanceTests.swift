import EventIndex
import EventModel
import Foundation
import Testing

/// One set of questions, asked of the index and of the in-memory store built from the same folder:
/// every answer must be the same, so that what the explorer's tests see on the memory store is what a
/// user sees on the index. The orders and meanings checked here are those `CorpusStore` documents.
@Suite("Store conformance: the index and the memory store answer alike")
struct StoreConformanceTests {
    let corpus: ConformanceCorpus

    /// One folder and index for every test: building them is most of the suite's time.
    init() throws { corpus = try ConformanceCorpus.shared.get() }

    /// Asks both stores and expects the same answer, naming the question when they differ.
    private func same<T: Equatable>(
        _ question: String, sourceLocation: Testing.SourceLocation = #_sourceLocation, _ ask: (any CorpusStore) throws -> T
    ) throws {
        let indexed = try ask(corpus.indexed), memory = try ask(corpus.memory)
        #expect(indexed == memory, "\(question): the index and the memory store differ", sourceLocation: sourceLocation)
    }

    private var entityIDs: [String] {
        get throws { try corpus.memory.entities(kind: nil, range: 0..<1000).map(\.id) }
    }

    private var articleIDs: [String] {
        get throws { try corpus.memory.articles(order: .title, range: 0..<1000).map(\.id) }
    }

    @Test("counts agree, and the corpus is what the fixture wrote")
    func counts() throws {
        try same("counts") { try $0.counts() }
        let counts = try corpus.indexed.counts()
        #expect(counts.articles == 9)
        #expect(counts.unresolvedLinks == 1)
        #expect(counts.warnings + counts.errors > 0)
    }

    @Test("articles come in the same order for every order and page", arguments: ArticleOrder.allCases)
    func articles(order: ArticleOrder) throws {
        try same("articles by \(order)") { try $0.articles(order: order, range: 0..<100) }
        try same("page 2..<5 by \(order)") { try $0.articles(order: order, range: 2..<5) }
        try same("a page past the end") { try $0.articles(order: order, range: 50..<60) }
    }

    @Test("each article, its mentions and its backlinks are the same")
    func articleDetails() throws {
        for id in try articleIDs + ["no-such-article"] {
            try same("article \(id)") { try $0.article(id: id) }
            try same("mentions in \(id)") { try $0.mentions(inArticle: id) }
            try same("backlinks to \(id)") { try $0.backlinks(to: id) }
        }
    }

    @Test("entities by kind and page, and their count", arguments: [nil] + EntityKind.allCases.map { $0 })
    func entities(kind: EntityKind?) throws {
        try same("entity count of \(String(describing: kind))") { try $0.entityCount(kind: kind) }
        try same("entities of \(String(describing: kind))") { try $0.entities(kind: kind, range: 0..<1000) }
        try same("entities 1..<4 of \(String(describing: kind))") { try $0.entities(kind: kind, range: 1..<4) }
    }

    @Test("each entity, its relations, ties and mentioning articles are the same")
    func entityDetails() throws {
        // France is in the built-in catalog but not in the text: found by id, listed nowhere.
        for id in try entityIDs + ["france", "no-such-entity"] {
            try same("entity \(id)") { try $0.entity(id: id) }
            try same("relations of \(id)") { try $0.relations(of: id) }
            try same("ties of \(id)") { try $0.ties(of: id) }
            try same("relations with events of \(id)") { try $0.relationsWithEvents(of: id) }
            try same("events involving \(id)") { try $0.events(involving: id) }
            try same("articles mentioning \(id)") { try $0.mentioningArticles(entityID: id, limit: 100) }
            try same("first 2 articles mentioning \(id)") { try $0.mentioningArticles(entityID: id, limit: 2) }
        }
    }

    @Test("relations asked for many entities at once are each entity's relations, in both stores")
    func relationsOfEach() throws {
        let ids = try entityIDs + ["france", "no-such-entity"]
        try same("relations of each") { store in try store.relations(ofEach: ids).filter { !$0.value.isEmpty } }
        for (name, store) in corpus.stores {
            let batch = try store.relations(ofEach: ids)
            for id in ids {
                #expect(try (batch[id] ?? []) == store.relations(of: id), "\(name): relations of \(id) in a batch")
            }
        }
    }

    @Test("shortest paths between every two entities and neighbourhoods of each are the same")
    func graph() throws {
        let ids = try entityIDs
        for source in ids {
            for target in ids {
                try same("path \(source) → \(target)") { try $0.shortestPath(from: source, to: target, maxVisited: 1000) }
            }
            try same("path \(source) → nowhere") { try $0.shortestPath(from: source, to: "no-such-entity", maxVisited: 1000) }
            try same("path \(source) → Georgia within 2 entities") { try $0.shortestPath(from: source, to: "georgia", maxVisited: 2) }
            for hops in 0...2 {
                for origin in [nil] + RelationOrigin.allCases.map(Optional.some) {
                    try same("\(hops) hops of \(source), origin \(String(describing: origin))") {
                        try $0.neighbourhood(of: source, hops: hops, origin: origin, allowed: { _ in true })
                    }
                }
                let people = Set(try corpus.memory.entities(kind: .person, range: 0..<100).map(\.id))
                try same("\(hops) hops of \(source) through people") {
                    try $0.neighbourhood(of: source, hops: hops, origin: nil, allowed: people.contains)
                }
            }
        }
        // The fixture links a harbour director to the group in more than one step.
        let path = try #require(try corpus.indexed.shortestPath(from: "tamar-gelashvili", to: "coastal-front", maxVisited: 1000))
        #expect(path.count >= 2)
        #expect(path.last?.reached == "coastal-front")
    }

    @Test("a name, an alias, an id, odd case and accents resolve to the same entity")
    func resolve() throws {
        for name in ["CLF", "coastal front", "Coastal Liberation Front", "nino-varadze", "VARADZE", "  Georgia ", "Géorgia",
                     "Georgian", "harbour authority", "France", "france", "nobody at all", ""] {
            try same("resolve \(name)") { try $0.resolveEntity(named: name)?.id }
        }
        #expect(try corpus.indexed.resolveEntity(named: "CLF")?.id == "coastal-front")
    }

    @Test("relations, the timeline, events and diagnostics of the whole corpus are the same")
    func corpusWide() throws {
        try same("all relations") { try $0.allRelations() }
        try same("all relations with events") { try $0.allRelationsWithEvents() }
        try same("timeline") { try $0.timeline() }
        try same("events") { try $0.events() }
        try same("diagnostics") { try $0.diagnostics() }
    }

    /// Queries in every form of the search language.
    static let queries = [
        // words, rare and common, and case and accents
        "harbour", "batumi bombing", "BATUMI", "bátumi", "shipping tourism", "nothing-matches-this",
        // phrases
        "\"harbour authority\"", "\"authority harbour\"", "\"batumi harbour\" kills",
        // prefixes
        "harbour*", "touri*", "\"harbour auth*\"", "ba*",
        // OR
        "shipping OR ferries", "\"cruise ship\" OR insurers", "strike OR blast OR calm",
        // exclusions
        "harbour -shipping", "batumi -\"coastal front\"", "-tourism source:eastline",
        // title and source filters
        "title:harbour", "title:markets calm", "source:northwire", "source:EAST harbour",
        // entity and kind filters
        "entity:CLF", "entity:France", "entity:france kind:country", "entity:\"Nino Varadze\" bombing", "entity:nobody harbour", "kind:person", "kind:organisation front",
        "varadze kind:person",
        // dates
        "date:2025-06", "date:2025-06-03 harbour", "after:2025-06-04", "before:2025-06-01 batumi", "after:2025-05-15 before:2025-06-04 georgia",
        // typos
        "Varadse", "harbuor", "tourissm season", "bataumi OR shiping",
        // names
        "coastal", "clf", "georgia", "armenian",
    ]

    @Test("every query form finds the same articles in the same order, and the same entities", arguments: queries)
    func search(query: String) throws {
        try same("search \(query)") { try Self.answer($0.search(query, limit: 50, asYouType: false)) }
        try same("search \(query), page of 2") { try Self.answer($0.search(query, limit: 2, asYouType: false)) }
    }

    static let typed = ["h", "ha", "harb", "harbour a", "harbour ", "\"batumi har", "Tbil", "coas", "entity:CLF sh", "var"]

    @Test("search as you type reads the last word as a prefix in both stores", arguments: typed)
    func asYouType(query: String) throws {
        try same("typing \(query)") { try Self.answer($0.search(query, limit: 50, asYouType: true)) }
    }

    @Test("a malformed query is refused by both stores")
    func malformed() throws {
        for query in ["\"unclosed", "after:tomorrow", "kind:planet"] {
            var failures = 0
            for (_, store) in corpus.stores {
                do { _ = try store.search(query, limit: 5, asYouType: false) } catch is SearchQueryError { failures += 1 }
            }
            #expect(failures == 2, "\(query) should be refused by both stores")
        }
    }

    @Test("snippets of both stores mark the words searched for, and only them")
    func snippets() throws {
        for (name, store) in corpus.stores {
            for (query, words) in [("harbour", ["harbour"]), ("\"harbour authority\"", ["harbour authority"]), ("touri*", ["tourism"])] {
                let hits = try store.search(query, limit: 50, asYouType: false).articles
                #expect(!hits.isEmpty)
                for hit in hits {
                    for span in hit.highlights {
                        #expect(words.contains(TextFolding.key(hit.snippet.substring(span)).lowercased()),
                                "\(name): \(query) marks \(hit.snippet.substring(span)) in \(hit.article.id)")
                    }
                }
                #expect(hits.contains { !$0.highlights.isEmpty }, "\(name): \(query) marks nothing")
            }
        }
    }

    /// What a search answers, less the snippets' text, which each store cuts its own way (both mark
    /// only the query's matches; `SearchResultsSnippetTests` checks that).
    struct Answer: Equatable, CustomStringConvertible {
        var articles: [String]
        var scores: [Double]
        var entities: [String]
        var approximate: Bool
        var terms: [String]
        var description: String { "articles \(articles) scores \(scores) entities \(entities) approximate \(approximate) terms \(terms)" }
    }

    static func answer(_ results: SearchResults) -> Answer {
        Answer(articles: results.articles.map(\.article.id), scores: results.articles.map { ($0.score * 1e9).rounded() / 1e9 },
               entities: results.entities.map(\.id), approximate: results.approximate, terms: results.terms)
    }
}
