import EventModel
import Foundation
import GRDB
import Testing
@testable import EventIndex

@Suite("Search")
struct SearchTests {
    /// Five short articles written for these tests; two carry front matter with dates and sources.
    private func corpus() throws -> (TempCorpus, IndexedCorpus) {
        let folder = try TempCorpus()
        try folder.article("harbour", title: "Harbour closed after storm",
                           "Fishing boats stayed in port while the storm passed over the bay.",
                           "The harbour master said the quay was damaged.")
        try folder.article("bridge", title: "New bridge opens",
                           "The bridge links the old town with the harbour district.",
                           "Traffic on the ferry fell by half in the first week.")
        try folder.article("minister", title: "Minister visits flooded villages",
                           "Defence minister Shoigu toured the villages near Tajikistan's border.",
                           "He promised tents and clean water to the families.")
        try folder.article("café", title: "Café reopens on the square",
                           "The old café near the town square served its first coffee since spring.")
        try folder.article("ferry", title: "Ferry timetable changes",
                           "From Monday the ferry leaves at seven; the storm season timetable ends.")
        return (folder, try folder.synced().corpus)
    }

    @Test("every word must match")
    func allWords() throws {
        let (_, corpus) = try corpus()
        #expect(try Set(corpus.hitIDs("storm")) == ["articles/harbour", "articles/ferry"])
        #expect(try corpus.hitIDs("storm harbour") == ["articles/harbour"])
        #expect(try corpus.hitIDs("storm bridge").isEmpty)
    }

    @Test("a quoted phrase matches the words in order only")
    func phrase() throws {
        let (_, corpus) = try corpus()
        #expect(try corpus.hitIDs("\"harbour master\"") == ["articles/harbour"])
        #expect(try corpus.hitIDs("\"master harbour\"").isEmpty)
    }

    @Test("a trailing star matches word prefixes")
    func prefix() throws {
        let (_, corpus) = try corpus()
        #expect(try corpus.hitIDs("villag*") == ["articles/minister"])
        #expect(try corpus.search("villag", limit: 10, asYouType: false).approximate)
    }

    @Test("OR accepts either word")
    func or() throws {
        let (_, corpus) = try corpus()
        #expect(try Set(corpus.hitIDs("bridge OR café")) == ["articles/bridge", "articles/café"])
    }

    @Test("a leading minus excludes a word")
    func exclusion() throws {
        let (_, corpus) = try corpus()
        #expect(try corpus.hitIDs("ferry -storm") == ["articles/bridge"])
        #expect(try corpus.hitIDs("harbour -\"harbour master\"") == ["articles/bridge"])
    }

    @Test("title: looks in titles only")
    func titleFilter() throws {
        let (_, corpus) = try corpus()
        #expect(try Set(corpus.hitIDs("harbour")) == ["articles/harbour", "articles/bridge"])
        #expect(try corpus.hitIDs("title:harbour") == ["articles/harbour"])
    }

    @Test("case and accents do not matter")
    func folding() throws {
        let (_, corpus) = try corpus()
        #expect(try corpus.hitIDs("CAFE") == ["articles/café"])
        #expect(try corpus.hitIDs("tajikistan") == ["articles/minister"])
    }

    @Test("a title match ranks above a body match")
    func ranking() throws {
        let (_, corpus) = try corpus()
        let hits = try corpus.search("harbour", limit: 10, asYouType: false).articles
        #expect(hits.map(\.article.id) == ["articles/harbour", "articles/bridge"])
        #expect(hits[0].score > hits[1].score)
    }

    @Test("snippets mark each match with a span over plain text")
    func snippets() throws {
        let (_, corpus) = try corpus()
        let hit = try #require(try corpus.search("quay", limit: 10, asYouType: false).articles.first)
        #expect(!hit.snippet.unicodeScalars.contains { $0.value >= 0xE000 && $0.value <= 0xF8FF })
        #expect(hit.highlights.count == 1)
        #expect(hit.highlights.map { hit.snippet.substring($0) } == ["quay"])
        let phrase = try #require(try corpus.search("\"harbour master\"", limit: 10, asYouType: false).articles.first)
        #expect(phrase.highlights.map { phrase.snippet.substring($0) } == ["harbour master"])
    }

