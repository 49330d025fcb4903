import EventModel
import Foundation
import GRDB
import GRDBSQLite

/// The page of a query as you type that has a prefix without its own list, with nothing but the match to
/// filter it, read in one statement.
///
/// As you type, a query that matches more than a bound lists its newest matches, otherwise its best by
/// BM25. That took a count up to the bound, then the newest page or the ranking, then the ranked page's
/// snippets: three statements, each of which sets the match up, and a prefix without its own list
/// (`plia`, `deta foun`) is a merge of the lists of every word it begins at each setup (3 to 5 ms at
/// 100,000 articles). One statement now walks the matches newest first, up to one more than the bound:
/// each gets ``BoundedBM25``'s score (the first rows are always scored in full, since the best kept are
/// not yet complete, and they are the newest) and the first `limit` rows their snippets. Past the bound
/// those rows are the page; otherwise the rows the ranking kept are, in ``ArticleRanking``'s order, and
/// only those of them the walk did not cut are read again (twenty snippets cost less than a merge). A word
/// or a prefix with its own list is set up with a seek: the count that stops at the bound costs less than
/// scoring every row up to it, and those keep the three statements.
enum TypedPage {
    /// The page and the snippets read with it (of the newest rows; the caller reads any other).
    struct Page {
        var rows: [ArticleRanking.Ranked]
        var snippets: [Int64: SearchSnippet]
        /// How many rows match, nil when not known (past the bound, more than one phrase).
        var matches: Int64?
    }

    /// The newest `limit` matches of `query` when more than `bound` match, else its best `limit`.
    static func read(_ db: Database, _ query: ArticleRanking.Query, search: SearchQuery, limit: Int, bound: Int) throws -> Page {
        let window = ArticleRanking.window(limit)
        let cursor = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT article_fts.rowid, \(ArticleRanking.boundedScore),
                CASE WHEN \(ordinalName)(article_fts) <= ? THEN \(SearchSnippets.column) END
            FROM \(query.source) WHERE \(query.conditions) ORDER BY article_fts.rowid DESC LIMIT ?
            """), arguments: [window, query.onePhrase, nil, limit] + query.arguments + [bound + 1])
        var newest: [ArticleRanking.Ranked] = []
        var newestRows: [Row] = []
        var kept: [ArticleRanking.Ranked] = []
        var count = 0
        while let row = try cursor.next() {
            count += 1
            let ranked = ArticleRanking.Ranked(rowid: row[0], score: row[1])
            if count <= limit {
                newest.append(ranked)
                newestRows.append(row.copy())
            }
            if ranked.score != BoundedBM25.pruned { kept.append(ranked) }
        }
        let snippets = try SearchSnippets.of(db, rows: newestRows, column: 2, query: search)
        // One phrase alone: each score is -x, the IDF the rows counted, which are all of them under the bound
        // (past it, they are counted apart, as bm25() would count them).
        if query.onePhrase {
            let counted = try BoundedBM25.matches(db)
            let matches = try count > bound
                ? Int64.fetchOne(db.cachedStatement(sql: "SELECT count(*) FROM \(query.source) WHERE \(query.conditions)"),
                                 arguments: query.arguments) ?? 0
                : counted.matches
            func scored(_ rows: [ArticleRanking.Ranked]) -> [ArticleRanking.Ranked] {
                rows.map { ArticleRanking.Ranked(rowid: $0.rowid, score: BoundedBM25.score(x: -$0.score, matches: matches, rows: counted.rows)) }
            }
            (newest, kept) = (scored(newest), scored(kept))
        }
        if count > bound { return Page(rows: newest, snippets: snippets, matches: nil) }
        // The best `window` of the rows kept are those `ORDER BY score LIMIT window` gives.
        let best = Array(kept.sorted { $0.score < $1.score }.prefix(window))
        return Page(rows: try ArticleRanking.settle(db, query, ranked: best, limit: limit), snippets: snippets, matches: Int64(count))
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
        guard let ordinal = FTS5RowOrdinal.next(api, fts, context) else { return }
        sqlite3_result_int64(context, ordinal)
    }
}
