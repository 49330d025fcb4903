import Foundation
import GRDB
import Testing
@testable import EventIndex

@Suite("A ranking that leaves out rows that cannot make the page")
struct BoundedBM25Tests {
    /// Sixty articles of different lengths using the words different numbers of times, in title and body.
    private func corpus() throws -> IndexedCorpus {
        let folder = try TempCorpus()
        try folder.seededWordArticles(seed: 7)
        return try folder.synced().corpus
    }

    private let queries = ["\"storm\"", "\"sto\" *", "\"storm came\"", "\"storm\" AND \"bay\"", "(\"storm\" OR \"rain\")",
                           "(\"bay\") NOT (\"rain\")", "title : \"storm\"", "\"the\" AND \"st\" *"]

    @Test("with nothing to leave out it gives bm25()'s score for every row, bit for bit")
    func sameScores() throws {
        let corpus = try corpus()
        try corpus.read { db in
            for query in queries {
                let rows = try Row.fetchAll(db, sql: """
                    SELECT rowid, bm25(article_fts, \(IndexSchema.articleWeights)), \(ArticleRanking.boundedScore)
                    FROM article_fts WHERE article_fts MATCH ?
                    """, arguments: [0, false, nil, query])
                #expect(!rows.isEmpty, "\(query)")
                for row in rows {
                    let plain: Double = row[1], bounded: Double = row[2]
                    #expect(plain.bitPattern == bounded.bitPattern, "\(query) row \(row[0] as Int64)")
                }
            }
        }
    }

