import EventModel
import Foundation
import GRDB
import Testing
@testable import EventIndex

@Suite("Stored linker")
struct LinkerStateTests {
    private func folder() throws -> TempCorpus {
        let folder = try TempCorpus()
        try folder.write("knowledge.yaml", "entities:\n  - id: csto\n    name: Collective Security Treaty Organization\n    kind: organisation\n    aliases: [CSTO]\n")
        try folder.article("summit", title: "Leaders meet in Dushanbe",
                           "The Collective Security Treaty Organization met in Tajikistan.",
                           "Defense Minister Sergei Shoigu spoke to the Kremlin.")
        try folder.article("raid", title: "Raid near the border", "Tajik police arrested a man near Khorog.")
        _ = try folder.synced()
        return folder
    }

    @Test("a new process that syncs one edited article restores the linker from the index and answers as a fresh index")
    func restoredInNewProcess() throws {
        let folder = try folder()
        try folder.article("raid", title: "Raid near the border", "Tajik police arrested a man near Khorog.", "The zyxquiet word is new.")
        let (corpus, report) = try folder.synced()
        #expect(report.changed == 1)
        #expect(corpus.catalogCache.builds == 0)
        #expect(try corpus.hitIDs("zyxquiet") == ["articles/raid"])
        #expect(try corpus.canonicalDump() == folder.rebuilt().canonicalDump())
    }

    @Test("a stored linker that does not decode is not used: the catalog is built again")
    func damagedLinkerRebuilt() throws {
        let folder = try folder()
        try DatabaseQueue(path: folder.index.path).write { db in
            try db.execute(sql: "UPDATE linker_state SET data = x'0102030405'")
        }
        try folder.article("raid", title: "Raid near the border", "Tajik police arrested a man near Khorog in CSTO territory.")
        let (corpus, _) = try folder.synced()
        #expect(corpus.catalogCache.builds == 1)
        #expect(try corpus.canonicalDump() == folder.rebuilt().canonicalDump())
    }

    @Test("a stored linker of other inputs is not used, and is replaced by the one of these")
    func staleLinkerReplaced() throws {
        let folder = try folder()
        let stored = try DatabaseQueue(path: folder.index.path).write { db -> Int64? in
            let digest = try LinkerState.storedDigest(db)
            try db.execute(sql: "UPDATE linker_state SET digest = digest + 1")
            return digest
        }
        #expect(stored != nil)
        try folder.article("raid", title: "Raid near the border", "Tajik police arrested a man.")
        let (corpus, _) = try folder.synced()
        #expect(corpus.catalogCache.builds == 1)
        #expect(try corpus.read(LinkerState.storedDigest) == stored)
        #expect(try corpus.canonicalDump() == folder.rebuilt().canonicalDump())
    }

    @Test("a new name in an edited article changes the digest: the catalog is built again, not restored")
    func newNameRebuilds() throws {
        let folder = try folder()
        try folder.article("raid", title: "Raid near the border", "Interior Minister Rustam Nazarzoda arrested a man near Khorog.")
        let (corpus, _) = try folder.synced()
        #expect(corpus.catalogCache.builds == 1)
        #expect(try corpus.entity(id: "rustam-nazarzoda") != nil)
        #expect(try corpus.canonicalDump() == folder.rebuilt().canonicalDump())
    }

    @Test("a linker packed and restored finds the same mentions")
    func packedRoundTrip() throws {
        let article = ArticleParser.parse(Array("Title\n\nTajiskistan and the CSTO met. Russia’s ally spoke.\n".utf8), path: "a.txt").article!
        let catalog = EntityCatalog.build(knowledge: [], contributions: [EntityCatalog.contribution(of: article)]).catalog
        let linker = EntityLinker(catalog: catalog)
        let restored = try #require(EntityLinker(packed: linker.packed()))
        #expect(restored.mentions(in: article) == linker.mentions(in: article))
        #expect(restored.catalog.entities == catalog.entities)
        #expect(restored.catalog.aliasTable == catalog.aliasTable)
        #expect(EntityLinker(packed: Array(linker.packed().dropLast())) == nil)
    }
}

