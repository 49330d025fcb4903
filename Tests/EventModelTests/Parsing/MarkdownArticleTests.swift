import Testing
import EventModel

let harbourMarkdown = """
---
id: harbour-reopens
title: "The harbour reopens after the storm"
date: 2024-03-22T18:05:00+03:00
source: Coastal Herald
url: https://example.org/harbour
authors: [Ana Lima, Piet Vos]
tags: [storms, ports]
language: en
---

# The harbour reopens after the storm

VALLETTA (Coastal Herald) - The **harbour** reopened on *Friday*, a week after the [storm](https://example.org/storm) damaged two piers.

## What changed

- Ferries run every hour.
- Cargo ships wait at the outer anchorage.

Read more: [Storm damage in numbers](https://example.org/numbers)

**Read more:** Ports along the coast prepare for winter

Share this article
"""

@Suite("Markdown articles")
struct MarkdownArticleTests {
    @Test("front matter gives id, title, date, source, url, authors, tags and language")
    func frontMatter() throws {
        let result = ArticleParser.parse(text: harbourMarkdown, path: "articles/harbour.md")
        #expect(result.diagnostics.isEmpty)
        let article = try #require(result.article)
        #expect(article.id == "harbour-reopens")
        #expect(article.title == "The harbour reopens after the storm")
        #expect(article.date == "2024-03-22")
        #expect(article.source == "Coastal Herald")
        #expect(article.url == "https://example.org/harbour")
        #expect(article.authors == ["Ana Lima", "Piet Vos"])
        #expect(article.tags == ["storms", "ports"])
        #expect(article.language == "en")
        #expect(article.dateline == "VALLETTA (Coastal Herald)")
    }

