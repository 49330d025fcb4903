import Foundation
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

    /// The same score for the rows that can be among the best `?` (bound first), a worse one for the
    /// others (``BoundedBM25``): for `ORDER BY … LIMIT` of that many rows. The second `?` says whether the
    /// match is one phrase alone (see ``Query/onePhrase``), the third is the rows it may score (a bitmap,
    /// see ``RowFilter``) or NULL for all.
    static let boundedScore = "\(BoundedBM25.name)(article_fts, ?, ?, ?, \(IndexSchema.articleWeights))"

    struct Ranked {
        var rowid: Int64
        var score: Double
        /// What ``EarlySnippets/column`` gave the row in the ranking's statement, nil when it cut none for it.
        var early: String? = nil
    }

    /// `SELECT … FROM source WHERE conditions`, where `source` starts with `article_fts` and `arguments`
    /// bind `conditions`.
    struct Query {
        var source: String
        var conditions: String
        var arguments: StatementArguments
        /// The conditions are a MATCH of one phrase and nothing else: every row the ranking scores is a
        /// match of that phrase, so their count is its IDF's, and the phrase is walked once instead of twice.
        var onePhrase = false
        /// The match alone, when it is one word or one prefix with its own list and nothing else filters
        /// its rows: the ranking function then walks its matches itself (``BoundedBM25/walkName``).
        var walked: String? = nil
        /// The index file's path, when the match is one phrase alone and nothing else filters it: its walk
        /// may be split in two (``PhraseHalves``).
        var split: String? = nil
        /// The phrase's text and the index file's path, when the match is one phrase alone, in every column,
        /// and nothing else filters it: two or three of the commonest words are ranked from their stored postings
        /// (``PhrasePairRanking``).
        var pairPhrase: (text: String, path: String)? = nil
        /// The rows, among the first the ranking's statement reads, whose snippets it cuts as it reads them
        /// (``EarlySnippets``); 0 for none.
        var earlySnippets = 0
    }

    /// A condition of the query tested inside the ranking, with a bit per row, instead of in SQL: worth it
    /// when the condition costs a look-up per match and keeps a fair share of them (an open date range:
    /// half the corpus has a date, a look-up reads the wide article row). A match it leaves out is left
    /// out before its instances are read.
    struct RowFilter {
        /// The query without the condition.
        var broader: Query
        /// The rows that pass the condition: bit `rowid % 8` of byte `rowid / 8`.
        var rows: Data
    }

    /// The best `limit` rows of `query`; with `filter`, the same rows, ranked by its broader query with the
    /// filter's rows (`query` is then read only for the other rows of a tie at the end of the page).
    static func top(_ db: Database, _ query: Query, limit: Int, filter: RowFilter? = nil) throws -> [Ranked] {
        var matches: Int64?
        return try top(db, query, limit: limit, filter: filter, matches: &matches)
    }

    /// ``top(_:_:limit:filter:)``, and in `matches` how many rows match when the ranking counted them (one
    /// phrase alone, not split), nil otherwise.
    static func top(_ db: Database, _ query: Query, limit: Int, filter: RowFilter?, matches: inout Int64?) throws -> [Ranked] {
        // A window of twice the page: a run of equal scores across the end of the page (copies of a story,
        // or articles of the same length that use the word as often) usually ends inside it.
        let window = window(limit)
        let ranked = try filter.map { try best(db, $0.broader, window, rows: $0.rows, matches: &matches) }
            ?? best(db, query, window, matches: &matches)
        return try settle(db, query, ranked: ranked, limit: limit)
    }

    /// The rows read to choose a page of `limit`: twice the page, and one more.
    static func window(_ limit: Int) -> Int { 2 * limit + 1 }

    /// The page of `limit` rows, equal scores in path order, from `ranked`: the best ``window(_:)`` rows of
    /// `query` by score in any order, or every row when fewer match.
    static func settle(_ db: Database, _ query: Query, ranked: [Ranked], limit: Int) throws -> [Ranked] {
        let window = window(limit)
        let source = query.source, conditions = query.conditions, arguments = query.arguments
        var ranked = ranked.sorted { $0.score < $1.score }
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

    /// The best `count` rows of `query` by score, in no particular order among equal scores; with `rows`,
    /// of those rows only.
    private static func best(_ db: Database, _ query: Query, _ count: Int, rows filter: Data? = nil, matches: inout Int64?) throws -> [Ranked] {
        if filter == nil, let match = query.walked, let walk = try BoundedBM25.walk(db, match: match, keep: count) {
            matches = walk.matches
            guard walk.total > 0 else { return [] }
            return walk.rows.map { Ranked(rowid: $0.rowid, score: BoundedBM25.score(x: $0.x, matches: walk.matches, rows: walk.total)) }
                .sorted { $0.score < $1.score }
        }
        if filter == nil, let phrase = query.pairPhrase,
           let rows = try PhrasePairRanking.best(db, phrase: phrase.text, count, path: phrase.path, matches: &matches) { return rows }
        if filter == nil, let path = query.split, let rows = try PhraseHalves.best(db, query, count, path: path) { return rows }
        let early = query.earlySnippets > 0 && filter == nil
        let rows = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT article_fts.rowid, \(boundedScore) AS score\(early ? ", " + EarlySnippets.column : "") FROM \(query.source)
            WHERE \(query.conditions) ORDER BY score LIMIT ?
            """), arguments: [count, query.onePhrase, filter] + (early ? [query.earlySnippets] : []) + query.arguments + [count])
            .map { Ranked(rowid: $0[0], score: $0[1], early: early ? $0[2] : nil) }
            // With fewer rows in the filter than asked for, rows it left out fill the rest.
            .filter { $0.score != BoundedBM25.pruned }
        guard query.onePhrase else { return rows }
        // Each score is -x; the IDF comes from the rows the function counted.
        let counted = try BoundedBM25.matches(db)
        guard counted.rows > 0 else { return rows }
        matches = counted.matches
        return rows.map { Ranked(rowid: $0.rowid, score: BoundedBM25.score(x: -$0.score, matches: counted.matches, rows: counted.rows)) }
    }
}
