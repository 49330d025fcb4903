import EventModel
import Foundation
import Testing
@testable import EventIndex

private func feed(_ title: String, _ items: [(title: String, link: String)]) -> String {
    let body = items.map { item in
        "<item><title>\(item.title)</title><link>\(item.link)</link><description>&lt;p&gt;The story of \(item.title.lowercased()), told at some length so that it reads as prose.&lt;/p&gt;</description></item>"
    }
    return "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>\(title)</title>\n" + body.joined(separator: "\n") + "\n</channel></rss>\n"
}

private func page(title: String, url: String, link: (title: String, url: String)? = nil) -> String {
    let readMore = link.map { "<p>Read more: <a href=\"\($0.url)\">\($0.title)</a></p>" } ?? ""
    return """
        <html><head><title>\(title)</title><link rel="canonical" href="\(url)"></head>
        <body><article><p>The page's own account of \(title.lowercased()), longer than the feed's summary of it.</p>\(readMore)</article></body></html>
        """
}

@Suite("Feeds and pages in the index")
struct FeedSyncTests {
    /// Syncs, then every article's id and path, from the index and from a fresh load of the folder, which must agree.
    private func articles(_ corpus: IndexedCorpus, _ folder: TempCorpus, _ step: String) throws -> [String: String] {
        try corpus.sync()
        var indexed: [String: String] = [:]
        for id in try corpus.allArticleIDs() { indexed[id] = try corpus.article(id: id)?.path }
        let loaded = Dictionary(CorpusLoader.load(root: folder.root).articles.map { ($0.id, $0.path) }, uniquingKeysWith: { $1 })
        #expect(indexed == loaded, Comment(rawValue: step))
        #expect(try corpus.canonicalDump() == folder.rebuilt().canonicalDump(), Comment(rawValue: step))
        return indexed
    }

    @Test("a story in two feeds and a saved page is one article: the page's, else the first feed's, through every change")
    func sameStoryEverywhere() throws {
        let folder = try TempCorpus()
        let shared = (title: "Custody extended", link: "https://meridian.example.org/news/custody")
        try folder.write("feeds/a.xml", feed("Feed A", [shared, ("Only in A", "https://a.example.org/1")]))
        try folder.write("feeds/b.xml", feed("Feed B", [("Only in B", "https://b.example.org/1"), shared]))
        let (corpus, report) = try folder.synced()
        #expect(report.added == 2)
        var found = try articles(corpus, folder, "two feeds")
        #expect(found.count == 3)
        #expect(found["meridian.example.org/news/custody"] == "feeds/a.xml#news-custody")

        try folder.write("pages/custody.html", page(title: "Custody extended", url: shared.link + "/"))
        found = try articles(corpus, folder, "page added")
        #expect(found["meridian.example.org/news/custody"] == "pages/custody.html")
        #expect(found.count == 3)

        try folder.remove("pages/custody.html")
        found = try articles(corpus, folder, "page removed")
        #expect(found["meridian.example.org/news/custody"] == "feeds/a.xml#news-custody")

        try folder.remove("feeds/a.xml")
        found = try articles(corpus, folder, "first feed removed")
        #expect(found["meridian.example.org/news/custody"] == "feeds/b.xml#news-custody")
        #expect(found.count == 2)

        try folder.write("feeds/b.xml", feed("Feed B", [("Only in B", "https://b.example.org/1")]))
        found = try articles(corpus, folder, "item dropped from the feed")
        #expect(found.keys.sorted() == ["b.example.org/1"])
        let again = try corpus.sync()
        #expect(again.isNoop)
    }

    @Test("a feed item whose link is a Markdown article's url is that article")
    func feedItemOfAMarkdownArticle() throws {
        let folder = try TempCorpus()
        try folder.write("articles/kyiv.md", "---\nid: kyiv-rejects\ntitle: Kyiv rejects claim\nurl: https://kestrel.example.org/world/kyiv\n---\n\nThe Markdown article's text.\n")
        try folder.write("feeds/kestrel.xml", feed("Kestrel", [("Kyiv rejects claim", "http://www.kestrel.example.org/world/kyiv/"), ("New", "https://kestrel.example.org/new")]))
        let (corpus, _) = try folder.synced()
        let found = try articles(corpus, folder, "markdown and feed")
        #expect(found == ["kyiv-rejects": "articles/kyiv.md", "kestrel.example.org/new": "feeds/kestrel.xml#new"])
        try folder.remove("articles/kyiv.md")
        #expect(try articles(corpus, folder, "markdown removed")["kestrel.example.org/world/kyiv"] == "feeds/kestrel.xml#world-kyiv")
    }

    @Test("a page's Read more link finds a feed item by its URL, and a feed item's id survives reordering")
    func linksAndStableIDs() throws {
        let folder = try TempCorpus()
        try folder.write("feeds/wire.xml", feed("Wire", [("Four suspects charged", "https://wire.example.org/charged"), ("Other", "https://wire.example.org/other")]))
        try folder.write("pages/hearing.html", page(
            title: "Hearing held", url: "https://daily.example.org/hearing",
            link: (title: "A title that matches nothing", url: "https://wire.example.org/charged?utm_source=x")))
        let (corpus, _) = try folder.synced()
        let hearing = try #require(try corpus.article(id: "daily.example.org/hearing"))
        #expect(hearing.links.map(\.target) == ["wire.example.org/charged"])
        #expect(try corpus.counts().unresolvedLinks == 0)

        try folder.write("feeds/wire.xml", feed("Wire", [("Other", "https://wire.example.org/other"), ("Four suspects charged", "https://wire.example.org/charged")]))
        try corpus.sync()
        #expect(try corpus.article(id: "wire.example.org/charged")?.path == "feeds/wire.xml#charged")
        #expect(try corpus.article(id: "daily.example.org/hearing")?.links.map(\.target) == ["wire.example.org/charged"])
        _ = try articles(corpus, folder, "reordered")
    }

    @Test("a broken feed and a JSON file that is not ninjs are diagnostics; the other files load")
    func problems() throws {
        let folder = try TempCorpus()
        try folder.article("plain", title: "A plain article", "It loads whatever its neighbours hold.")
        try folder.write("feeds/broken.xml", "<rss><channel><title>B</title><item><title>Kept</title><description>Kept text.</description></item><item><title>Cut")
        try folder.write("data/package.json", "{\"name\": \"not news\"}")
        let (corpus, _) = try folder.synced()
        let ids = try corpus.allArticleIDs()
        #expect(ids == ["articles/plain", "feeds/broken#cut", "feeds/broken#kept"])  // what libxml2 recovers of the cut item too
        let diagnostics = try corpus.diagnostics()
        #expect(diagnostics.contains { $0.path == "feeds/broken.xml" && $0.message.contains("not well-formed XML") })
        #expect(diagnostics.contains { $0.path == "data/package.json" && $0.message.contains("not an IPTC ninjs news item") })
    }
}
