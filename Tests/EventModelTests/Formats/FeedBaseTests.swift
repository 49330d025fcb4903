import Foundation
import Testing
@testable import EventModel

private func read(_ feed: String, path: String = "feeds/test.xml") -> [Article] {
    FeedReader.read(Array(feed.utf8), path: path).articles
}

@Suite("Relative links in feeds")
struct FeedBaseTests {
    @Test("an RSS item's relative link and the links in its text resolve against the channel's and the item's xml:base")
    func rssXMLBase() throws {
        let feed = """
            <rss version="2.0"><channel xml:base="https://valley.example.net/news/"><title>Valley</title><link>https://valley.example.net/</link>
            <item><title>Storm closes schools</title><link>2025/storm</link>
            <description>&lt;p&gt;See &lt;a href="2025/buses"&gt;the bus plan&lt;/a&gt;.&lt;/p&gt;</description></item>
            <item xml:base="https://valley.example.net/archive/"><title>Old bridge</title><link>bridge</link>
            <description>&lt;p&gt;The &lt;a href="../news/2025/storm"&gt;storm&lt;/a&gt; came later.&lt;/p&gt;</description></item>
            </channel></rss>
            """
        let items = read(feed)
        #expect(items.map(\.url) == ["https://valley.example.net/news/2025/storm", "https://valley.example.net/archive/bridge"])
        #expect(items.map(\.id) == ["valley.example.net/news/2025/storm", "valley.example.net/archive/bridge"])
        #expect(items[0].links.map(\.url) == ["https://valley.example.net/news/2025/buses"])
        #expect(items[1].links.map(\.url) == ["https://valley.example.net/news/2025/storm"])
    }

    @Test("nested xml:base values compose, down to an element inside an Atom entry's XHTML")
    func nestedBases() throws {
        let feed = """
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://harbour.example.com/news/"><title>Harbour</title>
            <entry xml:base="2025/"><title>Ferry service ends</title><id>urn:example:ferry</id><link href="ferry"/>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The <a href="ferry-plan">plan</a> said so.</p>
            <p xml:base="../archive/">An <a href="timetable">old timetable</a> too.</p></div></content></entry></feed>
            """
        let entry = try #require(read(feed).first)
        #expect(entry.url == "https://harbour.example.com/news/2025/ferry")
        #expect(entry.links.map(\.url) == [
            "https://harbour.example.com/news/2025/ferry-plan", "https://harbour.example.com/news/archive/timetable",
        ])
    }

    @Test("without an absolute xml:base, relative links fall back on the feed's own link")
    func feedLinkFallback() throws {
        let rss = """
            <rss version="2.0"><channel><title>Valley</title><link>https://valley.example.net/</link>
            <item><title>Storm closes schools</title><link>/2025/storm</link><description>Text.</description></item>
            <item><title>No link of its own</title><description>&lt;p&gt;Read the &lt;a href="/2025/storm"&gt;storm story&lt;/a&gt;.&lt;/p&gt;</description></item>
            </channel></rss>
            """
        let items = read(rss)
        #expect(items[0].url == "https://valley.example.net/2025/storm")
        #expect(items[1].links.map(\.url) == ["https://valley.example.net/2025/storm"])

        let withAtomLink = """
            <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>Valley</title><link>https://valley.example.net/</link>
            <item><title>Storm</title><atom:link rel="self" href="https://valley.example.net/feed.xml"/><link>2025/storm</link><description>Text.</description></item>
            </channel></rss>
            """
        #expect(read(withAtomLink).first?.url == "https://valley.example.net/2025/storm")

        let atom = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour</title><link rel="self" href="https://harbour.example.com/feed.atom"/>
            <link href="https://harbour.example.com/"/>
            <entry xml:base="2025/"><title>Quay</title><id>urn:example:quay</id><link href="quay"/><content>Text.</content></entry></feed>
            """
        #expect(read(atom).first?.url == "https://harbour.example.com/2025/quay")
    }
}

@Suite("Feed item paths")
struct FeedItemPathTests {
    private func rss(_ items: [String]) -> String {
        "<rss version=\"2.0\"><channel><title>Valley</title><link>https://valley.example.net/</link>\n" + items.joined(separator: "\n") + "\n</channel></rss>"
    }

    private let guid = "<item><title>Storm closes schools</title><guid isPermaLink=\"false\">valley-1001</guid><link>https://valley.example.net/2025/storm</link><description>Snow.</description></item>"
    private let link = "<item><title>Buses run again</title><link>https://www.valley.example.net/2025/buses?utm_source=rss</link><description>Buses.</description></item>"
    private let titled = "<item><title>Market day moved</title><description>Stalls.</description></item>"
    private let bare = "<item><description>An item with text and nothing else.</description></item>"

    @Test("an item's path comes from its guid, else its link, else its title, and its number only without any")
    func keys() {
        let items = read(rss([guid, link, titled, bare]))
        #expect(items.map(\.path) == [
            "feeds/test.xml#valley-1001", "feeds/test.xml#2025-buses", "feeds/test.xml#market-day-moved",
            "feeds/test.xml#4",
        ])
    }

    @Test("an item put on top of the feed leaves every other item's path and id as they were")
    func prepended() {
        let before = read(rss([guid, link, titled]))
        let new = "<item><title>Roads reopen</title><guid>https://valley.example.net/2025/roads</guid><description>Roads.</description></item>"
        let after = read(rss([new, guid, link, titled]))
        #expect(Array(after.dropFirst()).map(\.path) == before.map(\.path))
        #expect(Array(after.dropFirst()).map(\.id) == before.map(\.id))
        #expect(after.first?.path == "feeds/test.xml#2025-roads")
    }

    @Test("two items whose keys meet stay apart, and a very long guid makes a short path")
    func collisionsAndLength() {
        let first = "<item><title>One</title><guid>A-1</guid><description>One.</description></item>"
        let second = "<item><title>Two</title><guid>a 1</guid><description>Two.</description></item>"
        let long = "<item><title>Long</title><guid>\(String(repeating: "segment-", count: 40))end</guid><description>Long.</description></item>"
        let items = read(rss([first, second, long]))
        #expect(items.map(\.path).prefix(2) == ["feeds/test.xml#a-1", "feeds/test.xml#a-1-2"])
        let key = items[2].path.split(separator: "#").last ?? ""
        #expect(key.count <= FeedItem.maximumKeyLength)
        #expect(Set(items.map(\.path)).count == 3)
    }
}
