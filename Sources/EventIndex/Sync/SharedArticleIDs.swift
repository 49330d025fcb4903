import GRDB

/// How many articles share their id with another, kept in `meta` (`shared_ids`).
///
/// Evidence is a sentence of an article by id, so two sources can state the same evidence only when two
/// articles share an id (a file copied, say); the tallies of `relation_keys` count evidence within each
/// source, and a page of ties trusts them only while no id is shared (``TieOutline``).
enum SharedArticleIDs {
    /// Counts the article of `rowid` in (`delta` 1, after its row is written) or out (-1, before its
    /// row is deleted): it joins or leaves the sharers of its id, and the one it shared with alone
    /// joins or leaves with it. Needs the articles' index by id.
    static func count(_ db: Database, article rowid: Int64, id: String, delta: Int) throws {
        let others = try Int.fetchOne(db.cachedStatement(sql: "SELECT count(*) FROM articles WHERE id = ? AND rowid <> ?"),
                                      arguments: [id, rowid]) ?? 0
        guard others > 0 else { return }
        try db.cachedStatement(sql: "UPDATE meta SET value = CAST(value AS INTEGER) + ? WHERE key = 'shared_ids'")
            .execute(arguments: [delta * (others == 1 ? 2 : 1)])
    }

    /// Counts them all again: after a first load, which writes articles before their index by id.
    static func recount(_ db: Database) throws {
        try db.execute(sql: """
            INSERT OR REPLACE INTO meta(key, value) VALUES ('shared_ids', CAST((
                SELECT count(*) FROM articles WHERE id IN (SELECT id FROM articles GROUP BY id HAVING count(*) > 1)) AS TEXT))
            """)
    }

    /// Whether any two articles share an id.
    static func any(_ db: Database) throws -> Bool {
        try (Int.fetchOne(db.cachedStatement(sql: "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'shared_ids'")) ?? 0) != 0
    }
}
