import EventModel
import Foundation
import GRDB
import Testing
@testable import EventIndex

/// The ranking reads each row's length from a table in memory (``RowLengths``) instead of FTS5's `docsize`
/// look-ups: the rows and scores must be those of `bm25()`, and a table of another version of the index must
/// not be used.
@Suite("Row lengths from memory")
struct RowLengthsTests {
    /// Sixty articles of different lengths using the words different numbers of times, in title and body, and
    /// a copy of every fifth one (equal scores, ordered by path).
    private func folder() throws -> TempCorpus {
        let folder = try TempCorpus()
        try folder.seededWordArticles(seed: 11, copyEvery: 5)
        return folder
    }

    private let queries = ["\"storm\"", "\"sto\" *", "\"storm came\"", "\"storm\" AND \"bay\"", "(\"storm\" OR \"rain\")",
                           "(\"bay\") NOT (\"rain\")", "title : \"storm\"", "\"the\" AND \"st\" *", "\"the\""]

    /// `bm25()`'s best `limit` rows, ties by path, as "rowid score-bits".
    private func expected(_ db: Database, _ query: String, limit: Int) throws -> [String] {
        try Row.fetchAll(db, sql: """
            SELECT article_fts.rowid, bm25(article_fts, \(IndexSchema.articleWeights)) AS score FROM article_fts
            JOIN articles a ON a.rowid = article_fts.rowid WHERE article_fts MATCH ? ORDER BY score, a.path LIMIT ?
            """, arguments: [query, limit]).map { "\($0[0] as Int64) \(($0[1] as Double).bitPattern)" }
    }

    /// Every way the ranking runs: a statement per match (one phrase alone or not), and the function's own walk.
    private func rankings(_ db: Database, _ query: String, limit: Int) throws -> [String: [String]] {
        var ways: [String: [String]] = [:]
        let statement = ArticleRanking.Query(source: "article_fts", conditions: "article_fts MATCH ?", arguments: [query])
        ways["statement"] = try ArticleRanking.top(db, statement, limit: limit).map { "\($0.rowid) \($0.score.bitPattern)" }
        if !query.contains(" AND ") && !query.contains(" OR ") && !query.contains(" NOT ") {
            var alone = statement
            alone.onePhrase = true
            ways["alone"] = try ArticleRanking.top(db, alone, limit: limit).map { "\($0.rowid) \($0.score.bitPattern)" }
            if !query.contains("title") && !query.contains("came") {
                alone.walked = query
                ways["walked"] = try ArticleRanking.top(db, alone, limit: limit).map { "\($0.rowid) \($0.score.bitPattern)" }
            }
        }
        return ways
    }

    @Test("with each row's length from memory, every ranking gives bm25()'s rows and scores, bit for bit, ties by path")
    func sameRanking() throws {
        let folder = try folder()
        let corpus = try folder.synced().corpus
        try corpus.read { db in
            let table = try #require(try RowLengths.of(db, path: corpus.indexPath.path))
            #expect(table.rows == (try Int64.fetchOne(db, sql: "SELECT count(*) FROM articles")))
            BoundedBM25.use(table, on: db)
            defer { BoundedBM25.use(nil, on: db) }
            for query in queries {
                for limit in [1, 2, 3, 5, 10, 20, 40, 100] {
                    let expected = try expected(db, query, limit: limit)
                    #expect(!expected.isEmpty, "\(query)")
                    for (way, ranked) in try rankings(db, query, limit: limit) {
                        #expect(ranked == expected, "\(query) limit \(limit) \(way)")
                    }
                }
            }
        }
    }

    @Test("rows that score a hair better than the k-th best so far are kept")
    func nearTies() throws {
        // Forty articles using "storm" once in a body of 400 to 439 other words: one word more or less moves a
        // score by about a two-thousandth, and the walk meets them out of score order.
        let folder = try TempCorpus()
        for index in 0..<40 {
            let extra = (index * 17) % 40
            let body = ["storm"] + Array(repeating: "over the bay", count: (400 + extra) / 3) + Array(repeating: "rain", count: (400 + extra) % 3)
            try folder.article(String(format: "n%03d", index), title: "Harbour \(index)", body.joined(separator: " ") + ".")
        }
        let corpus = try folder.synced().corpus
        try corpus.read { db in
            BoundedBM25.use(try RowLengths.of(db, path: corpus.indexPath.path), on: db)
            defer { BoundedBM25.use(nil, on: db) }
            for query in ["\"storm\"", "\"sto\" *"] {
                for limit in 1...20 {
                    let expected = try expected(db, query, limit: limit)
                    for (way, ranked) in try rankings(db, query, limit: limit) {
                        #expect(ranked == expected, "\(query) limit \(limit) \(way)")
                    }
                }
            }
        }
    }

