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

    /// Turns FTS5's own merges of `table` off.
    func holdMerges(_ table: String) throws {
        guard chunked else { return }
        try db.execute(sql: "INSERT INTO \(table)(\(table), rank) VALUES ('automerge', 0)")
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

    /// Runs what is due, then gives the merges of `table` back to FTS5 (its default `automerge`, 4).
    mutating func releaseMerges(_ table: String) throws {
        guard chunked else { return }
        try runMerges(table)
        try db.execute(sql: "INSERT INTO \(table)(\(table), rank) VALUES ('automerge', 4)")
    }
}
