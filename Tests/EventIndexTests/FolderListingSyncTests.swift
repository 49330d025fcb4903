import EventModel
import Foundation
import GRDB
import Testing
@testable import EventIndex

/// A full sync names only the files of folders whose stored digest moved (``CorpusScanner/listFolders``).
@Suite("A sync that names only the folders that moved")
struct FolderListingSyncTests {
    @Test("digests stored in another form (an index written before) are all compared once, and nothing is missed")
    func digestsOfAnotherForm() throws {
        let folder = try TempCorpus.yearFolders(["2023/a", "2024/c", "2025/e"])
        _ = try folder.synced()
        try DatabaseQueue(path: folder.index.path).write { try $0.execute(sql: "UPDATE folders SET digest = digest + 1") }
        try folder.write("articles/2024/c.txt", "Storm hits the port\n\nWind tore the roofs of the sheds.\n")
        let (corpus, report) = try folder.synced()
        #expect(report.changed == 1 && report.added == 0 && report.removed == 0)
        #expect(try corpus.hitIDs("sheds") == ["articles/2024/c"])
        #expect(try corpus.canonicalDump() == folder.rebuilt().canonicalDump())
        #expect(try corpus.sync().isNoop)
    }

    @Test("a listing that did not name a folder whose digest moved is not compared as if its files were gone")
    func incompleteListing() throws {
        let folder = try TempCorpus.yearFolders(["2023/a", "2024/c"])
        let (corpus, _) = try folder.synced()
        try folder.write("articles/2024/c.txt", "Storm hits the port\n\nWind tore the roofs of the sheds.\n")
        let listing = CorpusScanner.listFolders(root: folder.root, keepFiles: { _, _ in false })
        var synchronizer = Synchronizer(pool: corpus.pool, catalogCache: corpus.catalogCache, files: listing.files,
                                        listingDiagnostics: listing.diagnostics, folderTimes: listing.folderTimes, progress: nil)
        synchronizer.folders = FolderDigests(listing: listing)
        #expect(throws: FolderDigests.Incomplete.self) { try synchronizer.run() }
        #expect(try corpus.allArticleIDs() == ["articles/2023/a", "articles/2024/c"])
        #expect(try corpus.sync().changed == 1)
        #expect(try corpus.canonicalDump() == folder.rebuilt().canonicalDump())
    }

    @Test("the digests a full listing stores are those a quick pass and a folder synced on its own compute from the files")
    func sameDigestsEveryWay() throws {
        let folder = try TempCorpus.yearFolders(["2023/a", "2024/c"])
        try folder.write("knowledge.yaml", "entities:\n  - id: csto\n    name: Collective Security Treaty Organization\n    kind: organisation\n")
        let (corpus, _) = try folder.synced()
        let stored = try corpus.pool.read(FolderDigests.stored)
        #expect(stored == FolderDigests(files: CorpusScanner.listFilesWithTimes(root: folder.root).files).digests)
        #expect(stored.keys.sorted() == ["", "articles/2023", "articles/2024"])
    }
}