    @Test("the best k rows and their scores are bm25()'s best k, for any k")
    func sameBest() throws {
        let corpus = try corpus()
        try corpus.read { db in
            for query in queries {
                for keep in [1, 2, 5, 9, 20, 100] {
                    let plain = try Row.fetchAll(db, sql: """
                        SELECT rowid, bm25(article_fts, \(IndexSchema.articleWeights)) AS score FROM article_fts
                        WHERE article_fts MATCH ? ORDER BY score LIMIT ?
                        """, arguments: [query, keep]).map { (rowid: $0[0] as Int64, score: $0[1] as Double) }
                    let bounded = try Row.fetchAll(db, sql: """
                        SELECT rowid, \(ArticleRanking.boundedScore) AS score FROM article_fts
                        WHERE article_fts MATCH ? ORDER BY score LIMIT ?
                        """, arguments: [keep, false, nil, query, keep]).map { (rowid: $0[0] as Int64, score: $0[1] as Double) }
                    #expect(plain.map(\.score) == bounded.map(\.score), "\(query) k=\(keep)")
                    // Equal scores may come in either order; rows scoring better than the last one are the same rows.
                    if let last = plain.last?.score {
                        #expect(Set(plain.filter { $0.score < last }.map(\.rowid)) == Set(bounded.filter { $0.score < last }.map(\.rowid)),
                                "\(query) k=\(keep)")
                    }
                }
            }
        }
    }

    @Test("a phrase alone, walked once, ranks as bm25() ranks it: the same rows, scores bit for bit, ties by path")
    func onePhrase() throws {
        let corpus = try corpus()
        try corpus.read { db in
            for query in queries {
                for limit in [1, 3, 10, 40] {
                    let expected = try Row.fetchAll(db, sql: """
                        SELECT article_fts.rowid, bm25(article_fts, \(IndexSchema.articleWeights)) AS score FROM article_fts
                        JOIN articles a ON a.rowid = article_fts.rowid
                        WHERE article_fts MATCH ? ORDER BY score, a.path LIMIT ?
                        """, arguments: [query, limit]).map { "\($0[0] as Int64) \(($0[1] as Double).bitPattern)" }
                    for onePhrase in [false, true] where !onePhrase || !query.contains(" AND ") && !query.contains(" OR ") && !query.contains(" NOT ") {
                        let ranked = try ArticleRanking.top(db, ArticleRanking.Query(
                            source: "article_fts", conditions: "article_fts MATCH ?", arguments: [query], onePhrase: onePhrase), limit: limit)
                        #expect(ranked.map { "\($0.rowid) \($0.score.bitPattern)" } == expected, "\(query) limit \(limit) one phrase \(onePhrase)")
                    }
                }
            }
        }
    }

    @Test("a word or a prefix whose matches the function walks itself ranks as a statement per match does: rows, scores bit for bit, ties by path")
    func walked() throws {
        let corpus = try corpus()
        try corpus.read { db in
            for query in ["\"storm\"", "\"st\" *", "\"sto\" *", "\"the\"", "\"bay\"", "\"nowhere\""] {
                for limit in [1, 3, 10, 40] {
                    let statement = ArticleRanking.Query(source: "article_fts", conditions: "article_fts MATCH ?", arguments: [query], onePhrase: true)
                    var walked = statement
                    walked.walked = query
                    let expected = try ArticleRanking.top(db, statement, limit: limit).map { "\($0.rowid) \($0.score.bitPattern)" }
                    #expect(try ArticleRanking.top(db, walked, limit: limit).map { "\($0.rowid) \($0.score.bitPattern)" } == expected,
                            "\(query) limit \(limit)")
                    #expect(query.contains("nowhere") == expected.isEmpty, "\(query)")
                    // The walk itself answered (a query with no match has no row to call it on).
                    #expect(try (BoundedBM25.walk(db, match: query, keep: limit) != nil) == !expected.isEmpty, "\(query)")
                }
            }
        }
    }

    @Test("rows filtered by a bitmap rank as the same rows filtered in SQL: the same rows, scores bit for bit, ties by path")
    func filteredRows() throws {
        let corpus = try corpus()
        try corpus.read { db in
            let count = try Int64.fetchOne(db, sql: "SELECT max(rowid) FROM articles") ?? 0
            // Every third row, a run at the start, one row, and none.
            let sets: [[Int64]] = [Array(stride(from: 1, through: count, by: 3)), Array(1...min(count, 7)), [count], []]
            for rows in sets {
                var bits = [UInt8](repeating: 0, count: Int(count / 8) + 1)
                for rowid in rows { bits[Int(rowid / 8)] |= 1 << UInt8(rowid % 8) }
                for query in queries {
                    for limit in [1, 3, 10, 40] {
                        let exact = ArticleRanking.Query(
                            source: "article_fts", conditions: "article_fts MATCH ? AND +article_fts.rowid IN (SELECT value FROM json_each(?))",
                            arguments: [query, RowList.json(rows)])
                        let expected = try ArticleRanking.top(db, exact, limit: limit).map { "\($0.rowid) \($0.score.bitPattern)" }
                        for onePhrase in [false, true] where !onePhrase || !query.contains(" AND ") && !query.contains(" OR ") && !query.contains(" NOT ") {
                            let broader = ArticleRanking.Query(source: "article_fts", conditions: "article_fts MATCH ?", arguments: [query],
                                                               onePhrase: onePhrase)
                            let filtered = try ArticleRanking.top(db, exact, limit: limit, filter: .init(broader: broader, rows: Data(bits)))
                            #expect(filtered.map { "\($0.rowid) \($0.score.bitPattern)" } == expected,
                                    "\(query) limit \(limit) rows \(rows.count) one phrase \(onePhrase)")
                        }
                    }
                }
            }
        }
    }

    @Test("rows that cannot be among the best k are left out, scored last")
    func leavesOut() throws {
        let corpus = try corpus()
        let pruned = try corpus.read { db in
            try Int.fetchOne(db, sql: """
                SELECT count(*) FROM article_fts WHERE article_fts MATCH ? AND \(ArticleRanking.boundedScore) = ?
                """, arguments: ["\"the\"", 1, false, nil, BoundedBM25.pruned]) ?? 0
        }
        #expect(pruned > 0)
    }
}
