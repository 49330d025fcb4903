import EventModel
import Foundation
import GRDB
import Testing
@testable import EventIndex

@Suite("Recovery")
struct RecoveryTests {
    private func indexedFolder() throws -> TempCorpus {
        let folder = try TempCorpus()
        try folder.article("quake", title: "Earthquake shakes the coast", "The tremor lasted a minute.")
        try folder.article("flood", title: "River floods the valley", "Heavy rain fell all week.")
        _ = try folder.synced()
        return folder
    }

    @Test("a file at the index path that evex did not write is refused and left as it was")
    func foreignFileRefused() throws {
        let folder = try indexedFolder()
        let foreign = Data("entities:\n  - id: x\n".utf8)
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: folder.index.path + suffix) }
        try foreign.write(to: folder.index)
        #expect(throws: IndexError.self) { try folder.synced() }
        do {
            _ = try folder.synced()
        } catch let error as IndexError {
            #expect(error.code == .notAnIndex)
            #expect(error.message.contains("not an evex index"))
        }
        #expect(try Data(contentsOf: folder.index) == foreign)
    }

    @Test("another program's SQLite database and a folder are refused; an empty file is used")
    func foreignDatabaseRefused() throws {
        let folder = try indexedFolder()
        let other = folder.base.appendingPathComponent("other.sqlite")
        try DatabaseQueue(path: other.path).write { try $0.execute(sql: "CREATE TABLE notes(body TEXT); INSERT INTO notes VALUES ('mine')") }
        #expect(IndexFileCheck.ownership(of: other, inCacheFolder: false) == .foreign("it is an SQLite database that is not an evex index"))
        #expect(throws: IndexError.self) { try IndexedCorpus.open(corpus: folder.root, indexPath: other) }
        #expect(try DatabaseQueue(path: other.path).read { try String.fetchOne($0, sql: "SELECT body FROM notes") } == "mine")
        #expect(throws: IndexError.self) { try IndexedCorpus.open(corpus: folder.root, indexPath: folder.root) }

        let empty = folder.base.appendingPathComponent("empty.sqlite")
        try Data().write(to: empty)
        let corpus = try IndexedCorpus.open(corpus: folder.root, indexPath: empty)
        _ = try corpus.sync()
        #expect(try corpus.hitIDs("tremor") == ["articles/quake"])
        #expect(IndexFileCheck.ownership(of: empty, inCacheFolder: false) == .evex)
    }

    @Test("in evex's own cache folder a file that is not a database counts as a damaged index of evex's")
    func garbageInCacheFolder() throws {
        let folder = try indexedFolder()
        try Data(repeating: 0x41, count: 10_000).write(to: folder.index)
        #expect(IndexFileCheck.ownership(of: folder.index, inCacheFolder: true) == .evex)
        #expect(IndexFileCheck.ownership(of: folder.index, inCacheFolder: false) == .foreign("it is not an SQLite database"))
        #expect(IndexFileCheck.problem(at: folder.index) == "it is not an SQLite database")
    }

    @Test("a truncated index is rebuilt, not read")
    func truncatedFile() throws {
        let folder = try indexedFolder()
        let handle = try FileHandle(forWritingTo: folder.index)
        let size = try handle.seekToEnd()
        try handle.truncate(atOffset: size / 2 + 100)
        try handle.close()
        let (corpus, report) = try folder.synced()
        #expect(report.resetReason != nil)
        #expect(try corpus.allArticleIDs() == ["articles/flood", "articles/quake"])
        #expect(try corpus.hitIDs("rain") == ["articles/flood"])
    }

    @Test("damage inside the file is repaired by the next sync at the latest, never read as results")
    func damagedPages() throws {
        let folder = try indexedFolder()
        let handle = try FileHandle(forUpdating: folder.index)
        let size = try handle.seekToEnd()
        try handle.seek(toOffset: 4096)
        try handle.write(contentsOf: Data(repeating: 0xA5, count: Int(size) - 4096))
        try handle.close()
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: folder.index.path + suffix) }
        let corpus: IndexedCorpus
        do {
            corpus = try folder.synced().corpus
        } catch let error as IndexError {
            #expect(error.code == .corruptIndex)
            #expect(error.message.contains("run the command again"))
            corpus = try folder.synced().corpus
        }
        #expect(try corpus.allArticleIDs() == ["articles/flood", "articles/quake"])
        #expect(try corpus.hitIDs("rain") == ["articles/flood"])
    }

    @Test("an index from another schema version is rebuilt")
    func oldSchema() throws {
        let folder = try indexedFolder()
        try DatabaseQueue(path: folder.index.path).write { try $0.execute(sql: "PRAGMA user_version = 0; CREATE TABLE IF NOT EXISTS old_stuff(x)") }
        let (corpus, report) = try folder.synced()
        #expect(report.resetReason?.contains("version") == true)
        #expect(report.added == 2)
        #expect(try corpus.hitIDs("tremor") == ["articles/quake"])
    }

    @Test("an index written by an evex that extracts differently is rebuilt, not read with its old findings")
    func otherExtraction() throws {
        let folder = try indexedFolder()
        try DatabaseQueue(path: folder.index.path).write {
            try $0.execute(sql: "UPDATE meta SET value = 'older' WHERE key = 'extraction'")
        }
        let (corpus, report) = try folder.synced()
        #expect(report.resetReason?.contains("finds entities and relations differently") == true, "\(String(describing: report.resetReason))")
        #expect(report.added == 2)
        let (_, again) = try folder.synced()
        #expect(again.resetReason == nil, "a rebuilt index is not rebuilt again")
        #expect(try corpus.hitIDs("tremor") == ["articles/quake"])
    }

    @Test("an index missing a table is rebuilt")
    func missingTable() throws {
        let folder = try indexedFolder()
        try DatabaseQueue(path: folder.index.path).write { try $0.execute(sql: "DROP TABLE mentions") }
        let (corpus, report) = try folder.synced()
        #expect(report.resetReason?.contains("mentions") == true)
        #expect(try corpus.mentions(inArticle: "articles/quake") == CorpusLoader.load(root: folder.root).mentions.filter { $0.article == "articles/quake" })
    }

    @Test("a sync killed half-way is detected and the index rebuilt from the folder")
    func interruptedSync() throws {
        let folder = try indexedFolder()
        // What a killed process leaves: the mark, with rows that a finished sync would not have.
        try DatabaseQueue(path: folder.index.path).write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('sync', 'running')")
            try db.execute(sql: "DELETE FROM articles WHERE path = 'articles/flood.txt'")
        }
        let (corpus, report) = try folder.synced()
        #expect(report.resetReason == "a sync was interrupted")
        #expect(try corpus.allArticleIDs() == ["articles/flood", "articles/quake"])
        #expect(try corpus.canonicalDump() == folder.rebuilt().canonicalDump())
    }

    @Test("a sync running in another connection is not mistaken for an interrupted one")
    func liveSyncIsNotInterrupted() throws {
        let folder = try indexedFolder()
        guard let lock = SyncLock(indexURL: folder.index) else { Issue.record("no lock"); return }
        lock.lock()
        try DatabaseQueue(path: folder.index.path).write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('sync', 'running')")
        }
        let reader = try IndexedCorpus.open(corpus: folder.root, indexPath: folder.index)
        #expect(reader.resetReason == nil)
        #expect(try reader.hitIDs("tremor") == ["articles/quake"])
        lock.unlock()
    }

    @Test("one connection browses while another syncs, and neither sees 'database is locked'")
    func browseWhileSyncing() async throws {
        let folder = try indexedFolder()
        for number in 0..<60 {
            try folder.article("report-\(number)", title: "Report \(number) on the harbour", "Ships waited outside the harbour for day \(number).")
        }
        let syncing = try IndexedCorpus.open(corpus: folder.root, indexPath: folder.index)
        let browsing = try IndexedCorpus.open(corpus: folder.root, indexPath: folder.index)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { _ = try syncing.sync() }
            group.addTask {
                for _ in 0..<40 {
                    let page = try browsing.articles(order: .date, range: 0..<20)
                    #expect(page.count >= 2)
                    _ = try browsing.search("harbour OR tremor", limit: 10, asYouType: false)
                    _ = try browsing.counts()
                }
            }
            try await group.waitForAll()
        }
        #expect(try browsing.counts().articles == 62)
        #expect(try browsing.hitIDs("harbour").count == 50)
    }

    @Test("two syncs at once both succeed and agree")
    func concurrentSyncs() async throws {
        let folder = try indexedFolder()
        for number in 0..<30 {
            try folder.article("note-\(number)", title: "Note \(number)", "A short note about the bridge, number \(number).")
        }
        let first = try IndexedCorpus.open(corpus: folder.root, indexPath: folder.index)
        let second = try IndexedCorpus.open(corpus: folder.root, indexPath: folder.index)
        async let a = Task.detached { try first.sync() }.value
        async let b = Task.detached { try second.sync() }.value
        let reports = try await [a, b]
        #expect(reports.map(\.added).sorted() == [0, 30])
        #expect(try first.counts().articles == 32)
    }
}
