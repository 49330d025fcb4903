import EventModel
import Testing

@Suite("In-memory store")
struct MemoryCorpusStoreTests {
    let store = Fixture.store

    @Test("every word of a search must appear in the title or the text")
    func allWords() throws {
        let results = try store.search("guild fire", limit: 10, asYouType: false)
        #expect(Set(results.articles.map(\.article.id)) == ["harbour-fire", "guild-review"])
        let none = try store.search("guild lighthouse", limit: 10, asYouType: false)
        #expect(none.articles.isEmpty)
    }

    @Test("a search while typing takes the last word as a prefix; a finished one does not")
    func prefix() throws {
        #expect(try store.search("docks", limit: 10, asYouType: true).articles.isEmpty)
        #expect(try store.search("dockw", limit: 10, asYouType: true).articles.map(\.article.id) == ["quay-notes"])
        #expect(try store.search("dockw", limit: 10, asYouType: false).articles.isEmpty)
    }

    @Test("a snippet is the words around the first match, with the matches marked")
    func snippet() throws {
        let hit = try #require(try store.search("crane", limit: 10, asYouType: false).articles.first)
        #expect(hit.snippet.contains("Officials in Veloria blamed a faulty crane."))
        #expect(hit.highlights.map { hit.snippet.substring($0) } == ["crane"])
    }

    @Test("entities match a search by the start of a name or an alias, in any case and accent")
    func entities() throws {
        #expect(try store.search("VÉLOR", limit: 10, asYouType: true).entities.map(\.id) == ["veloria"])
        #expect(try store.search("the gu", limit: 10, asYouType: true).entities.map(\.id) == ["harbour-guild"])
    }

    @Test("articles page by order: newest first with undated last, by title, by source")
    func orders() throws {
        #expect(try store.articles(order: .date, range: 0..<10).map(\.id) == ["guild-review", "cjk", "harbour-fire", "hostile", "quay-notes"])
        #expect(try store.articles(order: .date, range: 1..<3).map(\.id) == ["cjk", "harbour-fire"])
        #expect(try store.articles(order: .title, range: 0..<2).map(\.id) == ["hostile", "harbour-fire"])
        #expect(try store.articles(order: .source, range: 0..<1).map(\.id) == ["harbour-fire"])
        #expect(try store.articles(order: .date, range: 8..<20).isEmpty)
    }

    @Test("entities come most mentioned first and filter by kind")
    func entityList() throws {
        #expect(try store.entityCount(kind: nil) == 6)
        #expect(try store.entityCount(kind: .person) == 2)
        #expect(try store.entities(kind: nil, range: 0..<1).first?.id == "veloria")
        #expect(try store.entities(kind: .person, range: 0..<5).map(\.id) == ["ilse-varga", "oren-dahl"])
    }

    @Test("backlinks, relations, mentions and the timeline")
    func lookups() throws {
        #expect(try store.backlinks(to: "harbour-fire").map(\.id) == ["guild-review"])
        // A record per tie and origin: Ilse Varga's office is stated by a knowledge line and a sentence.
        #expect(try store.relations(of: "veloria").count == 4)
        #expect(try store.resolveEntity(named: "velorian")?.id == "veloria")
        #expect(try store.resolveEntity(named: "Atlantis") == nil)
        let kwic = try store.mentioningArticles(entityID: "ilse-varga", limit: 1)
        #expect(kwic.count == 1)
        #expect(kwic.first.map { $0.text.substring($0.highlight) } == "Ilse Varga")
        let timeline = try store.timeline()
        #expect(timeline.map(\.date) == timeline.map(\.date).sorted())
        #expect(timeline.count == 5)
        let counts = try store.counts()
        #expect(counts.links == 3)
        #expect(counts.unresolvedLinks == 1)
    }
}

@Suite("In-memory store, typos")
struct MemoryCorpusStoreTypoTests {
    @Test("a misspelt word finds what the right spelling would, marked approximate")
    func typo() throws {
        let results = try Fixture.store.search("Velorria", limit: 10, asYouType: false)
        #expect(results.approximate)
        #expect(results.entities.map(\.id) == ["veloria"])
        #expect(results.articles.count == 4)
    }

    @Test("short words and exact matches are never corrected")
    func noCorrection() throws {
        let exact = try Fixture.store.search("crane", limit: 10, asYouType: false)
        #expect(!exact.approximate)
        let short = try Fixture.store.search("fir", limit: 10, asYouType: false)
        #expect(short.articles.isEmpty && !short.approximate)
        let fourLetters = try Fixture.store.search("fyre", limit: 10, asYouType: false)
        #expect(fourLetters.approximate && fourLetters.articles.count == 3)
        let none = try Fixture.store.search("xyz", limit: 10, asYouType: false)
        #expect(none.articles.isEmpty && !none.approximate)
    }
}
