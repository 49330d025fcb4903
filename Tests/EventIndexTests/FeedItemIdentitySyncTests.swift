import EventModel
import Foundation
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
        // What the sync tells the user: one file changed. (The index still stores a changed feed's
        // items afresh, so `relinked` counts them all; keeping unchanged rows is the sync's to do.)
        #expect(report.changed == 1)
        #expect(report.added == 0)
        #expect(report.removed == 0)
    }
}
