import EventModel
import Foundation
import GRDB
import GRDBSQLite

/// The page of a query as you type, with nothing but the match to filter it, read in one statement.
///
/// As you type, a query that matches more than a bound lists its newest matches, otherwise its best by
/// BM25. That took a count up to the bound, then the newest page or the ranking, then the ranked page's
/// snippets: three statements, each of which sets the match up, and a prefix without its own list
/// (`plia`, `deta foun`) is a merge of the lists of every word it begins at each setup (3 to 5 ms at
/// 100,000 articles). One statement now walks the matches newest first, up to one more than the bound:
/// each gets ``BoundedBM25``'s score (the first rows are always scored in full, since the best kept are
/// not yet complete, and they are the newest), and the first `limit` rows their snippet. Past the bound
/// those rows are the page; otherwise the rows the ranking kept are, in ``ArticleRanking``'s order.
enum TypedPage {
    /// The page and the snippets read with it (of the newest rows; the caller reads any other).
    struct Page {
        var rows: [ArticleRanking.Ranked]
        var snippets: [Int64: SearchSnippet]
    }

    /// The newest `limit` matches of `query` when more than `bound` match, else its best `limit`.
    static func read(_ db: Database, _ query: ArticleRanking.Query, search: SearchQuery, limit: Int, bound: Int) throws -> Page {
        let window = ArticleRanking.window(limit)
        let cursor = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT article_fts.rowid, \(ArticleRanking.boundedScore),
                CASE WHEN \(ordinalName)(article_fts) <= ? THEN \(SearchSnippets.column) END
            FROM \(query.source) WHERE \(query.conditions) ORDER BY article_fts.rowid DESC LIMIT ?
            """), arguments: [window, false, nil, limit] + query.arguments + [bound + 1])
        var newest: [Row] = []
        var kept: [ArticleRanking.Ranked] = []
        var count = 0
        while let row = try cursor.next() {
            count += 1
            let score: Double = row[1]
            if count <= limit { newest.append(row.copy()) }
            if score != BoundedBM25.pruned { kept.append(ArticleRanking.Ranked(rowid: row[0], score: score)) }
        }
        let snippets = try SearchSnippets.of(db, rows: newest, column: 2, query: search)
        if count > bound {
            return Page(rows: newest.map { ArticleRanking.Ranked(rowid: $0[0], score: $0[1]) }, snippets: snippets)
        }
        // The best `window` of the rows kept are those `ORDER BY score LIMIT window` gives.
        let best = Array(kept.sorted { $0.score < $1.score }.prefix(window))
        return Page(rows: try ArticleRanking.settle(db, query, ranked: best, limit: limit), snippets: snippets)
    }

    /// `evex_ordinal(article_fts)`: the place of the current row among the rows its statement has read,
    /// from 1; for a condition on the rows read first (their snippets) in a statement that reads more.
    static let ordinalName = "evex_ordinal"

    /// Registers ``ordinalName`` on a connection.
    static func register(_ db: Database) {
        let api = FTS5.api(db)
        _ = api.pointee.xCreateFunction(UnsafeMutablePointer(mutating: api), ordinalName, nil, { api, fts, context, _, _ in
            guard let api, let fts else { return }
            TypedPage.ordinal(api, fts, context)
        }, nil)
    }

    private static func ordinal(_ api: UnsafePointer<Fts5ExtensionApi>, _ fts: OpaquePointer, _ context: OpaquePointer?) {
        // Per statement: the rows counted and the last rowid, so that two calls on one row count it once.
        let state: UnsafeMutablePointer<Int64>
        if let saved = api.pointee.xGetAuxdata(fts, 0) {
            state = saved.assumingMemoryBound(to: Int64.self)
        } else {
            state = .allocate(capacity: 2)
            state.initialize(repeating: 0, count: 2)
            guard api.pointee.xSetAuxdata(fts, state, { $0?.assumingMemoryBound(to: Int64.self).deallocate() }) == SQLITE_OK else {
                return sqlite3_result_error_code(context, SQLITE_ERROR)
            }
        }
        let rowid = api.pointee.xRowid(fts)
        if state[0] == 0 || state[1] != rowid {
            state[0] += 1
            state[1] = rowid
        }
        sqlite3_result_int64(context, state[0])
    }
}