@Suite("Folder digests")
struct FolderDigestTests {
    @Test("files moved between folders, a folder removed and a file edited in place are all seen")
    func foldersChange() throws {
        let folder = try TempCorpus()
        try folder.write("articles/2023/a.txt", "Quake shakes the coast\n\nThe tremor lasted a minute.\n")
        try folder.write("articles/2023/b.txt", "River floods the valley\n\nHeavy rain fell all week.\n")
        try folder.write("articles/2024/c.txt", "Storm hits the port\n\nWind tore the roofs.\n")
        try folder.write("articles/2024/deep/d.txt", "Fire in the hills\n\nSmoke rose over the ridge.\n")
        _ = try folder.synced()

        try FileManager.default.createDirectory(at: folder.root.appendingPathComponent("articles/2025"), withIntermediateDirectories: true)
        try folder.rename("articles/2023/a.txt", to: "articles/2025/a.txt")
        try folder.remove("articles/2024/deep")
        try folder.write("articles/2024/c.txt", "Storm hits the port\n\nWind tore the roofs of the sheds.\n")
        let (corpus, report) = try folder.synced()
        #expect(report.added == 1 && report.removed == 2 && report.changed == 1)
        #expect(try corpus.allArticleIDs() == ["articles/2023/b", "articles/2024/c", "articles/2025/a"])
        #expect(try corpus.hitIDs("sheds") == ["articles/2024/c"])
        #expect(try corpus.canonicalDump() == folder.rebuilt().canonicalDump())
    }

    @Test("a file is directly in a folder only when nothing but its name follows the folder and a slash")
    func directlyInFolder() {
        #expect(FolderDigests.isDirectly(in: "articles/000", path: "articles/000/a1.md"))
        #expect(!FolderDigests.isDirectly(in: "articles/000", path: "articles/000/deep/a1.md"))
        #expect(!FolderDigests.isDirectly(in: "articles/000", path: "articles/0001/a1.md"))
        #expect(!FolderDigests.isDirectly(in: "articles/000", path: "articles/000"))
        #expect(!FolderDigests.isDirectly(in: "articles", path: "articles/000/a1.md"))
        #expect(FolderDigests.isDirectly(in: "", path: "knowledge.yaml"))
        #expect(!FolderDigests.isDirectly(in: "", path: "articles/a1.md"))
        // Each file of a listing lands in the folder that cutting its path gives.
        let paths = ["knowledge.yaml", "articles/000/a1.md", "articles/000/deep/a2.md", "articles/000/z.md", "articles/0001/a3.md", "b.md"]
        let files = paths.map { CorpusFile(path: $0, url: URL(fileURLWithPath: "/tmp/" + $0), kind: .article, size: 1, modified: Date()) }
        let digests = FolderDigests(files: files)
        for (index, path) in paths.enumerated() {
            #expect(digests.members[FolderDigests.folder(of: path)]?.contains(index) == true, Comment(rawValue: path))
        }
        #expect(digests.members.values.map(\.count).reduce(0, +) == paths.count)
    }

    @Test("with no folder digest stored, a sync compares every file and still finds a folder that is gone")
    func noDigestsStored() throws {
        let folder = try TempCorpus()
        try folder.write("articles/2023/a.txt", "Quake shakes the coast\n\nThe tremor lasted a minute.\n")
        try folder.write("articles/2024/c.txt", "Storm hits the port\n\nWind tore the roofs.\n")
        _ = try folder.synced()
        try DatabaseQueue(path: folder.index.path).write { try $0.execute(sql: "DELETE FROM folders") }
        try folder.remove("articles/2023")
        let (corpus, report) = try folder.synced()
        #expect(report.removed == 1)
        #expect(try corpus.allArticleIDs() == ["articles/2024/c"])
        #expect(try corpus.canonicalDump() == folder.rebuilt().canonicalDump())
    }
}

@Suite("The stored linker read while the folder is listed")
struct FolderChangeWatchTests {
    private func folder() throws -> TempCorpus {
        let folder = try TempCorpus.yearFolders(["2023/a", "2024/c"])
        try folder.write("knowledge.yaml", "entities:\n  - id: csto\n    name: Collective Security Treaty Organization\n    kind: organisation\n")
        _ = try folder.synced()
        return folder
    }

    /// A new process's index of the folder, and its watch told each folder as a sync's listing would.
    private func watched(_ folder: TempCorpus) throws -> (IndexedCorpus, FolderChangeWatch) {
        let corpus = try IndexedCorpus.open(corpus: folder.root, indexPath: folder.index)
        let stored = try corpus.pool.read(FolderDigests.stored)
        let watch = try #require(try FolderChangeWatch(pool: corpus.pool, catalogCache: corpus.catalogCache, stored: stored))
        _ = CorpusScanner.listFolders(root: folder.root, keepFiles: { stored[$0] != $1 }, eachFolder: { watch.folderListed($0) })
        return (corpus, watch)
    }

    @Test("nothing changed: the listing starts no read of the stored linker")
    func nothingChanged() throws {
        let (_, watch) = try watched(try folder())
        #expect(watch.prefetch == nil && watch.readAhead == nil)
    }

