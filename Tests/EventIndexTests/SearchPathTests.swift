import EventModel
import Foundation
import GRDB
import Testing
@testable import EventIndex

/// A search takes one of several ways to the same answer (an open date range tested inside the ranking or
/// in SQL, snippets read row by row or over a range): each way must give that answer.
@Suite("Search paths")
struct SearchPathTests {
    /// `count` Markdown articles named `prefix-N`, each using "storm" `uses(N)` times, dated by `date(N)`.
    private func articles(_ folder: TempCorpus, _ prefix: String, count: Int, uses: (Int) -> Int, date: (Int) -> String?) throws {
        for number in 0..<count {
            let dateLine = date(number).map { "date: \($0)\n" } ?? ""
            let words = Array(repeating: "storm", count: uses(number)).joined(separator: " ")
            try folder.write("articles/\(prefix)-\(number).md",
                             "---\ntitle: Report \(prefix) \(number)\n\(dateLine)---\nThe \(words) over the bay, day \(number) of \(prefix).\n")
        }
    }

    @Test("an open date range gives the best matches of its rows, however far down the matches without it they are")
    func lateDateFilter() throws {
        let folder = try TempCorpus()
        // The strongest matches have no date, the next are of 2024, the weakest of 2023: the rows of 2023
        // are below 130 better matches.
        try articles(folder, "undated", count: 70, uses: { 6 + $0 % 3 }, date: { _ in nil })
        try articles(folder, "recent", count: 60, uses: { 3 + $0 % 2 }, date: { "2024-\(String(format: "%02d", 1 + $0 % 12))-10" })
        try articles(folder, "older", count: 40, uses: { 1 + $0 % 2 }, date: { "2023-\(String(format: "%02d", 1 + $0 % 12))-10" })
        let corpus = try folder.synced().corpus
        let loaded = CorpusLoader.load(root: folder.root)
        for (query, window) in [("storm after:2024-01-01", DateWindow(from: "2024-01-01")),
                                ("storm before:2024-01-01", DateWindow(until: "2024-01-01")),
                                ("storm after:2024-06-01", DateWindow(from: "2024-06-01")),
                                ("storm before:2023-03-01", DateWindow(until: "2023-03-01"))] {
            // A page larger than the matches reads every match: the reference order.
            let all = try corpus.search(query, limit: 400, asYouType: false).articles
            let expected = Set(loaded.articles.filter { $0.date.map(window.contains) ?? false }.map(\.id))
            #expect(Set(all.map(\.article.id)) == expected, "\(query)")
            for limit in [1, 2, 3, 5] {
                let page = try corpus.search(query, limit: limit, asYouType: false).articles
                #expect(page.map(\.article.id) == all.prefix(limit).map(\.article.id), "\(query), \(limit) rows")
                #expect(page.map(\.score) == all.prefix(limit).map(\.score), "\(query), \(limit) rows")
            }
        }
    }

