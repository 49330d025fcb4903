import EventModel
import Foundation
import GRDB

/// Keeps `relation_keys` and `relation_count` equal to what the evidence holds.
///
/// The count is of merged relations: one per typed key (`relation_keys`, with its number of rows) and
/// one per pair of entities that share a sentence anywhere. Pairs have no rows of their own: at 100,000
/// articles there are tens of millions, and a row each was a sixth of the index and minutes of a load.
/// A sync that changes a few articles asks, for each pair of an article it adds or removes, whether
/// another sentence still pairs them (``addPairs(_:article:pairs:delta:)``, through the mentions' entity
/// index); one that loads or relinks many counts every distinct pair once at the end
/// (``rebuild(_:commit:)``).
enum RelationCounts {
    /// Merge key of a typed relation row.
    struct Key: Hashable {
        var subject: String
        var predicate: String
        var object: String
        var origin: String

        init(_ relation: Relation) {
            subject = relation.subject
            predicate = relation.predicate.rawValue
            object = relation.object
            origin = relation.origin.rawValue
        }

        init(_ row: Row) {
            subject = row[0]
            predicate = row[1]
            object = row[2]
            origin = row[3]
        }
    }

    /// Counts `delta` more (or fewer) rows for each key; keys that reach zero are deleted and the
    /// relation count follows.
    static func add(_ db: Database, keys: [Key], delta: Int) throws {
        guard !keys.isEmpty else { return }
        var change = 0
        var keyCounts: [Key: Int] = [:]
        for key in keys { keyCounts[key, default: 0] += delta }
        let upsertKey = try db.cachedStatement(sql: """
            INSERT INTO relation_keys(subject, predicate, object, origin, n) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT DO UPDATE SET n = n + excluded.n RETURNING n
            """)
        let deleteKey = try db.cachedStatement(sql: "DELETE FROM relation_keys WHERE subject = ? AND predicate = ? AND object = ? AND origin = ?")
        for (key, count) in keyCounts {
            let arguments: StatementArguments = [key.subject, key.predicate, key.object, key.origin]
            let after = try Int.fetchOne(upsertKey, arguments: arguments + [count]) ?? 0
            if after <= 0 { try deleteKey.execute(arguments: arguments) }
            change += transition(after: after, delta: count)
        }
        try addToTotal(db, change)
    }

    /// Counts the co-occurring pairs of one article as it is added (`delta` 1, after its mentions and
    /// co-occurrence rows are written) or removed (-1, before they are deleted): a pair that no other
    /// article's sentence pairs appears or disappears with it.
    static func addPairs(_ db: Database, article: Int64, pairs: Set<UInt64>, delta: Int) throws {
        guard !pairs.isEmpty else { return }
        let alone = try pairsFoundNowhereElse(db, pairs: pairs, article: article)
        try addToTotal(db, alone * delta)
    }

    private static func addToTotal(_ db: Database, _ change: Int) throws {
        if change != 0 { try db.execute(sql: "UPDATE relation_count SET n = n + ?", arguments: [change]) }
    }

    /// How many of `pairs` no sentence of another article than `article` pairs.
    ///
    /// Each pair is looked for from its less mentioned entity: that entity's co-occurrence rows are read
    /// once (through `mentions_entity`) for all its partners, stopping when every partner is found.
    /// The cost is the mentions of the rarer entities, not of the hubs every article names.
    private static func pairsFoundNowhereElse(_ db: Database, pairs: Set<UInt64>, article: Int64) throws -> Int {
        var members = Set<Int64>()
        for pair in pairs {
            let (low, high) = CooccurrenceRows.unpair(pair)
            members.insert(low)
            members.insert(high)
        }
        var mentions: [Int64: Int] = [:]
        let count = try db.cachedStatement(sql: "SELECT mentions FROM entities WHERE rowid = ?")
        for member in members { mentions[member] = try Int.fetchOne(count, arguments: [member]) ?? 0 }
        var partners: [Int64: Set<Int64>] = [:]
        for pair in pairs {
            let (low, high) = CooccurrenceRows.unpair(pair)
            let lowFirst = (mentions[low] ?? 0, low) <= (mentions[high] ?? 0, high)
            if lowFirst { partners[low, default: []].insert(high) } else { partners[high, default: []].insert(low) }
        }
        // CROSS JOIN keeps SQLite walking the rare entity's mentions and looking up their rows, never the reverse.
        let rows = try db.cachedStatement(sql: """
            SELECT c.entities FROM mentions m CROSS JOIN cooccurrences c ON c.article = m.article AND c.sentence = m.sentence
            WHERE m.entity = ? AND m.article <> ?
            """)
        var alone = 0
        for (entity, wanted) in partners {
            var missing = wanted
            let cursor = try Data.fetchCursor(rows, arguments: [entity, article])
            while !missing.isEmpty, let data = try cursor.next() {
                let group = IntBlob.decode(data)
                guard group.contains(entity) else { continue }
                for member in group { missing.remove(member) }
            }
            alone += missing.count
        }
        return alone
    }

