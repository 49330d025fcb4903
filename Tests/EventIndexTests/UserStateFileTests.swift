import EventModel
import Foundation
import GRDB
import Testing
@testable import EventIndex

/// The reader's marks in their own file: kept across rebuilds and moves, never in another's file.
@Suite("User state file")
struct UserStateFileTests {
    @Test("marks are kept in .evex/state.sqlite beside the articles, and read back by a new process' open")
    func persists() throws {
        let folder = try TempCorpus()
        try folder.article("quake", title: "Earthquake shakes the coast", "The tremor lasted a minute.")
        let state = try UserStateFile.open(corpus: folder.root)
        #expect(state.path.path.hasSuffix("corpus/.evex/state.sqlite"))
        try state.update(.article, "articles/quake") { $0.read = true; $0.note = "check the magnitude" }
        let again = try UserStateFile.open(corpus: folder.root)
        #expect(try again.mark(.article, "articles/quake") == UserMark(kind: .article, id: "articles/quake", read: true, note: "check the magnitude"))
        #expect(try again.readArticles(among: ["articles/quake", "articles/flood"]) == ["articles/quake"])
        #expect(try again.readCount() == 1)
        // The corpus scan skips hidden folders: the state file is not an article.
        let (corpus, _) = try folder.synced()
        #expect(try corpus.counts().articles == 1)
    }

    @Test("a rebuilt index and a moved folder keep the marks")
    func survivesRebuildAndMove() throws {
        let folder = try TempCorpus()
        try folder.article("quake", title: "Earthquake shakes the coast", "The tremor lasted a minute.")
        _ = try folder.synced()
        try UserStateFile.open(corpus: folder.root).update(.article, "articles/quake") { $0.starred = true }
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: folder.index.path + suffix) }
        _ = try folder.synced()
        #expect(try UserStateFile.open(corpus: folder.root).mark(.article, "articles/quake").starred)
        let moved = folder.base.appendingPathComponent("moved")
        try FileManager.default.moveItem(at: folder.root, to: moved)
        #expect(try UserStateFile.open(corpus: moved).mark(.article, "articles/quake").starred)
    }

    @Test("export then import gives the same marks; a bad line names its line and imports nothing")
    func exportImport() throws {
        let first = try TempCorpus(), second = try TempCorpus()
        let source = try UserStateFile.open(corpus: first.root)
        try source.save(UserMark(kind: .article, id: "articles/a", read: true, starred: true))
        try source.save(UserMark(kind: .entity, id: "csto", note: "members: six"))
        try source.save(UserMark(kind: .search, id: "claims", query: "claimed responsibility"))
        let lines = try source.exportLines()
        #expect(lines.split(separator: "\n").count == 3)
        let target = try UserStateFile.open(corpus: second.root)
        #expect(try target.importLines(lines, source: "marks.jsonl") == 3)
        #expect(try target.marks(nil) == source.marks(nil))

        let broken = "{\"kind\":\"article\",\"id\":\"x\",\"read\":true,\"starred\":false}\nnot json\n"
        #expect(throws: UserStateImportError(path: "bad.jsonl", line: 2)) { try UserStateFile.open(corpus: second.root).importLines(broken, source: "bad.jsonl") }
        #expect(try target.mark(.article, "x").isBlank)
    }

    @Test("a file at the state path that is not evex's is refused and left as it was")
    func foreignFile() throws {
        let folder = try TempCorpus()
        let path = folder.base.appendingPathComponent("notes.sqlite")
        try DatabaseQueue(path: path.path).write { try $0.execute(sql: "CREATE TABLE mine(x); INSERT INTO mine VALUES (1)") }
        #expect(throws: IndexError.self) { try UserStateFile.open(path: path) }
        #expect(try DatabaseQueue(path: path.path).read { try Int.fetchOne($0, sql: "SELECT x FROM mine") } == 1)
    }
}