    @Test("a date range sees the dates of the last sync, not those of the search before it")
    func datesAfterSync() throws {
        let folder = try TempCorpus()
        try articles(folder, "news", count: 6, uses: { 1 + $0 }, date: { "2024-0\(1 + $0)-10" })
        let corpus = try folder.synced().corpus
        let before = try corpus.search("storm before:2024-03-01", limit: 10, asYouType: false).articles.map(\.article.id)
        #expect(before == ["articles/news-1", "articles/news-0"])
        // The strongest match moves to January, the weakest to June.
        try articles(folder, "news", count: 6, uses: { 1 + $0 }, date: { "2024-0\(6 - $0)-10" })
        _ = try corpus.sync()
        let after = try corpus.search("storm before:2024-03-01", limit: 10, asYouType: false).articles.map(\.article.id)
        #expect(after == ["articles/news-5", "articles/news-4"])
        #expect(try corpus.search("storm after:2024-05-01", limit: 10, asYouType: false).articles.map(\.article.id)
                == ["articles/news-1", "articles/news-0"])
    }

    @Test("as you type past the bound, the newest matches come with the snippets and scores a statement of their own gives")
    func newestPage() throws {
        let folder = try TempCorpus()
        // One long article among them: its snippet is cut in Swift, not by FTS5.
        for number in 0...IndexedCorpus.asYouTypeRankedMatches {
            let text = number == 1_000 ? String(repeating: "The brook is calm today. ", count: 1_000) + "A bright brook rose."
                : "The brook rose \(number % 7) feet, and the bridge held, day \(number)."
            try folder.article(String(format: "b%04d", number), title: number % 3 == 0 ? "Brook \(number)" : "Report \(number)", text)
        }
        let corpus = try folder.synced().corpus
        // Prefixes of four letters have no list of their own: their page is read in one statement (TypedPage).
        for text in ["br", "bro", "brook b", "broo", "the broo"] {
            let query = try SearchQuery.parse(text, asYouType: true)
            let page = try corpus.search(query, limit: 20, asYouType: true).articles
            #expect(page.count == 20, "\(text)")
            let match = try #require(FTSExpression.positive(query))
            let expected = try corpus.read { db in
                let rows = try Row.fetchAll(db, sql: """
                    SELECT rowid, bm25(article_fts, \(IndexSchema.articleWeights)) FROM article_fts WHERE article_fts MATCH ?
                    ORDER BY rowid DESC LIMIT 20
                    """, arguments: [match])
                let snippets = try SearchSnippets.of(db, match: match, query: query, rowids: rows.map { $0[0] })
                return rows.map { row in (score: -(row[1] as Double), snippet: snippets[row[0] as Int64]) }
            }
            #expect(page.map(\.score) == expected.map(\.score), "\(text)")
            #expect(page.map(\.snippet) == expected.map { $0.snippet?.text ?? "" }, "\(text)")
            #expect(page.map(\.highlights) == expected.map { $0.snippet?.highlights ?? [] }, "\(text)")
            #expect(page.contains { $0.snippet.count < 400 && $0.article.id == "articles/b1000" }, "\(text)")
        }
    }

    @Test("a phrase's snippets mark the phrase whether the rows are read one by one or over their range")
    func phraseSnippets() throws {
        // Rows are numbered in the order the files are listed. The page holds every match, so its first and
        // last are the phrase's: spread from the first row, the rows are read one by one from the start; all
        // at the end, over their range from the end; one in the middle and the rest at the end, one by one
        // from the end.
        for phraseRows in [[0, 10, 20, 30, 40], [40, 41, 42, 43, 44], [20, 40, 41, 42, 43]] {
            let folder = try TempCorpus()
            for row in 0..<45 {
                let text = phraseRows.contains(row) ? "A storm bay warning was given, day \(row)."
                    : "The storm came, and the harbour of the bay was calm, day \(row)."
                try folder.article(String(format: "n-%02d", row), title: "Note \(row)", text)
            }
            let corpus = try folder.synced().corpus
            let hits = try corpus.search("\"storm bay\"", limit: 20, asYouType: false).articles
            #expect(hits.count == 5)
            for hit in hits {
                let scalars = Array(hit.snippet.unicodeScalars)
                let marked = hit.highlights.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])).lowercased() }
                #expect(marked == ["storm bay"], "\(hit.article.id): \(hit.snippet)")
            }
        }
    }

    @Test("several words give the snippets, scores and order of a ranking and a snippet statement apart, whether the page holds every match or not")
    func earlySnippets() throws {
        let folder = try TempCorpus()
        // 45 notes: "amber basalt" in 30 of them, with "cobalt" in four; one of the four is long, its snippet cut in Swift.
        for row in 0..<45 {
            var text = row % 3 == 2 ? "The harbour was calm, day \(row)." : "Amber came with basalt\(row % 4 == 0 ? " and cobalt" : ""), day \(row)."
            if row % 4 == 0 && row % 3 != 2 { text += " Amber again" + String(repeating: " amber", count: row % 5) + "." }
            if row == 12 { text = String(repeating: "The quay was quiet that week. ", count: 800) + text }
            try folder.article(String(format: "n-%02d", row), title: row % 5 == 0 ? "Basalt \(row)" : "Note \(row)", text)
        }
        let corpus = try folder.synced().corpus
        for (text, matches) in [("amber basalt cobalt", 8), ("amber basalt", 30), ("basalt OR cobalt", 33), ("amber -cobalt", 22)] {
            let query = try SearchQuery.parse(text, asYouType: false)
            let match = try #require(FTSExpression.positive(query))
            for limit in [1, 3, 8, 9, 20, 40] {
                let page = try corpus.search(query, limit: limit, asYouType: false).articles
                let expected = try corpus.read { db in
                    let rows = try Row.fetchAll(db, sql: """
                        SELECT article_fts.rowid, bm25(article_fts, \(IndexSchema.articleWeights)) FROM article_fts
                        JOIN articles a ON a.rowid = article_fts.rowid WHERE article_fts MATCH ? ORDER BY 2, a.path LIMIT ?
                        """, arguments: [match, limit])
                    let snippets = try SearchSnippets.of(db, match: match, query: query, rowids: rows.map { $0[0] })
                    return rows.map { row in (score: -(row[1] as Double), snippet: snippets[row[0] as Int64]) }
                }
                #expect(page.count == min(limit, matches), "\(text), \(limit) rows")
                #expect(page.map(\.score) == expected.map(\.score), "\(text), \(limit) rows")
                #expect(page.map(\.snippet) == expected.map { $0.snippet?.text ?? "" }, "\(text), \(limit) rows")
                #expect(page.map(\.highlights) == expected.map { $0.snippet?.highlights ?? [] }, "\(text), \(limit) rows")
            }
        }
        // The ranking's statement cut the snippets of the three words (expected in 4 rows of 45), and not those of
        // the two (22 expected, more than the page).
        func ranked(_ words: String) throws -> [ArticleRanking.Ranked] {
            let match = try #require(FTSExpression.positive(try SearchQuery.parse(words, asYouType: false)))
            return try corpus.read { db in
                try ArticleRanking.top(db, ArticleRanking.Query(source: "article_fts", conditions: "article_fts MATCH ?",
                                                                arguments: [match], earlySnippets: 20), limit: 20)
            }
        }
        let few = try ranked("amber basalt cobalt"), many = try ranked("amber basalt")
        #expect(few.count == 8 && few.allSatisfy { $0.early != nil })
        #expect(many.count == 20 && many.allSatisfy { $0.early == nil })
    }
}
