@testable import EventIndex
import EventModel
import Foundation
import GRDB
import Testing

@Suite("Links resolved from the stored keys")
struct StoredLinksTests {
    /// Every way a link resolves or fails: by URL, by title with and without an outlet, by a title cut
    /// short, to itself, to nothing, to a title two files share, past an id two files share, and round a cycle.
    private func write(_ folder: TempCorpus) throws {
        try folder.write("articles/a.md", """
            ---
            title: Alpha report on the floods - Reuters
            url: https://www.example.org/alpha/
            ---
            Rain fell for a week.

            Read more: Beta story

            Read more: Alpha report on the floods

            Read more: Nothing anyone wrote

            Read more: Gamma is a long title that the file cut short for the page, in full
            """)
        try folder.write("articles/b.md", """
            ---
            id: shared
            title: Beta story
            ---
            Rivers rose.

            Read more: Delta follows - AP
            """)
        try folder.write("articles/c.md", """
            ---
            id: shared
            title: Cee is left out
            ---
            Read more: Beta story
            """)
        try folder.write("articles/d.md", """
            ---
            title: Delta follows
            ---
            Roads closed.

            Read more: Beta story

            Related: [The alpha page](http://example.org/alpha?utm=x)
            """)
        try folder.write("articles/e.md", """
            ---
            title: Beta story
            ---
            A second beta.

            Read more: Cee is left out
            """)
        try folder.write("articles/g.md", """
            ---
            title: Gamma is a long title that the file cut short for the…
            ---
            Read more: Beta story - Reuters
            """)
    }

    private struct Target: Equatable {
        var path: String
        var ord: Int
        var target: String?
    }

    private func storedTargets(_ indexed: IndexedCorpus) throws -> [Target] {
        try indexed.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT a.path, l.ord, l.target FROM links l JOIN articles a ON a.rowid = l.article ORDER BY a.path, l.ord")
                .map { Target(path: $0[0], ord: $0[1], target: $0[2]) }
        }
    }

    private func linkDiagnostics(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map(\.description).filter { $0.contains("Read more") || $0.contains("same title") || $0.contains("already used") }.sorted()
    }

    @Test("a load resolves every link where the in-memory resolver does, with the same warnings")
    func sameAsInMemory() throws {
        let folder = try TempCorpus()
        try write(folder)
        let (indexed, _) = try folder.synced()
        let loaded = CorpusLoader.load(root: folder.root)
        // c.md shares b.md's id and is left out; its links are not resolved.
        #expect(loaded.articles.count == 5 && !loaded.articles.contains { $0.path.hasPrefix("articles/c") })
        #expect(try storedTargets(indexed).filter { !$0.path.hasPrefix("articles/c") } == loaded.articles.sorted { $0.path < $1.path }.flatMap { article in
            article.links.indices.map { Target(path: article.path, ord: $0, target: article.links[$0].target) }
        })
        #expect(loaded.unresolvedLinkCount >= 1)
        #expect(linkDiagnostics(try indexed.diagnostics()) == linkDiagnostics(loaded.diagnostics))
        #expect(linkDiagnostics(loaded.diagnostics).contains { $0.contains("go round in a cycle") })
    }

    @Test("after a title changes, every link is resolved again as from scratch")
    func titleChange() throws {
        let folder = try TempCorpus()
        try write(folder)
        let (indexed, _) = try folder.synced()
        try folder.write("articles/e.md", "---\ntitle: Cee is left out\n---\nRead more: Delta follows\n")
        try indexed.sync()
        #expect(try indexed.canonicalDump() == folder.rebuilt().canonicalDump())
        let loaded = CorpusLoader.load(root: folder.root)
        #expect(linkDiagnostics(try indexed.diagnostics()) == linkDiagnostics(loaded.diagnostics))
    }
}
