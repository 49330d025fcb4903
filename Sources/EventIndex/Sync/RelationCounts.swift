import EventModel
import Foundation
import GRDB

/// Keeps `relation_keys`, `pair_counts` and `relation_count` equal to what the evidence holds.
///
/// A sync that changes a few files adds and subtracts the keys of the rows it writes and deletes
/// (``add(_:keys:pairs:delta:)``); one that links many articles leaves them alone while writing and
/// rebuilds them once at the end from the evidence and the pairs it saw (``rebuild(_:pairs:)``), which
/// is one sorted write instead of an update per row.
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

    /// Counts `delta` more (or fewer) rows for each key and sentence for each pair; keys and pairs
    /// that reach zero are deleted and the relation count follows.
    static func add(_ db: Database, keys: [Key], pairs: [UInt64], delta: Int) throws {
        guard !keys.isEmpty || !pairs.isEmpty else { return }
        var change = 0
        var keyCounts: [Key: Int] = [:]
        for key in keys { keyCounts[key, default: 0] += delta }
        var pairCounts: [UInt64: Int] = [:]
        for pair in pairs { pairCounts[pair, default: 0] += delta }
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
        let upsertPair = try db.cachedStatement(sql: """
            INSERT INTO pair_counts(low, high, n) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET n = n + excluded.n RETURNING n
            """)
        let deletePair = try db.cachedStatement(sql: "DELETE FROM pair_counts WHERE low = ? AND high = ?")
        for (pair, count) in pairCounts {
            let (low, high) = CooccurrenceRows.unpair(pair)
            let after = try Int.fetchOne(upsertPair, arguments: [low, high, count]) ?? 0
            if after <= 0 { try deletePair.execute(arguments: [low, high]) }
            change += transition(after: after, delta: count)
        }
        if change != 0 { try db.execute(sql: "UPDATE relation_count SET n = n + ?", arguments: [change]) }
    }

    /// +1 when a key appeared, -1 when it went, else 0.
    private static func transition(after: Int, delta: Int) -> Int {
        let before = after - delta
        if before <= 0 && after > 0 { return 1 }
        if before > 0 && after <= 0 { return -1 }
        return 0
    }

    /// The keys and pairs of what an article stored, read back before its rows are deleted.
    static func stored(_ db: Database, article: Int64) throws -> (keys: [Key], pairs: [UInt64]) {
        let keys = try Row.fetchAll(db.cachedStatement(sql: "SELECT subject, predicate, object, origin FROM relation_evidence WHERE article = ?"),
                                    arguments: [article]).map(Key.init)
        let pairs = try Data.fetchAll(db.cachedStatement(sql: "SELECT entities FROM cooccurrences WHERE article = ?"), arguments: [article])
            .flatMap { CooccurrenceRows.pairs(IntBlob.decode($0)) }
        return (keys, pairs)
    }

    /// The keys of a knowledge file's rows.
    static func stored(_ db: Database, knowledge path: String) throws -> [Key] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT subject, predicate, object, origin FROM relation_evidence WHERE knowledge = ?"),
                         arguments: [path]).map(Key.init)
    }

    /// Recomputes every count: keys from the evidence in one grouped pass, pairs from the stored
    /// co-occurrence rows. `commit` is called between large steps, so that a big rebuild can be
    /// committed in parts.
    static func rebuild(_ db: Database, commit: () throws -> Void) throws {
        try db.execute(sql: """
            DELETE FROM relation_keys; DELETE FROM pair_counts;
            INSERT INTO relation_keys(subject, predicate, object, origin, n)
                SELECT subject, predicate, object, origin, count(*) FROM relation_evidence GROUP BY subject, predicate, object, origin;
            """)
        try commit()
        // Every pair of every stored sentence, sorted: equal pairs stand together and are counted in one
        // run, and the table is written in key order, as appends. At 8 bytes a pair and sentence that
        // is too much memory for a large corpus at once, so the pairs are taken in slices of their
        // lower entity, each slice a pass over the rows, about two million pairs a pass.
        var total = 0
        let lengths = try Int.fetchCursor(db, sql: "SELECT length(entities) / 4 FROM cooccurrences")
        while let members = try lengths.next() { total += members * (members - 1) / 2 }
        let highest = try Int64.fetchOne(db, sql: "SELECT max(rowid) FROM entities") ?? 0
        let passes = Int64(max(1, total / 2_000_000 + 1))
        let width = highest / passes + 1
        let insert = try db.cachedStatement(sql: "INSERT INTO pair_counts(low, high, n) VALUES (?, ?, ?)")
        var written = 0
        for pass in 0..<passes {
            let lowest = pass * width, below = (pass + 1) * width
            var pairs: [UInt64] = []
            let rows = try Data.fetchCursor(db, sql: "SELECT entities FROM cooccurrences")
            while let data = try rows.next() {
                for pair in CooccurrenceRows.pairs(IntBlob.decode(data)) {
                    let low = CooccurrenceRows.unpair(pair).low
                    if low >= lowest && low < below { pairs.append(pair) }
                }
            }
            pairs.sort()
            var index = 0
            while index < pairs.count {
                var end = index + 1
                while end < pairs.count && pairs[end] == pairs[index] { end += 1 }
                let (low, high) = CooccurrenceRows.unpair(pairs[index])
                try insert.execute(arguments: [low, high, end - index])
                index = end
                written += 1
                if written % 1_000_000 == 0 { try commit() }
            }
        }
        try db.execute(sql: "UPDATE relation_count SET n = (SELECT count(*) FROM relation_keys) + (SELECT count(*) FROM pair_counts)")
    }
}