    /// +1 when a key appeared, -1 when it went, else 0.
    private static func transition(after: Int, delta: Int) -> Int {
        let before = after - delta
        if before <= 0 && after > 0 { return 1 }
        if before > 0 && after <= 0 { return -1 }
        return 0
    }

    /// The keys and pairs of what an article stored, read back before its rows are deleted.
    static func stored(_ db: Database, article: Int64) throws -> (keys: [Key], pairs: Set<UInt64>) {
        let keys = try Row.fetchAll(db.cachedStatement(sql: "SELECT subject, predicate, object, origin FROM relation_evidence WHERE article = ?"),
                                    arguments: [article]).map(Key.init)
        var pairs = Set<UInt64>()
        for data in try Data.fetchAll(db.cachedStatement(sql: "SELECT entities FROM cooccurrences WHERE article = ?"), arguments: [article]) {
            pairs.formUnion(CooccurrenceRows.pairs(IntBlob.decode(data)))
        }
        return (keys, pairs)
    }

    /// The keys of a knowledge file's rows.
    static func stored(_ db: Database, knowledge path: String) throws -> [Key] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT subject, predicate, object, origin FROM relation_evidence WHERE knowledge = ?"),
                         arguments: [path]).map(Key.init)
    }

    /// Recomputes every count: keys from the evidence in one grouped pass, then the distinct pairs of
    /// the stored co-occurrence rows. `commit` is called between the two, so that a big rebuild can be
    /// committed in parts.
    static func rebuild(_ db: Database, commit: () throws -> Void) throws {
        try db.execute(sql: """
            DELETE FROM relation_keys;
            INSERT INTO relation_keys(subject, predicate, object, origin, n)
                SELECT subject, predicate, object, origin, count(*) FROM relation_evidence GROUP BY subject, predicate, object, origin;
            """)
        try commit()
        let pairs = try distinctPairs(db)
        try db.execute(sql: "UPDATE relation_count SET n = (SELECT count(*) FROM relation_keys) + ?", arguments: [pairs])
    }

    /// Pairs held in memory at once while counting: 32 MB.
    static let sliceSize = 4_000_000

    /// How many distinct pairs the co-occurrence rows hold.
    ///
    /// Every pair of every sentence, sorted, so that equal pairs stand together and each run counts
    /// once. All of them at once is too much memory for a large corpus (8 bytes a pair and sentence),
    /// so they are taken in slices by their lower entity, each slice a pass over the rows. A first pass
    /// counts the pairs of each lower entity, so that each slice holds about ``sliceSize`` pairs however
    /// unevenly the entities are named.
    static func distinctPairs(_ db: Database) throws -> Int {
        var perLow: [Int64: Int] = [:]
        var total = 0
        let first = try Data.fetchCursor(db, sql: "SELECT entities FROM cooccurrences")
        while let data = try first.next() {
            let members = IntBlob.decode(data).sorted()
            for (index, low) in members.enumerated() where index < members.count - 1 {
                perLow[low, default: 0] += members.count - 1 - index
            }
            total += members.count * (members.count - 1) / 2
        }
        guard total > 0 else { return 0 }
        // Slice bounds on the lower entity: [bounds[i], bounds[i + 1]).
        var bounds: [Int64] = []
        var running = 0
        for low in perLow.keys.sorted() {
            if bounds.isEmpty || running + perLow[low]! > sliceSize && running > 0 {
                bounds.append(low)
                running = 0
            }
            running += perLow[low]!
        }
        bounds.append(Int64.max)
        var distinct = 0
        var pairs: [UInt64] = []
        for slice in 0..<(bounds.count - 1) {
            let lowest = bounds[slice], below = bounds[slice + 1]
            pairs.removeAll(keepingCapacity: true)
            let rows = try Data.fetchCursor(db, sql: "SELECT entities FROM cooccurrences")
            while let data = try rows.next() {
                let members = IntBlob.decode(data).sorted()
                for (index, low) in members.enumerated() where low >= lowest && low < below {
                    for high in members[(index + 1)...] { pairs.append(CooccurrenceRows.pair(low, high)) }
                }
            }
            pairs.sort()
            for index in pairs.indices where index == 0 || pairs[index] != pairs[index - 1] { distinct += 1 }
        }
        pairs = []
        MemoryRelease.now()
        return distinct
    }
}