    @Test("the lengths are read from the table: other lengths with the same totals give other scores")
    func lengthsAreRead() throws {
        let folder = try folder()
        let corpus = try folder.synced().corpus
        try corpus.read { db in
            let table = try #require(try RowLengths.read(db))
            // The same rows and total, the lengths moved from one row to another, both matches of the query.
            var values = table.values
            let matches = Set(try Int.fetchAll(db, sql: "SELECT rowid FROM article_fts WHERE article_fts MATCH '\"the\"'"))
            let rows = values.indices.filter { values[$0] > 1 && matches.contains($0) }
            values[rows[0]] -= 1
            values[rows[1]] += 1
            BoundedBM25.use(RowLengths(values), on: db)
            defer { BoundedBM25.use(nil, on: db) }
            let scores = try Double.fetchAll(db, sql: """
                SELECT \(ArticleRanking.boundedScore) FROM article_fts WHERE article_fts MATCH ? AND rowid IN (?, ?) ORDER BY rowid
                """, arguments: [0, false, nil, "\"the\"", rows[0], rows[1]])
            let plain = try Double.fetchAll(db, sql: """
                SELECT bm25(article_fts, \(IndexSchema.articleWeights)) FROM article_fts WHERE article_fts MATCH ? AND rowid IN (?, ?) ORDER BY rowid
                """, arguments: ["\"the\"", rows[0], rows[1]])
            #expect(scores.count == 2 && plain.count == 2)
            #expect(scores != plain)
        }
    }

    @Test("a table whose totals are not the index's is left aside, and the lengths read through FTS5")
    func otherVersionLeftAside() throws {
        let folder = try folder()
        let corpus = try folder.synced().corpus
        try corpus.read { db in
            var values = try #require(try RowLengths.read(db)).values
            values[values.indices.first { values[$0] > 0 }!] += 7
            BoundedBM25.use(RowLengths(values), on: db)
            defer { BoundedBM25.use(nil, on: db) }
            for query in queries {
                for limit in [1, 5, 40] {
                    let expected = try expected(db, query, limit: limit)
                    for (way, ranked) in try rankings(db, query, limit: limit) {
                        #expect(ranked == expected, "\(query) limit \(limit) \(way)")
                    }
                }
            }
        }
    }

    @Test("after a sync that changes an article's length, a search scores with the new length")
    func newVersionAfterSync() throws {
        let folder = try folder()
        var corpus = try folder.synced().corpus
        func check(_ label: String) throws {
            let results = try corpus.search("storm", limit: 10, asYouType: false)
            let expected = try corpus.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT a.id, bm25(article_fts, \(IndexSchema.articleWeights)) AS score FROM article_fts
                    JOIN articles a ON a.rowid = article_fts.rowid WHERE article_fts MATCH '"storm"' ORDER BY score, a.path LIMIT 10
                    """).map { "\($0[0] as String) \((-($0[1] as Double)).bitPattern)" }
            }
            #expect(results.articles.map { "\($0.article.id) \($0.score.bitPattern)" } == expected, "\(label)")
        }
        try check("first")
        // The best match made much longer: its score falls, and its length must be the new one.
        let best = try #require(try corpus.search("storm", limit: 1, asYouType: false).articles.first)
        let name = try #require(try corpus.read { db in
            try String.fetchOne(db, sql: "SELECT path FROM articles WHERE id = ?", arguments: [best.article.id])
        })
        let text = try String(contentsOf: folder.root.appendingPathComponent(name), encoding: .utf8)
        try folder.write(name, text + "\n" + Array(repeating: "rain over the bay", count: 40).joined(separator: " ") + ".\n")
        corpus = try folder.synced().corpus
        try check("after the edit")
    }
}
