import GRDB

/// The article search index of a first load, written while the articles are linked instead of as they are stored.
///
/// Reading and storing the files keeps the writing thread busy while the workers parse, and linking keeps
/// the workers busy while the writing thread mostly waits; every article is read back for linking anyway.
/// So a first load drops `article_fts`'s triggers, and linking writes each article's search row from the
/// row it read, on the writing thread, while the workers analyse the next chunk. The rows and their
/// merges are FTS5's as before: the index answers the same.
extension IndexUpdate {
    /// Drops the triggers that write `article_fts` as articles are stored; ``restoreArticleSearch(written:)``
    /// writes what they would have and creates them again.
    mutating func deferArticleSearch() throws {
        for trigger in IndexSchema.articleSearchTriggers {
            try db.execute(sql: "DROP TRIGGER IF EXISTS \(trigger.name)")
        }
        searchDeferred = true
    }

    /// Writes one article's row of `article_fts`, as the insert trigger would have.
    func insertSearchRow(rowid: Int64, title: String, text: String) throws {
        try db.cachedStatement(sql: "INSERT INTO article_fts(rowid, title, text) VALUES (?, ?, ?)")
            .execute(arguments: [rowid, title, text])
    }

    /// Ends a deferral: unless linking wrote every article's search row (`written`), writes them all from
    /// the stored rows; creates the triggers again and gives FTS5 its merges back.
    mutating func restoreArticleSearch(written: Bool) throws {
        guard searchDeferred else { return }
        searchDeferred = false
        if !written {
            try db.execute(sql: "INSERT INTO article_fts(rowid, title, text) SELECT rowid, title, text FROM articles ORDER BY rowid")
        }
        for trigger in IndexSchema.articleSearchTriggers { try db.execute(sql: trigger.sql) }
        try releaseMerges("article_fts")
    }
}