    @Test("search as you type treats the last word as a prefix")
    func asYouType() throws {
        let (_, corpus) = try corpus()
        #expect(try corpus.hitIDs("fishing bo", asYouType: true) == ["articles/harbour"])
        #expect(try corpus.hitIDs("fishing bo", asYouType: false).isEmpty)
        #expect(try corpus.hitIDs("\"fishing bo", asYouType: true) == ["articles/harbour"])
    }

    @Test("a misspelt word finds the word it meant, and says so")
    func typos() throws {
        let (_, corpus) = try corpus()
        let tajik = try corpus.search("Tajiskistan", limit: 10, asYouType: false)
        #expect(tajik.approximate)
        #expect(tajik.articles.map(\.article.id) == ["articles/minister"])
        let shoigu = try corpus.search("Shoigo", limit: 10, asYouType: false)
        #expect(shoigu.approximate)
        #expect(shoigu.articles.map(\.article.id) == ["articles/minister"])
        let exact = try corpus.search("Shoigu", limit: 10, asYouType: false)
        #expect(!exact.approximate)
    }

    @Test("FTS5 syntax typed by a user is searched as text, never an SQLite error")
    func hostileInput() throws {
        let (_, corpus) = try corpus()
        for query in ["NEAR(storm harbour)", "storm AND", "^storm", "storm:", "(storm", "{title}: storm", "a\"\"b", "NOT storm", "*", "--", "storm*)"] {
            do {
                _ = try corpus.search(query, limit: 10, asYouType: false)
            } catch let error as SearchQueryError {
                #expect(!error.message.lowercased().contains("sql"))
            }
        }
        #expect(try corpus.hitIDs("(storm") == corpus.hitIDs("storm"))
        #expect(try corpus.hitIDs("^storm") == corpus.hitIDs("storm"))
    }

    @Test("date filters keep the articles of that day, month or range")
    func dates() throws {
        let folder = try TempCorpus()
        // Dates come from Markdown front matter; write them and check against what the parser read.
        try folder.write("articles/a.md", "---\ntitle: Storm warning\ndate: 2024-03-10\nsource: Coast Radio\n---\nA storm warning for the bay.\n")
        try folder.write("articles/b.md", "---\ntitle: Storm hits\ndate: 2024-03-22\nsource: Daily Wire\n---\nThe storm hit the bay.\n")
        try folder.write("articles/c.md", "---\ntitle: Storm clean-up\ndate: 2024-04-02\nsource: Coast Radio\n---\nVolunteers cleared the storm debris.\n")
        let corpus = try folder.synced().corpus
        let loaded = CorpusLoader.load(root: folder.root)
        func expected(_ window: DateWindow, source: String? = nil) -> Set<String> {
            Set(loaded.articles.filter { article in
                guard let date = article.date, window.contains(date) else { return false }
                guard let source else { return true }
                return article.source?.lowercased().contains(source.lowercased()) == true
            }.map(\.id))
        }
        #expect(try Set(corpus.hitIDs("storm after:2024-03-22")) == expected(DateWindow(from: "2024-03-22")))
        #expect(try Set(corpus.hitIDs("storm before:2024-03-22")) == expected(DateWindow(until: "2024-03-22")))
        #expect(try Set(corpus.hitIDs("storm date:2024-03")) == expected(DateWindow(from: "2024-03-01", until: "2024-04-01")))
        #expect(try Set(corpus.hitIDs("date:2024-03-22")) == expected(DateWindow(from: "2024-03-22", until: "2024-03-23")))
        #expect(try Set(corpus.hitIDs("storm source:radio")) == expected(DateWindow(), source: "radio"))
    }

