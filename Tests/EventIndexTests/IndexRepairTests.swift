import EventModel
import Foundation
import GRDB
import Testing
@testable import EventIndex

@Suite("Repairing an index")
struct IndexRepairTests {
    /// A corpus whose long article's text spans overflow pages that a sync never reads.
    private func indexedFolder() throws -> TempCorpus {
        let folder = try TempCorpus()
        let words = (0..<30_000).map { "w\($0)" }.joined(separator: " ")
        try folder.article("long", title: "Long storm report", "The storm began. " + words + " The storm ended.")
        try folder.article("short", title: "Short note", "Rain fell all week.")
        do {
            let corpus = try folder.synced().corpus
            // The WAL goes back into the file, where the damage will be made.
            _ = try corpus.pool.writeWithoutTransaction { try $0.checkpoint(.truncate) }
            try corpus.pool.close()
        }
        return folder
    }

    /// Points an overflow page of the long article at a page that does not exist.
    private func damageOverflowPage(_ index: URL) throws {
        var bytes = [UInt8](try Data(contentsOf: index))
        let pageSize = Int(bytes[16]) << 8 | Int(bytes[17])
        let needle = Array(" w20000 ".utf8)
        let offset = try #require((0...(bytes.count - needle.count)).first { bytes[$0..<($0 + needle.count)].elementsEqual(needle) })
        let page = offset / pageSize * pageSize
        for index in 0..<4 { bytes[page + index] = 0x7F }
        try Data(bytes).write(to: index)
    }

    @Test("damage that only a query meets: the query says to run again, and the next run rebuilds the index")
    func damageFoundByQuery() throws {
        let folder = try indexedFolder()
        try damageOverflowPage(folder.index)
        let (damaged, report) = try folder.synced()
        #expect(report.resetReason == nil)
        do {
            _ = try damaged.search("storm", limit: 10, asYouType: false)
            Issue.record("the damaged page was read without an error")
        } catch let error as IndexError {
            #expect(error.code == .corruptIndex)
            #expect(error.message.contains("run the command again"))
            #expect(!error.message.contains("evex index"))
        }
        try damaged.pool.close()
        let (repaired, again) = try folder.synced()
        #expect(again.resetReason == "a query found it damaged")
        #expect(try Set(repaired.hitIDs("storm")) == ["articles/long"])
        #expect(try repaired.hitIDs("w20000") == ["articles/long"])
        #expect(!FileManager.default.fileExists(atPath: IndexRecovery.marker(for: folder.index).path))
    }

    @Test("WAL and shared-memory files left read-only by a chmod episode get the index's mode back")
    func readOnlyCompanions() throws {
        let folder = try indexedFolder()
        for suffix in ["-wal", "-shm"] {
            let path = folder.index.path + suffix
            if !FileManager.default.fileExists(atPath: path) { _ = FileManager.default.createFile(atPath: path, contents: nil) }
            #expect(chmod(path, 0o444) == 0)
        }
        #expect(chmod(folder.index.path, 0o644) == 0)
        let (corpus, _) = try folder.synced()
        #expect(try corpus.hitIDs("rain") == ["articles/short"])
        for suffix in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: folder.index.path + suffix) {
            let mode = try #require(try FileManager.default.attributesOfItem(atPath: folder.index.path + suffix)[.posixPermissions] as? Int)
            #expect(mode & 0o200 != 0, "\(suffix) still read-only")
        }
    }

    @Test("a read-only index file is named in the message, with what to do")
    func readOnlyMessage() throws {
        let folder = try indexedFolder()
        let corpus = try folder.synced().corpus
        let error = corpus.wrap(DatabaseError(resultCode: .SQLITE_READONLY))
        if getuid() != 0 {
            #expect(chmod(folder.index.path, 0o444) == 0)
            let named = corpus.wrap(DatabaseError(resultCode: .SQLITE_READONLY))
            #expect(named.message.contains(folder.index.path) && named.message.contains("chmod u+w"))
            #expect(chmod(folder.index.path, 0o644) == 0)
        }
        // Writable files: the message is about another process, not about modes.
        #expect(!error.message.contains("chmod"))
    }
}
