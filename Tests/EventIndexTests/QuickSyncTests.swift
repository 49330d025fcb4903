import EventModel
import Foundation
import Testing
@testable import EventIndex

/// The explorer's quick pass (``IndexedCorpus/syncChangedFolders(progress:)``): only folders whose
/// modification time moved are read again, and a full sync behind it finds the rest.
@Suite("Quick sync of changed folders")
struct QuickSyncTests {
    @Test("articles added, removed and renamed, and a folder renamed, are found by the quick pass alone")
    func addedRemovedRenamed() throws {
        let folder = try TempCorpus()
        try folder.article("quake", title: "Earthquake shakes the coast", "A strong earthquake hit the town.")
        try folder.article("flood", title: "River floods the valley", "Heavy rain made the river burst its banks.")
        try folder.article("sub/storm", title: "Storm closes the port", "The ferry stayed in the harbour.")
        let (corpus, _) = try folder.synced()

        try folder.article("volcano", title: "Volcano erupts", "Ash covered the island after the volcano woke.")
        try folder.remove("articles/flood.txt")
        try folder.rename("articles/quake.txt", to: "articles/tremor.txt")
        try folder.rename("articles/sub", to: "articles/weather")
        try folder.touchFolder("articles")
        let quick = try #require(try corpus.syncChangedFolders())
        #expect(quick.added == 3 && quick.removed == 3)
        #expect(try corpus.hitIDs("volcano") == ["articles/volcano"])
        #expect(try corpus.canonicalDump() == folder.rebuilt().canonicalDump())
        #expect(try corpus.sync().isNoop)
    }

    @Test("an article rewritten in place keeps its folder's time: the quick pass leaves it to the full sync")
    func editInPlace() throws {
        let folder = try TempCorpus()
        try folder.article("quake", title: "Earthquake shakes the coast", "The tremor lasted a minute.")
        try folder.article("flood", title: "River floods the valley", "Heavy rain fell.")
        let time = try folder.touchFolder("articles")
        let (corpus, _) = try folder.synced()
        try folder.article("quake", title: "Earthquake shakes the coast", "The aftershock lasted a minute.")
        try folder.setFolderTime("articles", time)

        let quick = try #require(try corpus.syncChangedFolders())
        #expect(quick.isNoop)
        #expect(try corpus.hitIDs("aftershock").isEmpty)
        let full = try corpus.sync()
        #expect(full.changed == 1)
        #expect(try corpus.hitIDs("aftershock") == ["articles/quake"])
        #expect(try corpus.canonicalDump() == folder.rebuilt().canonicalDump())
    }

    @Test("a new knowledge file is left to the full sync, and the quick pass writes nothing")
    func knowledgeChanged() throws {
        let folder = try TempCorpus()
        try folder.article("quake", title: "Earthquake shakes Tajikistan", "Tajikistan felt the tremor.")
        let (corpus, _) = try folder.synced()
        try folder.write("extra.knowledge.yaml", "entities:\n  - id: tajikistan\n    name: Tajikistan\n    kind: country\n")
        try folder.article("volcano", title: "Volcano erupts", "Ash covered the island.")
        try folder.touchFolder("")
        try folder.touchFolder("articles")

        #expect(try corpus.syncChangedFolders() == nil)
        #expect(try corpus.hitIDs("volcano").isEmpty)
        try corpus.sync()
        #expect(try corpus.hitIDs("volcano") == ["articles/volcano"])
        #expect(try corpus.canonicalDump() == folder.rebuilt().canonicalDump())
    }

    @Test("a corpus opened through a symbolic link to its folder has its quick pass too")
    func linkedRoot() throws {
        let folder = try TempCorpus()
        try folder.article("quake", title: "Earthquake shakes the coast", "The tremor lasted a minute.")
        let linked = folder.base.appendingPathComponent("linked")
        try FileManager.default.createSymbolicLink(at: linked, withDestinationURL: folder.root)
        let corpus = try IndexedCorpus.openSynced(corpus: linked, indexPath: folder.index).corpus
        try folder.article("volcano", title: "Volcano erupts", "Ash covered the island.")
        try folder.touchFolder("articles")
        let quick = try #require(try corpus.syncChangedFolders())
        #expect(quick.added == 1)
        #expect(try corpus.hitIDs("volcano") == ["articles/volcano"])
    }

    @Test("a corpus with a feed keeps no folder times: only the full sync can tell what changed")
    func feedCorpus() throws {
        let folder = try TempCorpus()
        try folder.article("quake", title: "Earthquake shakes the coast", "The tremor lasted a minute.")
        try folder.write("feeds/world.xml", """
            <rss version="2.0"><channel><title>World</title>
            <item><title>Storm closes the port</title><link>https://example.org/storm</link><description>The ferry stayed in.</description></item>
            </channel></rss>
            """)
        let (corpus, _) = try folder.synced()
        try folder.article("volcano", title: "Volcano erupts", "Ash covered the island.")
        try folder.touchFolder("articles")
        #expect(try corpus.syncChangedFolders() == nil)
        #expect(try corpus.sync().added == 1)
    }
}
