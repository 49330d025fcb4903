import Foundation
import Testing
@testable import EventModel

@Suite("ninjs news items")
struct NINJSTests {
    @Test("a ninjs 1.x item gives its headline, HTML body, byline, place, date and uri")
    func version1() throws {
        let json = """
            {"uri": "https://wire.example.org/items/2024-03-23-claim", "type": "text", "version": "2",
             "versioncreated": "2024-03-23T01:10:00+03:00", "language": "en",
             "headline": "Group claims concert hall attack", "byline": "By Wire Staff", "located": "MOSCOW",
             "subject": [{"name": "Terrorism", "code": "medtop:16000000"}],
             "body_html": "<p>The group said in a statement that its fighters carried out the attack.</p><p>Read more: <a href=\\"https://caspiandaily.example.org/x\\">Another story</a></p>",
             "body_text": "not used when there is HTML"}
            """
        let result = ArticleParser.parse(Array(json.utf8), path: "wire/claim.json")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let article = try #require(result.article)
        #expect(article.title == "Group claims concert hall attack")
        #expect(article.id == "wire.example.org/items/2024-03-23-claim")
        #expect(article.url == "https://wire.example.org/items/2024-03-23-claim")
        #expect(article.date == "2024-03-23")
        #expect(article.authors == ["Wire Staff"])
        #expect(article.dateline == "MOSCOW")
        #expect(article.tags == ["Terrorism"])
        #expect(article.text.hasPrefix("The group said"))
        #expect(article.links.map(\.title) == ["Another story"])
    }

    @Test("a ninjs 2.x item reads its headlines, bodies and bylines lists; a non-web uri is its id only")
    func version2() throws {
        let json = """
            {"uri": "urn:newsml:wire.example.org:20240324:claim2", "versioncreated": "2024-03-24T09:00:00Z",
             "headlines": [{"value": "Second headline", "role": "main"}],
             "bodies": [{"value": "First line.\\nSecond line.", "contenttype": "text/plain"}],
             "bylines": [{"byline": "Anna Petrova"}, {"byline": "Timur Saidov"}],
             "infosource": [{"name": "Wire Service"}]}
            """
        let article = try #require(ArticleParser.parse(Array(json.utf8), path: "wire/two.json").article)
        #expect(article.title == "Second headline")
        #expect(article.id == "urn:newsml:wire.example.org:20240324:claim2")
        #expect(article.url == nil)
        #expect(article.paragraphs.count == 2)
        #expect(article.authors == ["Anna Petrova", "Timur Saidov"])
        #expect(article.source == "Wire Service")
    }

    @Test("JSON that is not ninjs is reported and not guessed at; broken JSON names its line")
    func notNINJS() throws {
        for json in ["{\"name\": \"package\", \"version\": \"1.0\"}", "[1, 2, 3]", "{\"uri\": \"x\"}"] {
            let result = ArticleParser.parse(Array(json.utf8), path: "other.json")
            #expect(result.article == nil)
            #expect(result.diagnostics.first?.message.contains("not an IPTC ninjs news item") == true)
        }
        let broken = ArticleParser.parse(Array("{\n\"uri\": \"a\",\n\"headline\": \"b\"\n,,}".utf8), path: "broken.json")
        #expect(broken.article == nil)
        #expect(broken.diagnostics.first?.severity == .error)
        #expect(broken.diagnostics.first?.line == 4)
        let latin1 = ArticleParser.parse(Array("{\"uri\": \"a\", \"headline\": \"caf".utf8) + [0xE9] + Array("\"}".utf8), path: "latin1.json")
        #expect(latin1.article == nil)
        #expect(latin1.diagnostics.first?.message.contains("UTF-8") == true)
    }
}
