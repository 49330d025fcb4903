import GRDB

/// The merges of a full-text index during a large sync, paced so that the write-ahead log stays small.
///
/// FTS5 merges its segments as it goes (`automerge`), inside the transaction whose insert set them off:
/// the merge of a whole level then lands in one commit, and a level is larger the larger the corpus (at
/// 100,000 articles the log reached 169 MB in one transaction of 2,000 articles). While a chunked sync
/// writes `article_fts` (a first load) or `entity_sentences` (every article linked again), those merges
/// are turned off; after each commit they run as `merge` commands of at most ``mergePages`` pages, each
/// committed on its own, until none is due; at the end FTS5's own are turned on again.
extension IndexUpdate {
    /// Pages of merged segments written by one `merge` command: about 16 MB of log.
    static let mergePages = 2_000

    /// Bytes of new postings FTS5 gathers in memory before it writes them as a segment while a chunked
    /// sync writes `table`. With FTS5's default, 1 MB, a load wrote a small segment every few dozen
    /// articles and merged most postings into larger ones three or four times over; gathered up to a
    /// commit, they are written as a few large segments and merged less (the sqlite3 shell's rebuild of
    /// 10,000 articles' `article_fts`: 2.43 s of CPU with 1 MB, 1.71 with 8 MB, 1.49 with 32 MB).
    static let loadHashSize = 16 << 20
    /// FTS5's own default, given back at the end.
    static let defaultHashSize = 1 << 20

    /// Turns FTS5's own merges of `table` off, and lets it gather ``loadHashSize`` bytes of postings.
    func holdMerges(_ table: String) throws {
        guard chunked else { return }
        try db.execute(sql: """
            INSERT INTO \(table)(\(table), rank) VALUES ('automerge', 0);
            INSERT INTO \(table)(\(table), rank) VALUES ('hashsize', \(Self.loadHashSize));
            """)
    }

    /// Runs the merges of `table` that are due, each in a transaction of its own.
    mutating func runMerges(_ table: String) throws {
        guard chunked else { return }
        while true {
            let before = db.totalChangesCount
            try db.execute(sql: "INSERT INTO \(table)(\(table), rank) VALUES ('merge', \(Self.mergePages))")
            try commitNow()
            // A `merge` that found nothing to do changes at most one row (the structure record).
            if db.totalChangesCount - before < 2 { break }
        }
    }

    /// Runs what is due, then gives the merges of `table` back to FTS5 (its default `automerge`, 4) and
    /// its default hash size.
    mutating func releaseMerges(_ table: String) throws {
        guard chunked else { return }
        try runMerges(table)
        try db.execute(sql: """
            INSERT INTO \(table)(\(table), rank) VALUES ('automerge', 4);
            INSERT INTO \(table)(\(table), rank) VALUES ('hashsize', \(Self.defaultHashSize));
            """)
    }
}
