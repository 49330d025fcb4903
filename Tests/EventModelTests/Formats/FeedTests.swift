import Foundation
import Testing
@testable import EventModel

private let rss2 = """
<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>Oxus Review &amp; Wire</title>
<link>https://oxusreview.example.org/</link>
<item>
  <title>Migrants queue at the border</title>
  <link>https://oxusreview.example.org/2024/03/30/queues?utm_source=rss</link>
  <guid isPermaLink="false">oxus-1001</guid>
  <pubDate>Sat, 30 Mar 2024 23:40:00 -0500</pubDate>
  <dc:creator>Aziz Rahimov</dc:creator>
  <category>Migration</category><category>Tajikistan</category>
  <description>A short summary that must give way to the full text.</description>
  <content:encoded><![CDATA[<p>DUSHANBE - Hundreds of workers waited at the crossing on Saturday.</p><script>alert(1)</script><p>Officials said checks &amp; searches had doubled, and &ldquo;nobody knows&rdquo; how long it lasts. <a href="/2024/03/28/raids">Earlier raids</a> were reported.</p>]]></content:encoded>
</item>
<item>
  <title>Second item with only a description</title>
  <link>https://oxusreview.example.org/2024/03/31/second</link>
  <pubDate>Sun, 31 Mar 2024 08:00:00 GMT</pubDate>
  <author>desk@oxusreview.example.org (Oxus Desk)</author>
  <description>Plain &lt;b&gt;escaped&lt;/b&gt; HTML in the description.</description>
</item>
</channel>
</rss>
"""

private let atom = """
<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">Northern Meridian</title>
  <entry>
    <title type="html">Court &lt;em&gt;extends&lt;/em&gt; custody</title>
    <link rel="alternate" href="https://northernmeridian.example.org/news/2024/05/20/custody"/>
    <link rel="self" href="https://northernmeridian.example.org/feed/1"/>
    <id>tag:northernmeridian.example.org,2024:1</id>
    <updated>2024-05-21T08:00:00Z</updated>
    <published>2024-05-20T22:30:00+03:00</published>
    <author><name>Irina Volkova</name></author>
    <category term="courts" label="Courts"/>
    <summary>Summary text.</summary>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The court kept the men in custody for three more months.</p><p>Lawyers said they would appeal.</p></div></content>
  </entry>
  <entry>
    <title>Entry without a link</title>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <updated>2024-05-22T10:00:00Z</updated>
    <content type="text">First paragraph.

Second paragraph.</content>
  </entry>
</feed>
"""

private let rdfFeed = """
<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://caspiandaily.example.org/rss"><title>Caspian Daily</title></channel>
  <item rdf:about="https://caspiandaily.example.org/2024/03/25/explainer">
    <title>Why the attack happened</title>
    <link>https://caspiandaily.example.org/2024/03/25/explainer</link>
    <dc:date>2024-03-25T10:00:00+05:00</dc:date>
    <dc:subject>Explainer</dc:subject>
    <description>An explainer on the group behind the attack.</description>
  </item>
</rdf:RDF>
"""

