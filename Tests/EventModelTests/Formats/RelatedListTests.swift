import Foundation
import Testing
@testable import EventModel

/// A page of our own: a story, then a list of links under a bare label, as pages leave it unmarked.
private func page(_ after: String, url: String = "https://www.harbourpost.example.com/2025/ferry-ends") -> [UInt8] {
    Array("""
        <html><head><title>Ferry service ends after forty years</title><link rel="canonical" href="\(url)"></head>
        <body><article><h1>Ferry service ends after forty years</h1>
        <p>The last ferry across the bay left the harbour on Saturday evening, and the operator said the route would not run again this year.</p>
        \(after)
        </article></body></html>
        """.utf8)
}

@Suite("Related lists in saved pages")
struct RelatedListTests {
    @Test("a list under a bare Related heading gives the links to the folder and the site, and none of its words to the text")
    func relatedHeading() throws {
        let html = page("""
            <h2>Related</h2>
            <ul><li><a href="quay-repairs.html">Quay repairs finish early</a></li>
            <li><a href="/2025/bus-link">A bus link replaces the ferry</a></li>
            <li><a href="https://elsewhere.example.net/ferries">Ferries across Europe</a></li></ul>
            """)
        let article = try #require(ArticleParser.parse(html, path: "pages/ferry.html").article)
        #expect(article.links.map(\.title) == ["Quay repairs finish early", "A bus link replaces the ferry"])
        #expect(article.links.map(\.url) == ["pages/quay-repairs.html", "https://www.harbourpost.example.com/2025/bus-link"])
        for words in ["Related", "Quay repairs", "bus link", "Ferries across Europe"] {
            #expect(!article.text.contains(words), "\(words)")
        }
        #expect(article.paragraphs.count == 1)
        let end = article.text.unicodeScalars.count
        #expect(article.links.allSatisfy { $0.span == TextSpan(start: end, end: end) })
    }

    @Test("Read more and More on this lists, as headings or paragraphs of links, keep their links and lose their words")
    func readMoreShapes() throws {
        let asHeading = page("<h3>Read more:</h3><ul><li><a href=\"quay-repairs.html\">Quay repairs finish early</a></li></ul>")
        let asParagraphs = page("<p><strong>More on this</strong></p><p><a href=\"../pages/quay-repairs.html\">Quay repairs finish early</a></p><p><a href=\"bus.html\">Buses</a> · <a href=\"rail.html\">Rail</a></p>")
        for (name, html) in [("heading", asHeading), ("paragraphs", asParagraphs)] {
            let article = try #require(ArticleParser.parse(html, path: "pages/ferry.html").article)
            #expect(article.links.first?.url == "pages/quay-repairs.html", Comment(rawValue: name))
            #expect(!article.text.contains("Quay repairs"), Comment(rawValue: name))
            #expect(!article.text.lowercased().contains("more"), Comment(rawValue: name))
        }
        let paragraphs = try #require(ArticleParser.parse(asParagraphs, path: "pages/ferry.html").article)
        #expect(paragraphs.links.map(\.url) == ["pages/quay-repairs.html", "pages/bus.html", "pages/rail.html"])
    }

    @Test("the story goes on after the list, and a label without links is still a trailer")
    func storyAfterList() throws {
        let html = page("""
            <h2>Related stories</h2><ul><li><a href="quay.html">Quay repairs</a></li></ul>
            <p>Passengers will take the coastal bus from Monday, which the council said would run every hour until the autumn timetable.</p>
            <h2>Related</h2><p>Short teaser for another story</p>
            """)
        let article = try #require(ArticleParser.parse(html, path: "pages/ferry.html").article)
        #expect(article.paragraphs.count == 2)
        #expect(article.text.contains("coastal bus"))
        #expect(!article.text.contains("teaser"))
        #expect(article.links.map(\.title) == ["Quay repairs"])
        // The link stands between the two paragraphs, where the list stood.
        #expect(article.links.first?.span.start == article.paragraphs[0].end)
    }

    @Test("a heading that only starts like a label, and a list of plain items or prose with a link, stay in the story")
    func notALabel() throws {
        let html = page("<h2>Related costs rose sharply</h2><ul><li>Fuel doubled in price over the year.</li></ul>")
        let article = try #require(ArticleParser.parse(html, path: "pages/ferry.html").article)
        #expect(article.text.contains("Related costs rose sharply"))
        #expect(article.text.contains("Fuel doubled"))

        let prose = page("<h2>Read more</h2><ul><li><a href=\"quay.html\">Quay works</a></li><li>Crews worked through the night, as the <a href=\"council.html\">council</a> had asked of them in March.</li></ul>")
        let story = try #require(ArticleParser.parse(prose, path: "pages/ferry.html").article)
        #expect(!story.text.contains("Quay works"))
        #expect(story.text.contains("Crews worked through the night"))
        #expect(story.links.map(\.title) == ["Quay works", "council"])
    }

    @Test("a page whose only body is a related list shows its description, with the list's links")
    func onlyAList() throws {
        let html = Array("""
            <html><head><title>Harbour news</title><meta name="description" content="The week on the waterfront."></head>
            <body><article><h2>Read more</h2><ul><li><a href="quay.html">Quay works</a></li></ul></article></body></html>
            """.utf8)
        let article = try #require(ArticleParser.parse(html, path: "pages/index.html").article)
        #expect(article.text == "The week on the waterfront.")
        #expect(article.links.map(\.url) == ["pages/quay.html"])
    }

    @Test("a feed item's text with a related list keeps the list's links to the site and loses its words")
    func inAFeedItem() throws {
        let feed = """
            <rss version="2.0"><channel><title>Harbour</title><link>https://harbourpost.example.com/</link>
            <item><title>Ferry ends</title><link>https://harbourpost.example.com/2025/ferry</link><description>&lt;p&gt;The last ferry left on Saturday.&lt;/p&gt;&lt;h3&gt;Related&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;a href="/2025/quay"&gt;Quay works&lt;/a&gt;&lt;/li&gt;&lt;li&gt;&lt;a href="https://other.example.net/x"&gt;Elsewhere&lt;/a&gt;&lt;/li&gt;&lt;/ul&gt;</description></item>
            </channel></rss>
            """
        let item = try #require(FeedReader.read(Array(feed.utf8), path: "feeds/harbour.xml").articles.first)
        #expect(item.text == "The last ferry left on Saturday.")
        #expect(item.links.map(\.url) == ["https://harbourpost.example.com/2025/quay"])
    }

    @Test("a related list's links resolve to the pages of the folder they name")
    func resolvesInTheFolder() throws {
        let ferry = try #require(ArticleParser.parse(page("<h2>More on this</h2><ul><li><a href=\"quay.html\">Quay works</a></li><li><a href=\"/2025/bus-link\">Bus</a></li></ul>"), path: "pages/ferry.html").article)
        let quay = try #require(ArticleParser.parse(page("", url: "https://harbourpost.example.com/2025/quay"), path: "pages/quay.html").article)
        let bus = try #require(ArticleParser.parse(page("", url: "https://harbourpost.example.com/2025/bus-link"), path: "pages/bus.html").article)
        let resolved = LinkResolver.resolve([ferry, quay, bus]).articles
        #expect(resolved[0].links.map(\.target) == [quay.id, bus.id])
    }
}
