import EventModel
import Foundation
import Testing
@testable import EventIndex

@Suite("Search work is bounded")
struct SearchBoundsTests {
    @Test("a 1 MB article full of the word searched gets a short snippet with the match marked")
    func longArticle() throws {
        let folder = try TempCorpus()
        let line = "The storm passed over the harbour and the storm came back. "
        try folder.article("long", title: "Long report", String(repeating: line, count: 18_000))
        try folder.article("short", title: "Short note", "A storm in a teacup.")
        let corpus = try folder.synced().corpus
        let results = try corpus.search("storm", limit: 10, asYouType: false)
        #expect(Set(results.articles.map(\.article.id)) == ["articles/long", "articles/short"])
        for hit in results.articles {
            #expect(hit.snippet.count < 300)
            let scalars = Array(hit.snippet.unicodeScalars)
            let marked = hit.highlights.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])).lowercased() }
            #expect(!marked.isEmpty && marked.allSatisfy { $0 == "storm" })
        }
    }

    @Test("400 times the same word searches one term; past 16 distinct terms the rest are left out and counted")
    func repeatedWords() throws {
        let folder = try TempCorpus()
        try folder.article("one", title: "One", "The storm passed over the bay.")
        let corpus = try folder.synced().corpus
        let repeated = try corpus.search(Array(repeating: "the", count: 400).joined(separator: " "), limit: 10, asYouType: false)
        #expect(repeated.articles.map(\.article.id) == ["articles/one"])
        #expect(repeated.omittedTerms == 0)
        let many = try corpus.search("storm " + (1...30).map { "w\($0) OR bay" }.joined(separator: " "), limit: 10, asYouType: false)
        #expect(many.omittedTerms > 0)
    }
}

@Suite("Search order")
struct SearchOrderTests {
    @Test("results with equal scores come in the same order whatever the index's history")
    func ties() throws {
        let folder = try TempCorpus()
        try folder.article("zulu", title: "Storm report", "The storm came over the bay.")
        try folder.article("mike", title: "Storm report", "The storm came over the bay.")
        _ = try folder.synced()
        // Added later: the highest rowid, though first by path.
        try folder.article("alpha", title: "Storm report", "The storm came over the bay.")
        let incremental = try folder.synced().corpus
        let fresh = try folder.rebuilt()
        let expected = ["articles/alpha", "articles/mike", "articles/zulu"]
        #expect(try incremental.hitIDs("storm") == expected)
        #expect(try fresh.hitIDs("storm") == expected)
    }
}