    @Test("entity: finds the articles that mention an entity under any of its names; kind: narrows entities")
    func entityFilter() throws {
        let (_, corpus) = try corpus()
        // Entities and mentions written directly, so that the filter is tested apart from the linker.
        try corpus.pool.write { db in
            try db.execute(sql: "DELETE FROM entities; DELETE FROM aliases; DELETE FROM entity_fts")
            try MentionRows.deleteAll(db)
            let tajikistan = Entity(id: "tajikistan", name: "Tajikistan", kind: .country, aliases: ["Tajik", "Tadjikistan"], origin: .gazetteer)
            let shoigu = Entity(id: "sergei-shoigu", name: "Sergei Shoigu", kind: .person, aliases: ["Shoigu"], origin: .discovered)
            for (rowid, entity) in [(1, tajikistan), (2, shoigu)] {
                try db.execute(sql: "INSERT INTO entities(rowid, id, name, kind, origin, mentions, data) VALUES (?, ?, ?, ?, ?, ?, ?)",
                               arguments: [rowid, entity.id, entity.name, entity.kind.rawValue, entity.origin.rawValue, rowid, Coding.encode(entity)])
                for name in [entity.name] + entity.aliases {
                    try db.execute(sql: "INSERT INTO aliases(entity, alias, folded) VALUES (?, ?, ?)", arguments: [rowid, name, TextFolding.key(name)])
                }
                try db.execute(sql: "INSERT INTO entity_fts(rowid, name, aliases) VALUES (?, ?, ?)",
                               arguments: [rowid, entity.name, entity.aliases.joined(separator: "\n")])
            }
            let minister = try #require(try Int64.fetchOne(db, sql: "SELECT rowid FROM articles WHERE id = 'articles/minister'"))
            // Mentions name entities by rowid: 2 is sergei-shoigu ("Shoigu"), 1 is tajikistan ("Tajikistan").
            try MentionRows.insert(db, article: minister, mentions: [
                MentionRows.Packed(entity: 2, span: TextSpan(start: 17, end: 23), sentence: 0),
                MentionRows.Packed(entity: 1, span: TextSpan(start: 49, end: 59), sentence: 0),
            ])
        }
        #expect(try corpus.hitIDs("entity:tadjikistan") == ["articles/minister"])
        #expect(try corpus.hitIDs("entity:\"Sergei Shoigu\" water") == ["articles/minister"])
        #expect(try corpus.hitIDs("entity:nobody").isEmpty)
        let people = try corpus.search("kind:person", limit: 10, asYouType: false)
        #expect(people.entities.map(\.id) == ["sergei-shoigu"])
        let byAlias = try corpus.search("tajik", limit: 10, asYouType: false)
        #expect(byAlias.entities.map(\.id) == ["tajikistan"])
        #expect(try corpus.resolveEntity(named: "TADJIKISTAN")?.id == "tajikistan")
        let context = try corpus.mentioningArticles(entityID: "tajikistan", limit: 5)
        #expect(context.first.map { $0.text.substring($0.highlight) } == "Tajikistan")
    }

    @Test("an entity whose name or alias is the word typed comes before names that only contain it")
    func exactEntityFirst() throws {
        let folder = try TempCorpus()
        try folder.write("knowledge.yaml", """
            entities:
              - id: csto
                name: Collective Security Treaty Organization
                kind: organisation
                aliases: [CSTO]
            events:
              - id: csto-deployment
                name: CSTO deployment to Kazakhstan
                date: 2022-01-06
            """)
        try folder.article("alliance", title: "Alliance meets", "The CSTO met in Minsk to talk about its deployment to Kazakhstan.")
        let corpus = try folder.synced().corpus
        let found = try corpus.search("csto", limit: 10, asYouType: false)
        #expect(found.entities.map(\.id) == ["csto", "csto-deployment"])
        #expect(try corpus.search("CST", limit: 10, asYouType: true).entities.first?.id == "csto")
    }

    @Test("a malformed query is reported in words, with its column")
    func malformed() throws {
        let (_, corpus) = try corpus()
        #expect(throws: SearchQueryError.self) { try corpus.search("\"storm", limit: 10, asYouType: false) }
        #expect(throws: SearchQueryError.self) { try corpus.search("colour:red", limit: 10, asYouType: false) }
    }
}
