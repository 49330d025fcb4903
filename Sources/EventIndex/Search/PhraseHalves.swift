import Foundation
import GRDB

/// A lone phrase ranked over the two halves of the rowids at once, the second half on a connection of
/// its own, on another thread.
///
/// FTS5 finds a phrase by comparing the positions of its words in every row that has all of them:
/// `"by was"` is two words found in 82,619 of 100,000 articles, for 1,752 matches, and that walk alone is
/// 10 to 13 ms of processor time in the `sqlite3` shell; no order of the work over FTS5's lists avoids it.
/// Over a rowid range FTS5 walks that range only, so each half costs half. The best rows of the whole are
/// among the best of each half, and the phrase's count (its IDF) is the sum of the halves' counts: the
/// page is the one a single walk gives, scores bit for bit. The two connections must see the same index:
/// each reads the search index's structure and averages records, which every write changes, and a
/// difference means the walk is done in one piece.
enum PhraseHalves {
    /// Rowids from which a phrase is split: under this the whole walk takes a few milliseconds.
    static let minimumRows: Int64 = 20_000

    /// The best `count` rows of `query` (one phrase alone, see ``ArticleRanking/Query/onePhrase``) by score,
    /// in any order among equal scores; nil when the index is too small to split or the halves could not be
    /// read from the same index.
    static func best(_ db: Database, _ query: ArticleRanking.Query, _ count: Int, path: String,
                     minimumRows: Int64 = minimumRows) throws -> [ArticleRanking.Ranked]? {
        let last = try Int64.fetchOne(db.cachedStatement(sql: "SELECT max(rowid) FROM articles")) ?? 0
        guard query.onePhrase, last >= minimumRows else { return nil }
        let middle = last / 2
        let stamp = try Self.stamp(db)
        let other = Other()
        guard let helper = try? Helpers.shared.connection(path) else { return nil }
        DispatchQueue.global(qos: .userInitiated).async {
            other.result = Result {
                try helper.read { db -> Half? in
                    guard try Self.stamp(db) == stamp else { return nil }
                    BoundedBM25.use((try? RowLengths.of(db, path: path)) ?? nil, on: db)
                    defer { BoundedBM25.use(nil, on: db) }
                    return try half(db, query, count, above: true, middle)
                }
            }
            other.done.signal()
        }
        let result = Result { try half(db, query, count, above: false, middle) }
        other.done.wait()
        let mine = try result.get()
        // The other connection failing, or reading another index (a file replaced), leaves the walk to this one.
        guard let theirs = (try? other.result.get()) ?? nil else {
            Helpers.shared.drop(path)
            return nil
        }
        // A half without a match never called the function, and counted no rows of the table either.
        let matches = mine.matches + theirs.matches, rows = max(mine.rows, theirs.rows)
        guard matches > 0 else { return [] }
        return (mine.x + theirs.x)
            .map { ArticleRanking.Ranked(rowid: $0.rowid, score: BoundedBM25.score(x: $0.x, matches: matches, rows: rows)) }
            .sorted { $0.score < $1.score }
            .prefix(count).map { $0 }
    }

    /// One half's best rows by `x` (the score without the IDF), its matches and the rows of the table.
    private struct Half {
        var x: [(rowid: Int64, x: Double)]
        var matches: Int64
        var rows: Int64
    }

    private static func half(_ db: Database, _ query: ArticleRanking.Query, _ count: Int, above: Bool, _ middle: Int64) throws -> Half {
        let rows = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT article_fts.rowid, \(ArticleRanking.boundedScore) AS score FROM \(query.source)
            WHERE \(query.conditions) AND article_fts.rowid \(above ? ">" : "<=") ? ORDER BY score LIMIT ?
            """), arguments: [count, true, nil] + query.arguments + [middle, count])
            .filter { ($0[1] as Double) != BoundedBM25.pruned }
            .map { (rowid: $0[0] as Int64, x: -($0[1] as Double)) }
        let counted = try BoundedBM25.matches(db)
        return Half(x: rows, matches: counted.matches, rows: counted.rows)
    }

    /// What every write of the article search index changes: its averages and structure records.
    private static func stamp(_ db: Database) throws -> [Data] {
        try Data.fetchAll(db.cachedStatement(sql: "SELECT block FROM article_fts_data WHERE id IN (1, 10) ORDER BY id"))
    }

    /// The other half's answer, handed from the thread that read it.
    private final class Other: @unchecked Sendable {
        var result: Result<Half?, Error> = .success(nil)
        let done = DispatchSemaphore(value: 0)
    }

    /// One read-only connection per index file for the second half, opened on first use.
    private final class Helpers: @unchecked Sendable {
        static let shared = Helpers()
        private let lock = NSLock()
        private var connections: [String: DatabaseQueue] = [:]

        func connection(_ path: String) throws -> DatabaseQueue {
            try lock.withLock {
                if let open = connections[path] { return open }
                var configuration = Configuration()
                configuration.readonly = true
                configuration.busyMode = .timeout(30)
                configuration.prepareDatabase { BoundedBM25.register($0) }
                let queue = try DatabaseQueue(path: path, configuration: configuration)
                connections[path] = queue
                return queue
            }
        }

        func drop(_ path: String) {
            lock.withLock { _ = connections.removeValue(forKey: path) }
        }
    }
}
