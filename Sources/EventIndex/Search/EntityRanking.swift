import EventModel
import Foundation
import GRDB

/// The entities of a word query whose match names many of them (a short prefix as you type), in the
/// order of ``IndexedCorpus/search(_:limit:asYouType:)``, read through the index on mentions.
///
/// That order is: a name or alias equal to the words typed, then one that begins with them, then the
/// rest; in each group the most mentioned first, then by relevance, name and id. Ranking every match
/// looked up each one's row and relevance and sorted them all: `br` names 4,620 entities at 100,000
/// articles, 8 to 10 ms of a 13 ms keystroke. A page needs the most mentioned of each group, which the
/// index on mentions gives in order: it is read until the page and the run of equal mentions at its end
/// are complete, and only those entities are looked up and ranked.
enum EntityRanking {
    /// Matches up to which ranking them all costs less than the walk of the index and the sets it needs.
    static let manyMatches = 500

    /// The words typed, folded, as an alias equal to them or beginning with them is compared.
    static func typed(_ query: SearchQuery) -> String {
        TextFolding.key(query.clauses.compactMap { clause -> String? in
            if case .term(let term) = clause { return term.text }
            return nil
        }.joined(separator: " "))
    }

    /// The page, or nil when the match names `threshold` entities or fewer. With `memory` (the index's
    /// ``EntityTerms`` and the query's terms, which `match` must be the FTS5 form of), the match's entities and
    /// the most mentioned of each group are found in memory; the page is the same.
    static func page(_ db: Database, match: String, typed: String, limit: Int, threshold: Int = manyMatches,
                     memory: (() throws -> (table: EntityTerms, terms: [EntityTerms.Term])?)? = nil) throws -> [EntitySummary]? {
        let count = try Int.fetchOne(db.cachedStatement(sql: """
            SELECT count(*) FROM (SELECT rowid FROM entity_fts WHERE entity_fts MATCH ? LIMIT ?)
            """), arguments: [match, threshold + 1]) ?? 0
        guard count > threshold else { return nil }
        // Memory is a faster way to the same page: a table that cannot be read leaves the page to FTS5.
        if let (table, terms) = (try? memory?()) ?? nil {
            let matched = table.matching(terms)
            // A table that finds fewer than FTS5 counted is not this index's: read through FTS5.
            if matched.count > threshold { return try page(db, match: match, typed: typed, limit: limit, table: table, matched: matched.bits) }
        }
        let matched = try Int64.fetchAll(db.cachedStatement(sql: "SELECT rowid FROM entity_fts WHERE entity_fts MATCH ?"), arguments: [match])
        var groups = [matched]
        if !typed.isEmpty {
            let equal = Set(try Int64.fetchAll(db.cachedStatement(sql: "SELECT entity FROM aliases WHERE folded = ?"), arguments: [typed]))
            let begins = Set(try Int64.fetchAll(db.cachedStatement(sql: "SELECT entity FROM aliases WHERE folded >= ? AND folded < ?"),
                                                arguments: [typed, typed + "\u{10FFFF}"]))
            groups = [[], [], []]
            for rowid in matched { groups[equal.contains(rowid) ? 0 : begins.contains(rowid) ? 1 : 2].append(rowid) }
        }
        var page: [EntitySummary] = []
        for group in groups where page.count < limit && !group.isEmpty {
            let need = limit - page.count
            let candidates = group.count <= threshold ? group : try mostMentioned(db, of: Set(group), need: need) ?? group
            page += try ranked(db, match: match, rowids: candidates, limit: need)
        }
        return page
    }

    /// ``page(_:match:typed:limit:threshold:memory:)`` from the match's entities as bits and the table.
    private static func page(_ db: Database, match: String, typed: String, limit: Int, table: EntityTerms, matched: [UInt8]) throws -> [EntitySummary] {
        // The groups from each entity's folded aliases in memory, as the two alias statements of the other path give them.
        let groups = typed.isEmpty ? [matched] : table.groups(of: matched, typed: Array(typed.utf8))
        var page: [EntitySummary] = []
        for group in groups where page.count < limit && group.contains(where: { $0 != 0 }) {
            let need = limit - page.count
            page += try ranked(db, match: match, rowids: table.mostMentioned(in: group, need: need), limit: need)
        }
        return page
    }

    /// Rows from which a group is cut to its most mentioned before it is ranked: ranking an entity (its row, its
    /// BM25 and the sort) costs several times reading its mentions (`tra*`: 466 entities ranked, 1 ms; their
    /// mentions, 0.2).
    static let narrowFrom = 64

    /// The listed ones of `rowids` that are among the `need` most mentioned of them, with every other of as many
    /// mentions as the last of those: a superset of their best `need` in the order within a group (mentions first).
    private static func mostMentioned(_ db: Database, of rowids: [Int64], need: Int) throws -> [Int64] {
        let rows = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT rowid, mentions FROM entities WHERE rowid IN (SELECT value FROM json_each(?)) AND \(IndexedCorpus.listedEntity)
            """), arguments: [RowList.json(rowids)])
        guard rows.count > need, need > 0 else { return rows.map { $0[0] } }
        let boundary = rows.map { $0[1] as Int64 }.sorted(by: >)[need - 1]
        return rows.filter { ($0[1] as Int64) >= boundary }.map { $0[0] }
    }

    /// The first `need` of `group` in the order of mentions (most first), and every other of as many
    /// mentions as the last of them: a superset of the group's best `need`. Nil when the walk reaches
    /// entities of no mentions first (whether those are listed depends on their origin).
    private static func mostMentioned(_ db: Database, of group: Set<Int64>, need: Int) throws -> [Int64]? {
        let entries = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT rowid, mentions FROM entities INDEXED BY entities_rank ORDER BY mentions DESC, name
            """))
        var found: [Int64] = []
        var boundary: Int64?
        while let entry = try entries.next() {
            let rowid: Int64 = entry[0], mentions: Int64 = entry[1]
            if let boundary, mentions != boundary { return found }
            guard mentions > 0 else { return nil }
            guard group.contains(rowid) else { continue }
            found.append(rowid)
            if found.count == need { boundary = mentions }
        }
        return found
    }

    /// The best `limit` of these matched entities that are listed, in the order within a group.
    private static func ranked(_ db: Database, match: String, rowids: [Int64], limit: Int) throws -> [EntitySummary] {
        let rowids = try rowids.count > narrowFrom ? mostMentioned(db, of: rowids, need: limit) : rowids
        return try Row.fetchAll(db.cachedStatement(sql: """
            SELECT e.id, e.name, e.kind, e.mentions, e.origin FROM entity_fts JOIN entities e ON e.rowid = entity_fts.rowid
            WHERE entity_fts MATCH ? AND +entity_fts.rowid IN (SELECT value FROM json_each(?)) AND \(IndexedCorpus.listedEntity)
            ORDER BY e.mentions DESC, entity_fts.rank, e.name, e.id LIMIT ?
            """), arguments: [match, RowList.json(rowids), limit]).map(IndexedCorpus.entitySummary)
    }
}
