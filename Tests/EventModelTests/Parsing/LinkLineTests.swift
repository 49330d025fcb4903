import Testing
@testable import EventModel

@Suite("Links in the shapes news pages write them")
struct LinkLineTests {
    private func links(_ body: String, path: String = "articles/story.txt") throws -> [ReadMoreLink] {
        try #require(ArticleParser.parse(text: body, path: path).article).links
    }

    @Test("Also Read |, Related:, READ MORE, See also and Recommended open a link line")
    func markerShapes() throws {
        let found = try links("""
        Harbour talks stall again

        Negotiators left the port city without a deal on Thursday.

        Also Read | Dockers vote to extend the strike

        Related: Shipping lines reroute cargo to the south

        READ MORE Port authority names new director

        See also: Timeline of the harbour dispute

        Recommended - What the strike costs the region

        Related to the dispute, a court hearing was set for May.
        """)
        #expect(found.map(\.title) == [
            "Dockers vote to extend the strike", "Shipping lines reroute cargo to the south", "Port authority names new director",
            "Timeline of the harbour dispute", "What the strike costs the region",
        ])
    }

    @Test("a marker alone on its line makes the titles under it links, until the prose resumes")
    func markerThenTitles() throws {
        let found = try links("""
        Harbour talks stall again

        Negotiators left the port city without a deal on Thursday.

        Related:

        Dockers vote to extend the strike
        Shipping lines reroute cargo to the south

        The union said it would meet again next week.
        """)
        #expect(found.map(\.title) == ["Dockers vote to extend the strike", "Shipping lines reroute cargo to the south"])
    }

    @Test("a line that is only a quoted or bracketed headline is a link; a quoted sentence is not")
    func quotedTitleLines() throws {
        let found = try links("""
        Harbour talks stall again

        Negotiators left the port city without a deal on Thursday.

        “Dockers vote to extend the strike”

        [Shipping lines reroute cargo to the south]

        “We will not move.”

        "No deal," he said, "until the pay is fair"
        """)
        #expect(found.map(\.title) == ["Dockers vote to extend the strike", "Shipping lines reroute cargo to the south"])
    }

    @Test("Markdown links keep their address: a Read more line, a bare link line, a related list")
    func markdownLinks() throws {
        let found = try links("""
        ---
        title: Harbour talks stall again
        ---
        Negotiators left the port city without a deal on Thursday, after [a long night](https://example.org/night) of talks.

        Read more: [Dockers vote to extend the strike](https://news.example.org/dockers-vote)

        [Shipping lines reroute cargo](https://news.example.org/reroute "Shipping")

        **Related:**

        - [Port authority names new director](<https://news.example.org/director>)
        """, path: "articles/story.md")
        #expect(found.map(\.title) == ["Dockers vote to extend the strike", "Shipping lines reroute cargo", "Port authority names new director"])
        #expect(found.map(\.url) == [
            "https://news.example.org/dockers-vote", "https://news.example.org/reroute", "https://news.example.org/director",
        ])
    }
}

@Suite("Resolving links in real text")
struct LinkResolutionTests {
    private func article(_ id: String, _ title: String, url: String? = nil, links: [ReadMoreLink] = []) -> Article {
        Article(id: id, path: "articles/\(id).md", title: title, url: url, text: "", paragraphs: [], sentences: [], links: links)
    }

    private func link(_ title: String, url: String? = nil) -> ReadMoreLink {
        ReadMoreLink(title: title, line: 3, span: TextSpan(start: 0, end: 0), url: url)
    }

    @Test("a link resolves by URL first, whatever its text says")
    func byURL() {
        let resolved = LinkResolver.resolve([
            article("vote", "Dockers vote to extend strike", url: "https://www.example.org/2025/dockers-vote/"),
            article("story", "Talks stall", links: [link("the vote", url: "http://example.org/2025/dockers-vote?utm_source=feed")]),
        ])
        #expect(resolved.articles[1].links[0].target == "vote")
        #expect(resolved.diagnostics.isEmpty)
    }

    @Test("a trailing outlet name, on either side, does not stop a title matching")
    func outletNames() {
        let resolved = LinkResolver.resolve([
            article("vote", "Dockers vote to extend strike - Coast Herald"),
            article("ferry", "Ferry service to resume in spring"),
            article("story", "Talks stall", links: [
                link("Dockers vote to extend strike"), link("“Ferry Service to Resume in Spring” | Port Weekly"),
            ]),
        ])
        #expect(resolved.articles[2].links.map(\.target) == ["vote", "ferry"])
    }

    @Test("a title too long to keep whole still resolves from the link that gives it in full")
    func longTitle() throws {
        let long = String(repeating: "Negotiators from the harbour board and the dockers' union met again on Thursday ", count: 8)
            .trimmingCharacters(in: .whitespaces)
        let target = try #require(ArticleParser.parse(text: long + "\n\nThe talks ended without a deal.", path: "articles/long.txt").article)
        let story = try #require(ArticleParser.parse(text: "Talks stall\n\nRead more: \(long)\n", path: "articles/story.txt").article)
        #expect(long.count > 500)
        #expect(story.links.first?.title == long)
        let resolved = LinkResolver.resolve([target, story])
        #expect(resolved.articles[1].links.first?.target == target.id)
    }
}
