import Foundation
import Testing
import EventModel

@Suite("Scanning a corpus folder")
struct CorpusScannerTests {
    var fixture: URL {
        get throws { try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil)).appendingPathComponent("corpus") }
    }

    @Test("articles and knowledge files are found recursively, sorted, hidden and other files skipped")
    func listing() throws {
        let listing = CorpusScanner.listFiles(root: try fixture)
        #expect(listing.diagnostics.isEmpty)
        #expect(listing.files.map(\.path) == [
            "articles/analysis/winter.markdown", "articles/bridge-closed.txt", "articles/council-money.md", "knowledge.yaml",
        ])
        #expect(listing.files.map(\.kind) == [.article, .article, .article, .knowledge])
        #expect(listing.files.allSatisfy { $0.size > 0 })
    }

    @Test("reading the fixture gives its articles, links and knowledge")
    func reading() throws {
        let listing = CorpusScanner.listFiles(root: try fixture)
        var articles: [Article] = []
        var bases: [KnowledgeBase] = []
        for file in listing.files {
            switch CorpusScanner.read(file) {
            case .article(let article, let diagnostics): articles.append(article); #expect(diagnostics.isEmpty)
            case .knowledge(let base, let diagnostics): bases.append(base); #expect(diagnostics.isEmpty)
            case .failed(let diagnostics): Issue.record("\(diagnostics)")
            }
        }
        #expect(articles.map(\.id) == ["articles/analysis/winter", "articles/bridge-closed", "council-money"])
        #expect(articles.map(\.title) == ["Why winters are hard on bridges", "The old bridge closes for repairs", "Council approves money for the bridge"])
        #expect(articles[1].dateline == "RIGA (Baltic Wire)")
        #expect(!articles[1].text.contains("Traffic jams"))
        let resolved = LinkResolver.resolve(articles)
        #expect(resolved.diagnostics.map(\.message) == ["Read more links go round in a cycle: articles/bridge-closed → council-money → articles/bridge-closed"])
        #expect(LinkResolver.backlinks(resolved.articles) == ["council-money": ["articles/bridge-closed"], "articles/bridge-closed": ["council-money"]])
        #expect(bases.first?.entities.map(\.id) == ["riga-city-council", "daugava"])
        #expect(bases.first?.relations.first?.object == "latvia")
    }

    @Test("a missing corpus folder is an error, not a crash")
    func missingRoot() {
        let listing = CorpusScanner.listFiles(root: URL(fileURLWithPath: "/nonexistent/evex-corpus"))
        #expect(listing.files.isEmpty)
        #expect(listing.diagnostics.map(\.severity) == [.error])
    }
}
