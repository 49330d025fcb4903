import Foundation
import Testing
@testable import EventModel

private func page(head: String = "", body: String) -> [UInt8] {
    Array("<!DOCTYPE html><html><head>\(head)</head><body>\(body)</body></html>".utf8)
}

private let prose = "Officials said the measures would stay in place for weeks while the investigation continued across several regions of the country."

@Suite("Saved web pages that are odd or broken")
struct HTMLPageProblemTests {
    @Test("a page in windows-1251 declared by <meta charset> reads as Cyrillic")
    func windows1251() throws {
        let head = "<meta charset=\"windows-1251\"><title>Title</title>"
        var bytes = Array("<html><head>\(head)</head><body><p>".utf8)
        bytes += [0xCC, 0xEE, 0xF1, 0xEA, 0xE2, 0xE0]  // "Москва" in windows-1251
        bytes += Array(" \(prose)</p></body></html>".utf8)
        let result = ArticleParser.parse(bytes, path: "ru.html")
        let article = try #require(result.article)
        #expect(article.text.hasPrefix("Москва "))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    }

    @Test("a page in ISO-8859-1 declared by http-equiv reads its accents")
    func httpEquiv() throws {
        var bytes = Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"><title>T</title></head><body><p>".utf8)
        bytes += [0x4C, 0x27, 0xE9, 0x74, 0xE9]  // "L'été"
        bytes += Array(" \(prose)</p></body></html>".utf8)
        let article = try #require(ArticleParser.parse(bytes, path: "fr.htm").article)
        #expect(article.text.hasPrefix("L'été "))
    }

    @Test("bytes that are not UTF-8 in a UTF-8 page are a warning with their line, and the page still loads")
    func badBytes() throws {
        var bytes = Array("<html><head><meta charset=\"utf-8\"><title>Bad bytes</title></head>\n<body>\n<p>".utf8)
        bytes += [0xFF, 0xFE, 0x41]
        bytes += Array(" \(prose)</p></body></html>".utf8)
        let result = ArticleParser.parse(bytes, path: "bad.html")
        #expect(result.article?.title == "Bad bytes")
        let warning = try #require(result.diagnostics.first)
        #expect(warning.severity == .warning)
        #expect(warning.line == 3)
        #expect(warning.message.contains("not valid in its character set"))
    }

    @Test("broken markup is read as a browser would, with a warning naming the line")
    func brokenMarkup() throws {
        let bytes = Array("<html><head><title>Broken</title></head><body>\n<div><p>\(prose)\n</span></b><p>Second paragraph of the story, still here after the broken tags.</div></body>".utf8)
        let result = ArticleParser.parse(bytes, path: "broken.html")
        let article = try #require(result.article)
        #expect(article.paragraphs.count == 2)
        #expect(article.text.contains("still here"))
        let warning = try #require(result.diagnostics.first)
        #expect(warning.message.hasPrefix("broken markup"))
        #expect(warning.line == 3)
    }

    @Test("a JSON-LD block about another page is not used, and says so")
    func jsonLDAboutAnotherPage() throws {
        let head = """
            <link rel="canonical" href="https://news.example.org/a">
            <meta property="og:title" content="The real headline">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"A different story","url":"https://news.example.org/b"}</script>
            """
        let result = ArticleParser.parse(page(head: head, body: "<p>\(prose)</p>"), path: "lies.html")
        #expect(result.article?.title == "The real headline")
        #expect(result.diagnostics.map(\.message).contains { $0.contains("describes another page") })
    }

    @Test("a JSON-LD block that calls itself a NewsArticle without a headline, or with a date that is none, is not trusted")
    func jsonLDWithoutHeadline() throws {
        let head = """
            <title>Page title</title>
            <meta property="article:published_time" content="2024-03-23">
            <script type="application/ld+json">[{"@type":"NewsArticle","datePublished":"2024-03-22"},
              {"@type":["Thing","NewsArticle"],"headline":"From JSON-LD","datePublished":"yesterday"}]</script>
            """
        let result = ArticleParser.parse(page(head: head, body: "<p>\(prose)</p>"), path: "lies.html")
        let article = try #require(result.article)
        #expect(article.title == "From JSON-LD")
        #expect(article.date == "2024-03-23")
        let messages = result.diagnostics.map(\.message)
        #expect(messages.contains { $0.contains("says it is a NewsArticle but has no headline") })
        #expect(messages.contains { $0.contains("datePublished is not a date") })
    }

