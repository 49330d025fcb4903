import Foundation
import Testing
@testable import EventModel

/// A saved news page with everything a real one has around its story.
private let newsPage = """
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Investigators widen inquiry | Caspian Daily</title>
<meta property="og:site_name" content="Caspian Daily">
<meta property="og:title" content="Investigators widen inquiry after concert hall attack">
<meta property="article:published_time" content="2024-03-27T09:30:00+03:00">
<meta name="author" content="Dilnoza Karimova">
<meta property="article:tag" content="Crocus">
<link rel="canonical" href="https://www.caspiandaily.example.org/2024/03/27/inquiry-widens/">
<style>p { color: red }</style>
<script>var tracking = "\\u001b[31m not article text";</script>
<script type="application/ld+json">
{"@context":"https://schema.org","@graph":[
 {"@type":"WebSite","name":"Caspian Daily"},
 {"@type":"NewsArticle","headline":"Investigators widen inquiry after concert hall attack",
  "datePublished":"2024-03-27T09:30:00+03:00","author":[{"@type":"Person","name":"Dilnoza Karimova"}],
  "publisher":{"@type":"Organization","name":"Caspian Daily"},
  "url":"https://caspiandaily.example.org/2024/03/27/inquiry-widens"}]}
</script>
</head>
<body>
<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<div class="share-bar">Share on Facebook</div>
<article>
<h1>Investigators widen inquiry after concert hall attack</h1>
<p>MOSCOW - Investigators said on Wednesday that they had detained three more people in connection with the attack on the concert hall, and that the inquiry now reached into <a href="/2024/03/25/suspects-in-court">a court hearing</a> held earlier in the week.</p>
<div class="ad-slot">Advertisement</div>
<p>The men were questioned for several hours, according to a statement that described the searches in <a href="https://elsewhere.example.com/map">three regions</a> as continuing.</p>
<p>Read more: <a href="court-hearing.html">Four suspects charged at Basmanny court</a></p>
<section class="comments"><p>First! This comment is not the article and must not be read as one.</p></section>
</article>
<aside class="related"><ul><li><a href="/other">Some other story entirely</a></li></ul></aside>
<footer>© Caspian Daily</footer>
</body>
</html>
"""

@Suite("Saved web pages")
struct HTMLPageTests {
    @Test("a saved news page gives its headline, date, source, author, canonical URL and story text")
    func newsPageFields() throws {
        let result = ArticleParser.parse(Array(newsPage.utf8), path: "pages/inquiry.html")
        let article = try #require(result.article)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(article.title == "Investigators widen inquiry after concert hall attack")
        #expect(article.date == "2024-03-27")
        #expect(article.source == "Caspian Daily")
        #expect(article.authors == ["Dilnoza Karimova"])
        #expect(article.url == "https://www.caspiandaily.example.org/2024/03/27/inquiry-widens/")
        #expect(article.id == "caspiandaily.example.org/2024/03/27/inquiry-widens")
        #expect(article.dateline == "MOSCOW")
        #expect(article.text.hasPrefix("Investigators said on Wednesday"))
        #expect(article.paragraphs.count == 3)
    }

    @Test("navigation, ads, share bars, comments, related rails, scripts and styles are left out")
    func furnitureLeftOut() throws {
        let article = try #require(ArticleParser.parse(Array(newsPage.utf8), path: "pages/inquiry.html").article)
        for furniture in ["Home", "Share on Facebook", "Advertisement", "First!", "Some other story", "tracking", "color", "©"] {
            #expect(!article.text.contains(furniture), "\(furniture)")
        }
    }

    @Test("links within the site and Read more links are kept; a link to another site keeps only its words")
    func links() throws {
        let article = try #require(ArticleParser.parse(Array(newsPage.utf8), path: "pages/inquiry.html").article)
        #expect(article.links.map(\.title) == ["a court hearing", "Four suspects charged at Basmanny court"])
        #expect(article.links.map(\.url) == [
            "https://www.caspiandaily.example.org/2024/03/25/suspects-in-court", "pages/court-hearing.html",
        ])
        #expect(article.text.contains("in three regions as continuing"))
        let link = article.links[1]
        #expect(article.text.substring(link.span) == "Four suspects charged at Basmanny court")
    }
}
