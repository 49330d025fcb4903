import Foundation
import Testing
import EventModel

func article(_ id: String, _ title: String, links: [String] = [], path: String? = nil) -> Article {
    Article(
        id: id, path: path ?? "articles/\(id).txt", title: title, text: "", paragraphs: [], sentences: [],
        links: links.enumerated().map { ReadMoreLink(title: $1, line: 10 + $0, span: TextSpan(start: 0, end: 0)) })
}

@Suite("Read-more links")
struct LinkResolverTests {
    @Test("titles match regardless of case, accents, quote and dash styles and punctuation")
    func tolerantTitles() {
        #expect(TitleKey.normalize("Explainer: Why did ISIS attack a Moscow theater?") == "explainer why did isis attack a moscow theater")
        #expect(TitleKey.normalize("Russia’s  allies — “worried”") == TitleKey.normalize("russia's allies - \"Worried\""))
        #expect(TitleKey.normalize("Tadjikistan’s Émigrés") == "tadjikistans emigres")
        let articles = [
            article("a", "Putin pledges justice as Russia apprehends suspects", links: ["Explainer — why did ISIS attack a Moscow théater"]),
            article("b", "Explainer: Why did ISIS attack a Moscow theater?", links: ["PUTIN PLEDGES JUSTICE, AS RUSSIA APPREHENDS SUSPECTS"]),
        ]
        let resolved = LinkResolver.resolve(articles)
        #expect(resolved.articles.map { $0.links.map(\.target) } == [["b"], ["a"]])
    }

    @Test("an unresolved link stays without target and is reported with its line")
    func unresolved() {
        let resolved = LinkResolver.resolve([article("a", "Alpha", links: ["Nowhere to be found"])])
        #expect(resolved.articles[0].links[0].target == nil)
        #expect(resolved.diagnostics.map(\.description) == [
            "articles/a.txt:10: warning: Read more link \"Nowhere to be found\" matches no article of the corpus",
        ])
    }

    @Test("a link to the article itself is a warning")
    func selfLink() {
        let resolved = LinkResolver.resolve([article("a", "Alpha", links: ["alpha"])])
        #expect(resolved.diagnostics.count == 1)
        #expect(resolved.diagnostics[0].message.contains("itself"))
        #expect(LinkResolver.backlinks(resolved.articles).isEmpty)
    }

    @Test("a cycle of links gives one warning naming its articles")
    func cycle() {
        let articles = [
            article("a", "Alpha", links: ["Beta"]), article("b", "Beta", links: ["Gamma"]),
            article("c", "Gamma", links: ["Alpha", "Delta"]), article("d", "Delta"),
        ]
        let resolved = LinkResolver.resolve(articles)
        #expect(resolved.diagnostics.map(\.description) == [
            "articles/a.txt:10: warning: Read more links go round in a cycle: a → b → c → a",
        ])
    }

    @Test("many articles linking in one long ring are checked without recursion")
    func longRing() {
        let count = 20_000
        let articles = (0..<count).map { article(String(format: "n%05d", $0), "Title \($0)", links: ["Title \(($0 + 1) % count)"]) }
        let resolved = LinkResolver.resolve(articles)
        #expect(resolved.diagnostics.count == 1)
        #expect(resolved.diagnostics[0].path == "articles/n00000.txt")
    }

    @Test("a duplicate id is an error on the later file, which is left out")
    func duplicateIDs() {
        let articles = [
            article("same", "Second", path: "b/same.md"), article("same", "First", path: "a/same.md"),
            article("other", "Other", links: ["Second", "First"]),
        ]
        let resolved = LinkResolver.resolve(articles)
        #expect(resolved.articles.map(\.path) == ["a/same.md", "articles/other.txt"])
        #expect(resolved.diagnostics.first?.severity == .error)
        #expect(resolved.diagnostics.first?.path == "b/same.md")
        #expect(resolved.diagnostics.first?.message.contains("a/same.md") == true)
        #expect(resolved.articles[1].links.map(\.target) == [nil, "same"])
    }

    @Test("backlinks list, for each article, the articles that link to it")
    func backlinks() {
        let articles = [
            article("c", "Gamma", links: ["Alpha"]), article("a", "Alpha"),
            article("b", "Beta", links: ["Alpha", "alpha", "Gamma"]),
        ]
        let resolved = LinkResolver.resolve(articles)
        #expect(LinkResolver.backlinks(resolved.articles) == ["a": ["b", "c"], "c": ["b"]])
    }
}