    @Test("markup is reduced to the words a reader sees; lists are paragraphs")
    func markupReduced() throws {
        let article = try #require(ArticleParser.parse(text: harbourMarkdown, path: "articles/harbour.md").article)
        let paragraphs = article.paragraphs.map { article.text.substring($0) }
        #expect(paragraphs == [
            "The harbour reopened on Friday, a week after the storm damaged two piers.",
            "What changed",
            "Ferries run every hour.",
            "Cargo ships wait at the outer anchorage.",
            "Read more: Storm damage in numbers",
            "Read more: Ports along the coast prepare for winter",
        ])
    }

    @Test("read-more lines with a Markdown link or plain title are links")
    func links() throws {
        let article = try #require(ArticleParser.parse(text: harbourMarkdown, path: "articles/harbour.md").article)
        #expect(article.links.map(\.title) == ["Storm damage in numbers", "Ports along the coast prepare for winter"])
        #expect(article.links.map(\.line) == [21, 23])
        #expect(article.links.allSatisfy { article.text.substring($0.span) == $0.title })
    }

    @Test("without front matter the first heading is the title and the id comes from the path")
    func headingTitle() throws {
        let text = "Intro line before.\n\n# Heading Title\n\nBody *with* `code` and snake_case_words and ![a chart](c.png).\n"
        let article = try #require(ArticleParser.parse(text: text, path: "notes/plain.markdown").article)
        #expect(article.title == "Heading Title")
        #expect(article.id == "notes/plain")
        #expect(article.date == nil)
        #expect(article.text == "Intro line before.\n\nBody with code and snake_case_words and a chart.")
    }

    @Test("a Markdown file with neither front matter nor heading reads like plain text")
    func plainMarkdown() throws {
        let article = try #require(ArticleParser.parse(text: "Just a title\n\nOne paragraph.\n", path: "x.md").article)
        #expect(article.title == "Just a title")
        #expect(article.text == "One paragraph.")
    }

    @Test("a month date is kept; a date that is not ISO 8601 warns with its line and leaves the article undated")
    func dates() throws {
        let month = try #require(ArticleParser.parse(text: "---\ndate: 2024-03\n---\nT\n\nBody.", path: "m.md").article)
        #expect(month.date == "2024-03")
        for bad in ["22 March 2024", "2024-02-30", "2024-13-01", "yesterday"] {
            let result = ArticleParser.parse(text: "---\ntitle: T\ndate: \(bad)\n---\nBody.", path: "d.md")
            #expect(result.article?.date == nil)
            #expect(result.diagnostics.count == 1)
            #expect(result.diagnostics.first?.line == 3)
            #expect(result.diagnostics.first?.severity == .warning)
        }
    }

    @Test("an unterminated front matter is an error on its first line and no article")
    func unterminated() {
        let result = ArticleParser.parse(text: "---\ntitle: Lost\n\nBody text.\n", path: "articles/open.md")
        #expect(result.article == nil)
        #expect(result.diagnostics.map(\.description) == [
            "articles/open.md:1: error: the front matter opened here is never closed; add a line \"---\" after its last key",
        ])
    }

    @Test("malformed front matter is an error with its line; the body still loads")
    func malformed() throws {
        let text = "---\ntitle: Fine\nauthors: [unclosed\ntags: x\n---\n\n# Fine\n\nBody.\n"
        let result = ArticleParser.parse(text: text, path: "articles/bad.md")
        let error = try #require(result.diagnostics.first)
        #expect(error.severity == .error)
        #expect(error.path == "articles/bad.md")
        #expect((2...5).contains(error.line ?? 0))
        #expect(result.article?.title == "Fine")
        #expect(result.article?.text == "Body.")
    }

    @Test("a headline with a colon, unquoted, is read as the rest of its line, with a warning that says to quote it")
    func colonInValue() throws {
        let text = "---\ntitle: Harbour strike: day three\ndate: 2025-06-18\nurl: https://example.org/strike\n---\n\nThe dockers stayed out.\n"
        let result = ArticleParser.parse(text: text, path: "articles/strike.md")
        let article = try #require(result.article)
        #expect(article.title == "Harbour strike: day three")
        #expect(article.date == "2025-06-18")
        #expect(article.url == "https://example.org/strike")
        #expect(article.text == "The dockers stayed out.")
        let warning = try #require(result.diagnostics.first)
        #expect(result.diagnostics.count == 1)
        #expect(warning.severity == .warning)
        #expect(warning.line == 2)
        #expect(warning.message.contains("Put quotes around"))
    }

    @Test("a Markdown text of one paragraph and no title keeps its paragraph, its opening words the title")
    func oneParagraph() throws {
        let text = "The ferry left Northgate at noon.\nIts crew counted forty passengers.\nNo one was hurt.\n"
        let article = try #require(ArticleParser.parse(text: text, path: "articles/ferry.md").article)
        #expect(article.text == "The ferry left Northgate at noon. Its crew counted forty passengers. No one was hurt.")
        #expect(article.sentences.count == 3)
        #expect(article.title.hasPrefix("The ferry left Northgate at noon."))
        #expect(article.title.hasSuffix("…"))
    }

    @Test("a single author string and comma-separated tags are accepted")
    func looseLists() throws {
        let text = "---\ntitle: T\nauthors: Mia Berg\ntags: a, b\n---\nBody."
        let article = try #require(ArticleParser.parse(text: text, path: "l.md").article)
        #expect(article.authors == ["Mia Berg"])
        #expect(article.tags == ["a", "b"])
    }

    @Test("block lists and escaped quotes in front matter read as YAML does")
    func yamlForms() throws {
        let text = "---\ntitle: \"Say \\\"when\\\"\"\nauthors:\n  - Ana Lima\n  - Piet Vos\nsummary: |\n  ignored block\n---\nBody."
        let article = try #require(ArticleParser.parse(text: text, path: "y.md").article)
        #expect(article.title == "Say \"when\"")
        #expect(article.authors == ["Ana Lima", "Piet Vos"])
        let simple = try #require(ArticleParser.parse(text: "---\ntitle: Plain\nauthors:\n  - Ana Lima\n  - Piet Vos\n---\nBody.", path: "z.md").article)
        #expect(simple.authors == ["Ana Lima", "Piet Vos"])
    }

    @Test("a trailer heading in Markdown drops the list of other stories after it")
    func markdownTrailer() throws {
        let text = "# Title\n\nThe story.\n\n## Related Articles\n\n- [Other](x)\n- Read more: Yet another\n"
        let article = try #require(ArticleParser.parse(text: text, path: "t.md").article)
        #expect(article.text == "The story.")
        #expect(article.links.isEmpty)
    }

    @Test("list items under a 'Read more' heading are links")
    func readMoreSection() throws {
        let text = "# Title\n\nThe story.\n\n## Read more\n\n- [First other story](a.md)\n- *Second* other story\n\n## Notes\n\n- Not a link\n"
        let article = try #require(ArticleParser.parse(text: text, path: "r.md").article)
        #expect(article.links.map(\.title) == ["First other story", "Second other story"])
        #expect(article.links.map(\.line) == [7, 8])
        #expect(article.links.allSatisfy { article.text.substring($0.span) == $0.title })
        #expect(article.text.hasSuffix("Notes\n\nNot a link"))
    }

    @Test("inline markup: emphasis, escapes, nested brackets, autolinks, tags and entities")
    func inlineMarkup() throws {
        let cases: [(String, String)] = [
            ("**bold** and _it_ and snake_case", "bold and it and snake_case"),
            ("2 * 3 = 6", "2 * 3 = 6"),
            ("\\*literal\\*", "*literal*"),
            ("[a [b] c](u (x)) end", "a [b] c end"),
            ("<https://x.org> and <b>bold</b>", "https://x.org and bold"),
            ("Tom &amp; Jerry", "Tom & Jerry"),
            ("~~gone~~ 5~6", "gone 5~6"),
            ("[unclosed link text", "[unclosed link text"),
        ]
        for (markdown, expected) in cases {
            let article = try #require(ArticleParser.parse(text: "# T\n\n" + markdown, path: "i.md").article)
            #expect(article.text == expected, "\(markdown)")
        }
    }
}