@Suite("RSS and Atom feeds")
struct FeedTests {
    @Test("an RSS 2.0 item gives its title, link, date in its own time zone, author, tags and full text")
    func rss2Item() throws {
        let result = FeedReader.read(Array(rss2.utf8), path: "feeds/oxus.xml")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.articles.count == 2)
        let item = try #require(result.articles.first)
        #expect(item.title == "Migrants queue at the border")
        #expect(item.source == "Oxus Review & Wire")
        #expect(item.date == "2024-03-30")
        #expect(item.authors == ["Aziz Rahimov"])
        #expect(item.tags == ["Migration", "Tajikistan"])
        #expect(item.id == "oxusreview.example.org/2024/03/30/queues")
        #expect(item.path == "feeds/oxus.xml#oxus-1001")  // by its guid: the path stays when items come and go
        #expect(item.dateline == "DUSHANBE")
        #expect(item.text == "Hundreds of workers waited at the crossing on Saturday.\n\nOfficials said checks & searches had doubled, and “nobody knows” how long it lasts. Earlier raids were reported.")
        #expect(item.links.map(\.url) == ["https://oxusreview.example.org/2024/03/28/raids"])
        let second = result.articles[1]
        #expect(second.authors == ["Oxus Desk"])
        #expect(second.text == "Plain escaped HTML in the description.")
        #expect(second.date == "2024-03-31")
    }

    @Test("an Atom entry gives its alternate link, published date, author, category label and XHTML content")
    func atomEntry() throws {
        let result = FeedReader.read(Array(atom.utf8), path: "feeds/meridian.atom")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let entry = try #require(result.articles.first)
        #expect(entry.title == "Court extends custody")
        #expect(entry.url == "https://northernmeridian.example.org/news/2024/05/20/custody")
        #expect(entry.date == "2024-05-20")
        #expect(entry.authors == ["Irina Volkova"])
        #expect(entry.tags == ["Courts"])
        #expect(entry.source == "Northern Meridian")
        #expect(entry.paragraphs.count == 2)
        let second = try #require(result.articles.last)
        #expect(second.id == "urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a")
        #expect(second.text == "First paragraph.\n\nSecond paragraph.")
    }

    @Test("an RSS 1.0 feed gives its items with Dublin Core dates and subjects")
    func rss1() throws {
        let result = FeedReader.read(Array(rdfFeed.utf8), path: "feeds/caspian.rss")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let item = try #require(result.articles.first)
        #expect(item.title == "Why the attack happened")
        #expect(item.date == "2024-03-25")
        #expect(item.tags == ["Explainer"])
        #expect(item.source == "Caspian Daily")
    }

    @Test("the same item in two feeds, by link, is one article, the first feed's")
    func sameItemInTwoFeeds() throws {
        let first = FeedReader.read(Array(rss2.utf8), path: "feeds/a.xml").articles
        let copy = rss2.replacingOccurrences(of: "?utm_source=rss", with: "/")
        let second = FeedReader.read(Array(copy.utf8), path: "feeds/b.xml").articles
        let merged = SameItems.merge(second + first)
        #expect(merged.count == 2)
        #expect(merged.map(\.path).sorted() == ["feeds/a.xml#2024-03-31-second", "feeds/a.xml#oxus-1001"])
        #expect(LinkResolver.resolve(merged).diagnostics.filter { $0.severity == .error }.isEmpty)
    }

    @Test("a feed that breaks off still gives the items before the break, with a warning naming the line")
    func brokenFeed() throws {
        let broken = String(rss2.prefix(upTo: rss2.range(of: "<item>\n  <title>Second")!.lowerBound)) + "<item><title>Cut off &nbsp; here"
        let result = FeedReader.read(Array(broken.utf8), path: "feeds/broken.xml")
        #expect(result.articles.first?.title == "Migrants queue at the border")
        let warning = try #require(result.diagnostics.first)
        #expect(warning.severity == .warning)
        #expect(warning.message.contains("not well-formed XML"))
        #expect(warning.line == 16)  // the item cut short, with its undefined &nbsp;
    }

    @Test("XML that is not a feed, a feed of nothing, and binary data are reported, not guessed")
    func notAFeed() throws {
        let sitemap = FeedReader.read(Array("<?xml version=\"1.0\"?><urlset><url><loc>x</loc></url></urlset>".utf8), path: "sitemap.xml")
        #expect(sitemap.articles.isEmpty)
        #expect(sitemap.diagnostics.first?.message.contains("not an RSS or Atom feed (its root element is <urlset>)") == true)
        #expect(sitemap.diagnostics.first?.severity == .warning, "another kind of XML is not a broken file")
        let empty = FeedReader.read(Array("<rss><channel><title>T</title></channel></rss>".utf8), path: "empty.rss")
        #expect(empty.diagnostics.first?.message == "the feed has no items")
        let binary = FeedReader.read([0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00], path: "feed.xml")
        #expect(binary.diagnostics.first?.severity == .error)
        let text = FeedReader.read(Array("just words".utf8), path: "words.xml")
        #expect(text.articles.isEmpty)
        #expect(text.diagnostics.first?.severity == .error)
    }

    @Test("an item without title or text, or with a date that is none, is reported with its number and line")
    func itemProblems() throws {
        let feed = "<rss><channel><title>T</title>\n<item><link>https://x.example/1</link></item>\n<item><title>Dated badly</title><pubDate>soon</pubDate></item>\n</channel></rss>"
        let result = FeedReader.read(Array(feed.utf8), path: "f.xml")
        #expect(result.articles.map(\.title) == ["Dated badly"])
        #expect(result.articles.first?.date == nil)
        #expect(result.diagnostics.map(\.description) == [
            "f.xml:2: warning: item 1 has no title and no text; skipped",
            "f.xml:3: warning: item 2: \"soon\" is not a date; the item is shown undated",
        ])
    }

    @Test("a feed with 50,000 items loads every item")
    func largeFeed() throws {
        var feed = "<rss><channel><title>Big</title>\n"
        for number in 1...50_000 {
            feed += "<item><title>Item \(number)</title><link>https://big.example/\(number)</link><description>&lt;p&gt;Text of item \(number).&lt;/p&gt;</description></item>\n"
        }
        feed += "</channel></rss>"
        let result = FeedReader.read(Array(feed.utf8), path: "big.xml")
        #expect(result.diagnostics.isEmpty)
        #expect(result.articles.count == 50_000)
        #expect(result.articles.last?.text == "Text of item 50000.")
        #expect(result.articles.last?.path == "big.xml#50000")
    }

    @Test("escape sequences in a feed never reach an article's title or text")
    func escapes() throws {
        let feed = "<rss><channel><title>T&#x1b;]0;x&#x7;</title><item><title>Hi \u{1B}[2J there</title><description>&lt;p&gt;Body \u{1B}[31m red&lt;/p&gt;</description></item></channel></rss>"
        let result = FeedReader.read(Array(feed.utf8), path: "esc.xml")
        let item = try #require(result.articles.first)
        #expect(item.title == "Hi [2J there")
        #expect(!item.text.unicodeScalars.contains { $0.value < 0x20 })
        #expect(item.source?.unicodeScalars.contains { $0.value < 0x20 } == false)
    }

    @Test("a feed in ISO-8859-1 declared in its XML prolog reads its accents")
    func latin1Feed() throws {
        let bytes = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<rss><channel><title>T</title><item><title>Caf".utf8)
            + [0xE9] + Array(" talk</title><description>Text.</description></item></channel></rss>".utf8)
        let result = FeedReader.read(bytes, path: "latin1.xml")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.articles.first?.title == "Café talk")
    }

    @Test("bytes that are not UTF-8 in a UTF-8 feed are a warning naming the line; the items before them load")
    func badBytes() throws {
        let bytes = Array("<rss><channel><title>T</title>\n<item><title>Good item</title><description>Fine.</description></item>\n<item><title>Bad ".utf8)
            + [0xFF, 0xFE] + Array(" bytes</title></item>\n</channel></rss>".utf8)
        let result = FeedReader.read(bytes, path: "bad.xml")
        #expect(result.articles.first?.title == "Good item")
        let warning = try #require(result.diagnostics.first)
        #expect(warning.line == 3)
        #expect(warning.severity == .warning)
        #expect(warning.message.contains("not valid in its character set"))
    }

    @Test("an Atom entry's relative link is resolved against the feed's xml:base")
    func atomXMLBase() throws {
        let feed = """
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://meridian.example.org/news/"><title>M</title>
            <entry><title>Relative</title><link href="2024/05/20/custody"/><id>x</id><content>Text.</content></entry></feed>
            """
        let entry = try #require(FeedReader.read(Array(feed.utf8), path: "m.atom").articles.first)
        #expect(entry.url == "https://meridian.example.org/news/2024/05/20/custody")
        #expect(entry.id == "meridian.example.org/news/2024/05/20/custody")
    }
}
