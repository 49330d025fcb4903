import EventModel
import Foundation
import Testing
@testable import EventIndex

@Suite("Two processes")
struct ProcessTests {
    static let shell = "/usr/bin/sqlite3"

    @Test("while another process holds the index's write lock, a sync waits for it instead of failing",
          .enabled(if: FileManager.default.isExecutableFile(atPath: shell)))
    func otherProcessWriting() throws {
        let folder = try TempCorpus()
        try folder.article("quake", title: "Earthquake shakes the coast", "The tremor lasted a minute.")
        _ = try folder.synced()
        try folder.article("flood", title: "River floods the valley", "Heavy rain fell all week.")

        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.shell)
        process.arguments = [folder.index.path]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data("PRAGMA busy_timeout = 30000;\nINSERT OR REPLACE INTO meta(key, value) VALUES ('probe', '1');\nBEGIN IMMEDIATE;\nSELECT 'holding';\n".utf8))
        var seen = ""
        while !seen.contains("holding") {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen += String(decoding: chunk, as: UTF8.self)
        }
        #expect(seen.contains("holding"))

        // The other process holds the write lock now (as a syncing evex does, after its first commit):
        // the browser opens and reads, and its sync queues behind the other writer.
        let browsing = try IndexedCorpus.open(corpus: folder.root, indexPath: folder.index)
        #expect(try browsing.hitIDs("tremor") == ["articles/quake"])
        let result = SyncResult()
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            result.set(Result { try browsing.sync() })
            done.signal()
        }
        input.fileHandleForWriting.write(Data("""
            WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 300000) SELECT count(*) FROM c;
            COMMIT;
            .quit

            """.utf8))
        process.waitUntilExit()
        done.wait()
        let report = try result.get().get()
        #expect(report.added == 1)
        #expect(try browsing.hitIDs("rain") == ["articles/flood"])
    }
}

/// Hands a sync's outcome from a background thread to the test.
private final class SyncResult: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Result<SyncReport, any Error>?
    func set(_ value: Result<SyncReport, any Error>) { lock.lock(); self.value = value; lock.unlock() }
    func get() throws -> Result<SyncReport, any Error> {
        lock.lock()
        defer { lock.unlock() }
        guard let value else { throw CancellationError() }
        return value
    }
}
