import GRDB

/// The best matches of an article query by BM25, equal scores in path order, exactly as
/// `ORDER BY score, path LIMIT k` would give them, at the cost of the scores alone.
///
/// `ORDER BY score LIMIT k` lets SQLite keep the best k rows in a bounded sorter as it scans the
/// matches. A second sort key read per match (the path is a look-up in `articles`) would cost a
/// B-tree search for every match, and FTS5's own `ORDER BY rank` sorts every match before the first
/// row comes back; both took longer than scoring. Ties are settled apart: a window of twice the page is
/// read, ties inside it are ordered by path, and only when the page's last score runs to the end of the
/// window are the other matches of that score read (by score, not by a sort) to choose by path.
enum ArticleRanking {
    /// The score of the current match; lower is better, as FTS5's `rank`.
    static let score = "bm25(article_fts, \(IndexSchema.articleWeights))"

    struct Ranked {
        var rowid: Int64
        var score: Double
    }

    /// The best `limit` rows of `SELECT … FROM source WHERE conditions`, where `source` starts with
    /// `article_fts` and `arguments` bind `conditions`.
    static func top(_ db: Database, source: String, conditions: String, arguments: StatementArguments, limit: Int) throws -> [Ranked] {
        // A window of twice the page: a run of equal scores across the end of the page (copies of a story,
        // or articles of the same length that use the word as often) usually ends inside it.
        let window = 2 * limit + 1
        let rows = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT article_fts.rowid, \(score) AS score FROM \(source) WHERE \(conditions) ORDER BY score LIMIT ?
            """), arguments: arguments + [window])
        var ranked = rows.map { Ranked(rowid: $0[0], score: $0[1]) }
        guard !ranked.isEmpty else { return [] }
        var paths: [Int64: [UInt8]] = [:]
        if ranked.count > limit {
            let last = ranked[limit - 1].score
            if ranked.count == window && ranked[window - 1].score == last {
                // The run of the page's last score goes past the window: which of them the page shows is up
                // to their paths, so all of them are read.
                ranked.removeAll { $0.score == last }
                let tied = try Row.fetchAll(db.cachedStatement(sql: """
                    SELECT article_fts.rowid, (SELECT path FROM articles WHERE rowid = article_fts.rowid)
                    FROM \(source) WHERE \(conditions) AND \(score) = ?
                    """), arguments: arguments + [last])
                for row in tied {
                    let rowid: Int64 = row[0]
                    paths[rowid] = Array((row[1] as String).utf8)
                    ranked.append(Ranked(rowid: rowid, score: last))
                }
            } else {
                ranked.removeAll { $0.score > last }
            }
        }
        let missing = ranked.map(\.rowid).filter { paths[$0] == nil }
        if !missing.isEmpty {
            for row in try Row.fetchAll(db.cachedStatement(sql: """
                SELECT rowid, path FROM articles WHERE rowid IN (SELECT value FROM json_each(?))
                """), arguments: [RowList.json(missing)]) {
                paths[row[0]] = Array((row[1] as String).utf8)
            }
        }
        // SQLite compares text byte by byte (BINARY), which is how the paths are compared here.
        ranked.sort { left, right in
            if left.score != right.score { return left.score < right.score }
            return (paths[left.rowid] ?? []).lexicographicallyPrecedes(paths[right.rowid] ?? [])
        }
        return Array(ranked.prefix(limit))
    }
}