    @Test("a file edited in place starts the read at its folder, and the sync uses what it read")
    func editedInPlace() throws {
        let folder = try folder()
        try folder.write("articles/2024/c.txt", "Storm hits the port\n\nWind tore the roofs of the CSTO sheds.\n")
        let (corpus, watch) = try watched(folder)
        let prefetch = try #require(watch.prefetch)
        prefetch.finish()
        let report = try corpus.sync()
        #expect(report.changed == 1)
        #expect(corpus.catalogCache.builds == 0)
        #expect(try corpus.hitIDs("sheds") == ["articles/2024/c"])
        #expect(try corpus.canonicalDump() == folder.rebuilt().canonicalDump())
    }

    @Test("an article edited in place is parsed while the rest is listed; the sync stores it once, as a rebuild would")
    func readAhead() throws {
        let folder = try folder()
        try folder.write("articles/2024/c.txt", "Storm hits the port\n\nWind tore the roofs of the CSTO sheds.\n")
        let (corpus, watch) = try watched(folder)
        let ahead = try #require(watch.readAhead)
        let listed = CorpusScanner.listFolders(root: folder.root, keepFiles: { _, _ in true }).files
        let edited = try #require(listed.first { $0.path == "articles/2024/c.txt" })
        let row = try #require(try corpus.pool.read { db in
            try Row.fetchOne(db, sql: "SELECT kind, size, mtime, hash FROM files WHERE path = ?", arguments: [edited.path])
        })
        let stored = Synchronizer.Stored(kind: row[0], size: row[1], mtime: row[2], hash: row[3])
        let candidate = try #require(Synchronizer.candidate(edited, stored: stored))
        let parsed = try #require(ahead.take(candidate))
        guard case .article(let article, _)? = parsed.content else {
            Issue.record("the edited article was not parsed ahead")
            return
        }
        #expect(article.text.contains("CSTO sheds"))
        // Taken once: the same file again, or a file that was not read ahead, is read by the sync.
        #expect(ahead.take(candidate) == nil)
        let unchanged = try #require(listed.first { $0.path == "articles/2023/a.txt" })
        #expect(ahead.take(Synchronizer.Candidate(file: unchanged, existed: true, storedHash: nil)) == nil)
        ahead.finish()
        watch.prefetch?.finish()
        let report = try corpus.sync()
        #expect(report.changed == 1)
        #expect(try corpus.hitIDs("sheds") == ["articles/2024/c"])
        #expect(try corpus.canonicalDump() == folder.rebuilt().canonicalDump())
    }

    @Test("an article changed again after it was read ahead is read again, never stored as it was")
    func readAheadStale() throws {
        let folder = try folder()
        try folder.write("articles/2024/c.txt", "Storm hits the port\n\nWind tore the roofs of the sheds.\n")
        let (corpus, watch) = try watched(folder)
        let ahead = try #require(watch.readAhead)
        try folder.write("articles/2024/c.txt", "Storm hits the port\n\nWind tore the roofs of the sheds and the barns.\n")
        let listed = CorpusScanner.listFolders(root: folder.root, keepFiles: { _, _ in true }).files
        let edited = try #require(listed.first { $0.path == "articles/2024/c.txt" })
        #expect(ahead.take(Synchronizer.Candidate(file: edited, existed: true, storedHash: nil)) == nil)
        ahead.finish()
        watch.prefetch?.finish()
        _ = try corpus.sync()
        #expect(try corpus.hitIDs("barns") == ["articles/2024/c"])
        #expect(try corpus.canonicalDump() == folder.rebuilt().canonicalDump())
    }

    @Test("a new folder, and a folder gone, each start the read")
    func foldersComeAndGo() throws {
        let folder = try folder()
        try folder.write("articles/2025/e.txt", "Snow closes the pass\n\nThe road is shut.\n")
        let (corpus, added) = try watched(folder)
        #expect(added.prefetch != nil)
        added.prefetch?.finish()
        _ = try corpus.sync()

        try folder.remove("articles/2023/a.txt")
        let (_, removed) = try watched(folder)
        #expect(removed.prefetch != nil)
        removed.prefetch?.finish()
    }

    @Test("a catalog in memory, or an index with no folders yet, needs no read ahead")
    func notNeeded() throws {
        let folder = try folder()
        try folder.write("articles/2024/c.txt", "Storm hits the port\n\nWind tore the roofs of the sheds.\n")
        let (corpus, _) = try folder.synced()
        #expect(!corpus.catalogCache.isEmpty)
        #expect(try FolderChangeWatch(pool: corpus.pool, catalogCache: corpus.catalogCache, stored: corpus.pool.read(FolderDigests.stored)) == nil)
        let empty = try IndexedCorpus.open(corpus: folder.root, indexPath: folder.base.appendingPathComponent("empty.sqlite"))
        #expect(try FolderChangeWatch(pool: empty.pool, catalogCache: empty.catalogCache, stored: empty.pool.read(FolderDigests.stored)) == nil)
    }
}
