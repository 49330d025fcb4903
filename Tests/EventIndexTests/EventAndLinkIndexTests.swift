import EventModel
import Foundation
import Testing
@testable import EventIndex

@Suite("Events and links in the index")
struct EventAndLinkIndexTests {
    private func write(_ folder: TempCorpus) throws {
        try folder.write("articles/blast.md", """
            ---
            title: Market blast in Peshawar
            date: 2025-02-15
            url: https://news.example.org/peshawar-blast
            ---
            A bombing at a market in Peshawar on Friday killed at least 12 people.
            """)
        try folder.write("articles/toll.md", """
            ---
            title: Toll rises after Peshawar bombing
            date: 2025-02-16
            ---
            The death toll from the explosion in Peshawar rose to 15 on Saturday. Police arrested two men in Quetta on Saturday.

            Related: [Earlier report](https://www.news.example.org/peshawar-blast/)
            """)
    }

    @Test("the index answers the events as the in-memory store does, each with its sentences")
    func sameEventsAsInMemory() throws {
        let folder = try TempCorpus()
        try write(folder)
        let (indexed, _) = try folder.synced()
        let memory = MemoryCorpusStore(CorpusLoader.load(root: folder.root))
        #expect(try indexed.events() == memory.events())
        let bombing = try #require(try indexed.events().first { $0.type == .bombing })
        #expect(Set(bombing.sentences.map(\.article)) == ["articles/blast", "articles/toll"])
        #expect(bombing.sentences.allSatisfy { !$0.text.isEmpty })
        #expect(try indexed.events(involving: "quetta").map(\.type) == [.arrest])
        #expect(try indexed.timeline() == memory.timeline())
    }

    @Test("the index joins a report at a place an article says is in a city with one in that city, as the in-memory store does")
    func placeTheCorpusContains() throws {
        let folder = try TempCorpus()
        try folder.write("articles/junction.md", """
            ---
            title: Gunmen open fire at a junction
            date: 2025-09-09
            ---
            Gunmen opened fire at Zelda Junction on Monday, killing three. Roads around Zelda Junction in Haifa were closed.
            """)
        try folder.write("articles/city.md", """
            ---
            title: Three killed in Haifa
            date: 2025-09-09
            ---
            Three men were shot dead near a tram station in Haifa on Monday.
            """)
        let (indexed, _) = try folder.synced()
        let shooting = try #require(try indexed.events().first { $0.type == .shooting })
        #expect(Set(shooting.sentences.map(\.article)) == ["articles/junction", "articles/city"])
        #expect(try indexed.events() == MemoryCorpusStore(CorpusLoader.load(root: folder.root)).events())
    }

    @Test("an edited article's events leave with its old text")
    func editedArticle() throws {
        let folder = try TempCorpus()
        try write(folder)
        let (indexed, _) = try folder.synced()
        // Read once before the edit, so that the merged events are cached and must be let go by the sync.
        #expect(try !indexed.events(involving: "quetta").isEmpty)
        try folder.write("articles/toll.md", "---\ntitle: Toll rises\ndate: 2025-02-16\n---\nMourners gathered in silence.\n")
        _ = try indexed.sync()
        #expect(try indexed.events(involving: "quetta").isEmpty)
        #expect(try indexed.events() == MemoryCorpusStore(CorpusLoader.load(root: folder.root)).events())
        #expect(try indexed.canonicalDump() == folder.rebuilt().canonicalDump())
    }

    @Test("a Markdown link resolves by its URL in the index too")
    func linkByURL() throws {
        let folder = try TempCorpus()
        try write(folder)
        let (indexed, _) = try folder.synced()
        let toll = try #require(try indexed.article(id: "articles/toll"))
        #expect(toll.links.map(\.target) == ["articles/blast"])
        #expect(try indexed.backlinks(to: "articles/blast").map(\.id) == ["articles/toll"])
    }
}
