import EventModel
import Foundation
import GRDB
import Testing
@testable import EventIndex

/// A first load writes `article_fts` while it links, with the table's triggers dropped (IndexUpdate+DeferredSearch).
@Suite("First load's search rows")
struct FirstLoadSearchTests {
    /// Every term of the article search index with its document and occurrence counts.
    private func vocabulary(_ corpus: IndexedCorpus) throws -> [String] {
        try corpus.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT term, doc, cnt FROM article_vocab ORDER BY term").map { "\($0[0] as String) \($0[1] as Int) \($0[2] as Int)" }
        }
    }

    private func triggers(_ corpus: IndexedCorpus) throws -> [String] {
        try corpus.pool.read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'articles_fts_%' ORDER BY name") }
    }

    @Test("a first load's search index holds what one written article by article holds, and its triggers are back")
    func sameAsIncremental() throws {
        let folder = try TempCorpus()
        try folder.article("quake", title: "Earthquake shakes the coast", "A strong earthquake hit the coastal town at dawn.")
        let stepwise = try folder.synced().corpus
        try folder.article("flood", title: "River floods the valley", "Heavy rain made the river burst its banks.")
        try folder.article("storm", title: "Storm over the coast", "Wind and rain closed the port for a day.")
        _ = try stepwise.sync()
        let loaded = try folder.rebuilt()
        #expect(try vocabulary(loaded) == vocabulary(stepwise))
        #expect(try vocabulary(loaded).contains { $0.hasPrefix("coast 2 ") })
        #expect(try loaded.hitIDs("rain").sorted() == ["articles/flood", "articles/storm"])
        #expect(try triggers(loaded) == ["articles_fts_delete", "articles_fts_insert", "articles_fts_update"])
    }

    @Test("a first load of several chunks: the search index holds what the same rows written in one statement hold")
    func severalChunks() throws {
        let folder = try TempCorpus()
        for index in 0..<(Synchronizer.chunkSize * 3 + 17) {
            try folder.write("articles/\(index % 7)/n\(index).txt", "Report \(index) on the harbour\n\nStorm \(index) came over the bay \(index % 13).\n")
        }
        let loaded = try folder.synced().corpus
        let whole = try folder.rebuilt()
        try whole.pool.write { db in
            try db.execute(sql: "INSERT INTO article_fts(article_fts) VALUES ('delete-all')")
            try db.execute(sql: "INSERT INTO article_fts(rowid, title, text) SELECT rowid, title, text FROM articles ORDER BY rowid")
        }
        #expect(try vocabulary(loaded) == vocabulary(whole))
        let matches = try loaded.pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM article_fts WHERE article_fts MATCH 'storm'") }
        #expect(matches == Synchronizer.chunkSize * 3 + 17)
        #expect(try triggers(loaded).count == 3)
    }

    @Test("a first load into an index whose files were all removed finds its articles' words")
    func loadAfterEverythingRemoved() throws {
        let folder = try TempCorpus()
        try folder.article("note", title: "a quiet note", "nothing happened in the village today.")
        let (corpus, _) = try folder.synced()
        try folder.remove("articles/note.txt")
        #expect(try corpus.sync().removed == 1)
        try folder.article("note", title: "a quiet note", "nothing happened in the village today.")
        try folder.article("later", title: "another quiet note", "the harvest was late this year.")
        _ = try corpus.sync()
        #expect(try corpus.hitIDs("village") == ["articles/note"])
        #expect(try corpus.hitIDs("harvest") == ["articles/later"])
        #expect(try vocabulary(corpus) == vocabulary(folder.rebuilt()))
        #expect(try triggers(corpus).count == 3)
    }

    @Test("a sync in the process that lost the search triggers puts them back and finds every article's words")
    func missingTriggerRepairedInProcess() throws {
        let folder = try TempCorpus()
        try folder.article("quake", title: "Earthquake shakes the coast", "The tremor lasted a minute.")
        let corpus = try folder.synced().corpus
        // What a first load that failed after a committed chunk leaves: the triggers dropped, some rows unwritten.
        try corpus.pool.write { db in
            for trigger in IndexSchema.articleSearchTriggers { try db.execute(sql: "DROP TRIGGER \(trigger.name)") }
            try db.execute(sql: "INSERT INTO article_fts(article_fts) VALUES ('delete-all')")
        }
        try folder.article("flood", title: "River floods the valley", "Heavy rain made the river burst its banks.")
        _ = try corpus.sync()
        #expect(try corpus.hitIDs("tremor") == ["articles/quake"])
        #expect(try corpus.hitIDs("rain") == ["articles/flood"])
        #expect(try triggers(corpus).count == 3)
        #expect(try vocabulary(corpus) == vocabulary(folder.rebuilt()))
    }

    @Test("an index left without its search triggers is rebuilt when opened")
    func missingTriggerRebuilds() throws {
        let folder = try TempCorpus()
        try folder.article("quake", title: "Earthquake shakes the coast", "The tremor lasted a minute.")
        do {
            let corpus = try folder.synced().corpus
            try corpus.pool.write { try $0.execute(sql: "DROP TRIGGER articles_fts_insert") }
        }
        let (corpus, report) = try folder.synced()
        #expect(report.resetReason?.contains("articles_fts_insert") == true)
        #expect(try triggers(corpus).count == 3)
        #expect(try corpus.hitIDs("tremor") == ["articles/quake"])
    }
}