    @Test("invalid JSON-LD is a warning and the meta tags are used")
    func invalidJSONLD() throws {
        let head = "<meta property=\"og:title\" content=\"From meta\">\n<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", </script>"
        let result = ArticleParser.parse(page(head: head, body: "<p>\(prose)</p>"), path: "x.html")
        #expect(result.article?.title == "From meta")
        #expect(result.diagnostics.first?.line == 2)
        #expect(result.diagnostics.first?.message.contains("not valid JSON") == true)
    }

    @Test("escape sequences in a script or in JSON-LD strings never reach the article")
    func escapeSequences() throws {
        let head = #"<script>document.title = "\u001b]0;owned\u0007";</script><script type="application/ld+json">{"@type":"NewsArticle","headline":"Plain \u001b[2Jheadline"}</script>"#
        let body = "<script>\u{1B}[31mred</script><p>\u{1B}[2J\(prose)</p>"
        let article = try #require(ArticleParser.parse(page(head: head, body: body), path: "esc.html").article)
        #expect(article.title == "Plain [2Jheadline")
        #expect(!article.text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(!article.text.contains("red"))
        #expect(!article.text.contains("owned"))
    }

    @Test("without JSON-LD or an <article>, the densest block of paragraphs is the story")
    func densestBlock() throws {
        let body = """
            <div id="top"><p>Menu text</p></div>
            <div class="content"><p>\(prose)</p><p>\(prose) Again.</p></div>
            <div class="footer-links"><p>About us</p></div>
            """
        let article = try #require(ArticleParser.parse(page(head: "<title>Densest</title>", body: body), path: "d.html").article)
        #expect(article.paragraphs.count == 2)
        #expect(!article.text.contains("Menu text"))
        #expect(article.title == "Densest")
        #expect(article.id == "d")
        #expect(article.url == nil)
    }

    @Test("a page with no title and no text is skipped with a warning; a binary file with an .html name is an error")
    func emptyAndBinary() throws {
        let empty = ArticleParser.parse(Array("<html><body><script>x()</script></body></html>".utf8), path: "e.html")
        #expect(empty.article == nil)
        #expect(empty.diagnostics.first?.message.contains("no title and no article text") == true)
        let binary = ArticleParser.parse([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D], path: "image.html")
        #expect(binary.article == nil)
        #expect(binary.diagnostics.first?.severity == .error)
    }

    @Test("markup nested thousands deep loads what is within reach and says so")
    func deepNesting() throws {
        let body = String(repeating: "<div>", count: 5000) + "<p>deep</p>" + String(repeating: "</div>", count: 5000)
        let result = ArticleParser.parse(page(head: "<title>Deep</title>", body: "<p>\(prose)</p>" + body), path: "deep.html")
        #expect(result.article?.title == "Deep")
        #expect(result.diagnostics.contains { $0.message.contains("nested more than") })
    }

    @Test("a 30 MB page, its weight in inline scripts and images as saved pages have, loads its story")
    func largePage() throws {
        // Saved pages grow large through what the browser inlines: the app's state and images as data URIs.
        let state = "<script>window.__STATE__ = {\"items\": [" + String(repeating: "{\"id\": 12345, \"text\": \"\\u001b[31m\"},", count: 500_000) + "{}]};</script>"
        let image = "<img src=\"data:image/png;base64," + String(repeating: "iVBORw0KGgoAAAANSUhEUgAA", count: 500_000) + "\">"
        let paragraphs = (1...2_000).map { "<p>Paragraph \($0). \(prose)</p>" }.joined(separator: "\n")
        let html = "<html><head><title>Large</title>\(state)</head><body><article>\(image)\(paragraphs)</article></body></html>"
        #expect(html.utf8.count > 30_000_000)
        let result = ArticleParser.parse(Array(html.utf8), path: "large.html")
        let article = try #require(result.article)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(article.title == "Large")
        #expect(article.paragraphs.count == 2_000)
        #expect(!article.text.contains("__STATE__") && !article.text.contains("base64"))
    }
}
