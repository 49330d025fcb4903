import Foundation
import Testing
import EventModel

@Suite("Scanning a corpus folder")
struct CorpusScannerTests {
    var fixture: URL {
        get throws { try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil)).appendingPathComponent("corpus") }
    }

    @Test("articles and knowledge files are found recursively, sorted; hidden files, READMEs and other files skipped")
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
            case .articles(let items, let diagnostics): articles += items; #expect(diagnostics.isEmpty)
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

    @Test("a link to a folder inside the corpus does not list its files twice; the real path wins")
    func linkedFolder() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("evex-links-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: base) }
        let manager = FileManager.default
        try manager.createDirectory(at: base.appendingPathComponent("zeta"), withIntermediateDirectories: true)
        try manager.createDirectory(at: base.appendingPathComponent(".drafts"), withIntermediateDirectories: true)
        try Data("Zeta\n\nText.\n".utf8).write(to: base.appendingPathComponent("zeta/story.txt"))
        try Data("Draft\n\nText.\n".utf8).write(to: base.appendingPathComponent(".drafts/draft.md"))
        try manager.createSymbolicLink(atPath: base.appendingPathComponent("alpha").path, withDestinationPath: "zeta")
        try manager.createSymbolicLink(atPath: base.appendingPathComponent("zeta/draft.md").path, withDestinationPath: "../.drafts/draft.md")
        let listing = CorpusScanner.listFiles(root: base)
        #expect(listing.files.map(\.path) == ["zeta/draft.md", "zeta/story.txt"])
        #expect(listing.diagnostics.map(\.path) == ["alpha"])
        #expect(listing.diagnostics.first?.message.contains("folder already read") == true)
    }
}
