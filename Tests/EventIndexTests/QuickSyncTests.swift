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

/// The explorer's full pass (``IndexedCorpus/sync(progress:firstChange:)``): the first folder found
/// changed while the folder is listed is synced on its own at once, then the listing goes on.
@Suite("The first folder found changed, synced at once")
struct FirstChangeSyncTests {
    private func folder() throws -> TempCorpus {
        let folder = try TempCorpus.yearFolders(["2023/a", "2024/b", "2025/c"])
        _ = try folder.synced()
        return folder
    }

    /// What `firstChange` was told, and whether a second connection found `word` by then.
    private final class Told: @unchecked Sendable {
        var reports: [SyncReport] = []
        var found: [[String]] = []
    }

    @Test("an article edited in place is searchable when the first change is told, before the sync ends; the report counts it once")
    func editedInPlace() throws {
        let folder = try folder()
        try folder.write("articles/2024/b.txt", "River floods the valley\n\nHeavy rain fell all week on the zyxlevee.\n")
        let corpus = try IndexedCorpus.open(corpus: folder.root, indexPath: folder.index)
        let reader = try IndexedCorpus.open(corpus: folder.root, indexPath: folder.index)
        let told = Told()
        let report = try corpus.sync(firstChange: { early in
            told.reports.append(early)
            told.found.append((try? reader.hitIDs("zyxlevee")) ?? [])
        })
        #expect(told.reports.map(\.changed) == [1])
        #expect(told.found == [["articles/2024/b"]])
        #expect(report.changed == 1 && report.added == 0 && report.removed == 0)
        #expect(try corpus.canonicalDump() == folder.rebuilt().canonicalDump())
        // The index is this listing again: the next sync knows at once that nothing changed.
        #expect(try corpus.pool.read { try String.fetchOne($0, sql: "SELECT value FROM meta WHERE key = 'listing'") ?? "" } != "")
        #expect(try corpus.sync().isNoop)
    }

    @Test("two folders changed: the first is synced at once, the other by the full sync, and the index is as one built afresh")
    func twoFolders() throws {
        let folder = try folder()
        try folder.write("articles/2023/a.txt", "Quake shakes the coast\n\nThe tremor lasted a minute and a half.\n")
        try folder.write("articles/2025/c.txt", "Storm hits the port\n\nWind tore the roofs of the zyxsheds.\n")
        try folder.write("articles/2025/d.txt", "Snow closes the pass\n\nThe road is shut.\n")
        let corpus = try IndexedCorpus.open(corpus: folder.root, indexPath: folder.index)
        let told = Told()
        let report = try corpus.sync(firstChange: { told.reports.append($0) })
        #expect(told.reports.map(\.changed) == [1])
        #expect(report.changed == 2 && report.added == 1)
        #expect(try corpus.hitIDs("zyxsheds") == ["articles/2025/c"])
        #expect(try corpus.canonicalDump() == folder.rebuilt().canonicalDump())
    }

    @Test("a knowledge file changed is left to the full sync: nothing is told early")
    func knowledgeLeftToFullSync() throws {
        let folder = try folder()
        try folder.write("knowledge.yaml", "entities:\n  - id: port\n    name: Storm Port\n    kind: place\n")
        let corpus = try IndexedCorpus.open(corpus: folder.root, indexPath: folder.index)
        let told = Told()
        let report = try corpus.sync(firstChange: { told.reports.append($0) })
        #expect(told.reports.isEmpty)
        #expect(report.added == 1)
        #expect(try corpus.canonicalDump() == folder.rebuilt().canonicalDump())
    }
}
