import EventModel
import Foundation
import Testing
@testable import EventIndex

@Suite("Sync")
struct SyncTests {
    @Test("a first sync indexes every article and a second one changes nothing")
    func firstAndSecondSync() throws {
        let folder = try TempCorpus()
        try folder.article("quake", title: "Earthquake shakes the coast", "A strong earthquake hit the coastal town at dawn.")
        try folder.article("flood", title: "River floods the valley", "Heavy rain made the river burst its banks.")
        let (corpus, report) = try folder.synced()
        #expect(report.added == 2)
        #expect(report.articles == 2)
        #expect(try corpus.allArticleIDs() == ["articles/flood", "articles/quake"])
        #expect(try corpus.article(id: "articles/quake")?.text == "A strong earthquake hit the coastal town at dawn.")

        let again = try corpus.sync()
        #expect(again.isNoop)
        #expect(again.unchanged == 2)
    }

    @Test("an added file is found by search after the next sync")
    func addedFile() throws {
        let folder = try TempCorpus()
        try folder.article("quake", title: "Earthquake shakes the coast", "A strong earthquake hit the town.")
        let (corpus, _) = try folder.synced()
        #expect(try corpus.hitIDs("volcano").isEmpty)
        try folder.article("volcano", title: "Volcano erupts", "Ash covered the island after the volcano woke.")
        let report = try corpus.sync()
        #expect(report.added == 1 && report.unchanged == 1)
        #expect(try corpus.hitIDs("volcano") == ["articles/volcano"])
        #expect(try corpus.counts().articles == 2)
    }

    @Test("a changed file's new words are found and its old ones are gone")
    func changedFile() throws {
        let folder = try TempCorpus()
        try folder.article("quake", title: "Earthquake shakes the coast", "The tremor lasted a minute.")
        let (corpus, _) = try folder.synced()
        try folder.article("quake", title: "Earthquake shakes the coast", "Aftershocks followed through the night.")
        let report = try corpus.sync()
        #expect(report.changed == 1)
        #expect(try corpus.hitIDs("aftershocks") == ["articles/quake"])
        #expect(try corpus.hitIDs("tremor").isEmpty)
        #expect(try corpus.article(id: "articles/quake")?.text == "Aftershocks followed through the night.")
    }

    @Test("a removed file leaves the list and the search")
    func removedFile() throws {
        let folder = try TempCorpus()
        try folder.article("quake", title: "Earthquake shakes the coast", "The tremor lasted a minute.")
        try folder.article("flood", title: "River floods the valley", "Heavy rain fell.")
        let (corpus, _) = try folder.synced()
        try folder.remove("articles/quake.txt")
        let report = try corpus.sync()
        #expect(report.removed == 1)
        #expect(try corpus.allArticleIDs() == ["articles/flood"])
        #expect(try corpus.hitIDs("tremor").isEmpty)
        #expect(try corpus.article(id: "articles/quake") == nil)
    }

    @Test("a renamed file is found under its new id only")
    func renamedFile() throws {
        let folder = try TempCorpus()
        try folder.article("quake", title: "Earthquake shakes the coast", "The tremor lasted a minute.")
        let (corpus, _) = try folder.synced()
        try folder.rename("articles/quake.txt", to: "articles/tremor-report.txt")
        let report = try corpus.sync()
        #expect(report.added == 1 && report.removed == 1)
        #expect(try corpus.hitIDs("tremor") == ["articles/tremor-report"])
        #expect(try corpus.allArticleIDs() == ["articles/tremor-report"])
    }

    @Test("a touched but unchanged file is not parsed again")
    func touchedFile() throws {
        let folder = try TempCorpus()
        try folder.article("quake", title: "Earthquake shakes the coast", "The tremor lasted a minute.")
        let (corpus, _) = try folder.synced()
        try folder.touch("articles/quake.txt")
        let report = try corpus.sync()
        #expect(report.changed == 0 && report.unchanged == 1)
        #expect(try corpus.hitIDs("tremor") == ["articles/quake"])
    }

    @Test("editing knowledge.yaml is picked up and the index matches a rebuild")
    func knowledgeEdit() throws {
        let folder = try TempCorpus()
        try folder.article("quake", title: "Earthquake shakes Tajikistan", "The tremor was felt in Dushanbe.")
        try folder.write("knowledge.yaml", "entities:\n  - id: dushanbe\n    name: Dushanbe\n    kind: place\n")
        let (corpus, _) = try folder.synced()
        try folder.write("knowledge.yaml", "entities:\n  - id: dushanbe\n    name: Dushanbe\n    kind: place\n    aliases: [Dushanbe city]\n")
        let report = try corpus.sync()
        #expect(report.changed == 1)
        #expect(try corpus.canonicalDump() == folder.rebuilt().canonicalDump())
    }

    @Test("read-more links point at the article with that title, and back")
    func links() throws {
        let folder = try TempCorpus()
        try folder.article("quake", title: "Earthquake shakes the coast", "The tremor lasted a minute.")
        try folder.article("aid", title: "Aid arrives", "Trucks reached the town.")
        let (corpus, _) = try folder.synced()
        // However the parser reads links, what the index stores must agree with a full load.
        let loaded = CorpusLoader.load(root: folder.root)
        #expect(try corpus.counts().links == loaded.linkCount)
        #expect(try corpus.counts().unresolvedLinks == loaded.unresolvedLinkCount)
        for article in loaded.articles {
            for link in article.links {
                if let target = link.target {
                    #expect(try corpus.backlinks(to: target).map(\.id).contains(article.id))
                }
            }
        }
    }

    @Test("the default index lives in the cache folder, one file per corpus")
    func defaultPath() throws {
        let a = IndexedCorpus.defaultIndexPath(for: URL(fileURLWithPath: "/tmp/corpus-a"))
        let b = IndexedCorpus.defaultIndexPath(for: URL(fileURLWithPath: "/tmp/corpus-b"))
        #expect(a != b)
        #expect(a.pathExtension == "sqlite")
        #expect(a.deletingLastPathComponent().lastPathComponent == "evex")
        #expect(IndexedCorpus.defaultIndexPath(for: URL(fileURLWithPath: "/tmp/corpus-a/")) == a)
    }

    @Test("a missing corpus folder is reported with its path")
    func missingFolder() throws {
        let folder = try TempCorpus()
        let missing = folder.root.appendingPathComponent("nope")
        #expect(throws: IndexError.self) { try IndexedCorpus.open(corpus: missing, indexPath: folder.index) }
    }
}
