import EventModel
import Foundation
import GRDB
import Testing
@testable import EventIndex

private func feed(_ items: [(title: String, guid: String)]) -> String {
    let body = items.map { item in
        "<item><title>\(item.title)</title><guid isPermaLink=\"false\">\(item.guid)</guid><description>&lt;p&gt;The story of \(item.title.lowercased()), told at some length so that it reads as prose.&lt;/p&gt;</description></item>"
    }
    return "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Valley</title><link>https://valley.example.net/</link>\n"
        + body.joined(separator: "\n") + "\n</channel></rss>\n"
}

@Suite("Feed items keep their identity in the index")
struct FeedItemIdentitySyncTests {
    @Test("a new item on top of a feed is the one new article: the others keep their paths and ids")
    func newItemOnTop() throws {
        let folder = try TempCorpus()
        let old = [(title: "Storm closes schools", guid: "valley-1001"), (title: "Buses run again", guid: "valley-1002")]
        try folder.write("feeds/valley.xml", feed(old))
        let (corpus, _) = try folder.synced()
        var before: [String: String] = [:]
        for id in try corpus.allArticleIDs() { before[id] = try corpus.article(id: id)?.path }
        #expect(before.values.sorted() == ["feeds/valley.xml#valley-1001", "feeds/valley.xml#valley-1002"])

        try folder.write("feeds/valley.xml", feed([(title: "Roads reopen", guid: "valley-1003")] + old))
        let report = try corpus.sync()
        var after: [String: String] = [:]
        for id in try corpus.allArticleIDs() { after[id] = try corpus.article(id: id)?.path }
        #expect(after.count == 3)
        for (id, path) in before { #expect(after[id] == path, "\(id)") }
        #expect(after.values.contains("feeds/valley.xml#valley-1003"))
        // What the sync tells the user: one file changed, and only its new item was linked.
        #expect(report.changed == 1)
        #expect(report.added == 0)
        #expect(report.removed == 0)
        #expect(report.relinked == 1)
    }

    @Test("an edited item is the one article stored and linked again; the others keep their rows")
    func editedItem() throws {
        let (folder, corpus, rowsBefore) = try threeItems()

        try folder.write("feeds/valley.xml", feed([Self.items[0], (title: "Buses run again on Monday", guid: "valley-1002"), Self.items[2]]))
        let report = try corpus.sync()
        #expect(report.relinked == 1)
        let rowsAfter = try rowids(folder)
        #expect(rowsAfter["feeds/valley.xml#valley-1001"] == rowsBefore["feeds/valley.xml#valley-1001"])
        #expect(rowsAfter["feeds/valley.xml#valley-1003"] == rowsBefore["feeds/valley.xml#valley-1003"])
        #expect(rowsAfter["feeds/valley.xml#valley-1002"] != rowsBefore["feeds/valley.xml#valley-1002"])
        let edited = try corpus.articles(order: .title, range: 0..<10).map(\.title)
        #expect(edited.sorted() == ["Buses run again on Monday", "Market reopens", "Storm closes schools"])
        #expect(try corpus.search("monday", limit: 10, asYouType: false).articles.map(\.article.title) == ["Buses run again on Monday"])
    }

    @Test("an item gone from its feed is gone from the index, and nothing else is linked again")
    func removedItem() throws {
        let (folder, corpus, rowsBefore) = try threeItems()

        try folder.write("feeds/valley.xml", feed([Self.items[0], Self.items[2]]))
        let report = try corpus.sync()
        #expect(report.relinked == 0)
        #expect(report.articles == 2)
        let rowsAfter = try rowids(folder)
        #expect(rowsAfter == rowsBefore.filter { $0.key != "feeds/valley.xml#valley-1002" })
        #expect(try corpus.search("buses", limit: 10, asYouType: false).articles.isEmpty)
    }

    private static let items = [(title: "Storm closes schools", guid: "valley-1001"), (title: "Buses run again", guid: "valley-1002"),
                                (title: "Market reopens", guid: "valley-1003")]

    /// A feed of three ``items``, indexed, and the row number of each.
    private func threeItems() throws -> (TempCorpus, IndexedCorpus, [String: Int64]) {
        let folder = try TempCorpus()
        try folder.write("feeds/valley.xml", feed(Self.items))
        let (corpus, _) = try folder.synced()
        return (folder, corpus, try rowids(folder))
    }

    /// Each stored article's row number, by path: a row kept across a sync keeps its number.
    private func rowids(_ folder: TempCorpus) throws -> [String: Int64] {
        let db = try DatabaseQueue(path: folder.index.path)
        return try db.read { db in
            var rows: [String: Int64] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT path, rowid FROM articles") { rows[row[0]] = row[1] }
            return rows
        }
    }
}
