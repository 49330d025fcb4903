import EventModel
import Foundation
import GRDB

/// Keeps `relation_keys`, `hub_pairs` and `relation_count` equal to what the evidence holds.
///
/// The count is of merged relations: one per typed key (`relation_keys`, with its number of rows) and
/// one per pair of entities that share a sentence anywhere. Pairs have no row each: at 100,000 articles
/// there are tens of millions, and a row each was a sixth of the index and minutes of a load.
///
/// A sync that changes a few articles asks, for each pair of an article it adds or removes, whether
/// another article's sentence pairs them too (``addPairs(_:article:pairs:delta:)``). That look-up reads
/// the sentences that name both, which is cheap unless both are hubs that half the
/// corpus names; so the pairs of two hubs (`pair_hubs`, the entities in the most co-occurrence sentences
/// when the pairs were last counted) keep their sentence count in `hub_pairs`, a few thousand rows.
/// A sync that loads or relinks many articles counts every distinct pair once at the end
/// (``rebuild(_:commit:)``), and chooses the hubs again.
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

    /// At most this many hubs (at most 125,000 hub pairs), each in at least one co-occurrence sentence in
    /// a thousand (and two): a look-up then walks fewer mentions than the least named hub has.
    static let hubLimit = 500

    /// Counts `delta` more (or fewer) rows for each entry's key, with their tallies; keys that reach
    /// zero are deleted and the relation count follows.
    static func add(_ db: Database, _ entries: [Entry], delta: Int) throws {
        guard !entries.isEmpty else { return }
        var change = 0
        var sums: [Key: (n: Int, weight: Double, evidence: Int, fractional: Int)] = [:]
        for entry in entries {
            var sum = sums[entry.key] ?? (0, 0, 0, 0)
            sum.n += delta
            sum.weight += Double(delta) * entry.weight
            sum.evidence += delta * entry.evidence
            sum.fractional += delta * entry.fractional
            sums[entry.key] = sum
        }
        let upsertKey = try db.cachedStatement(sql: """
            INSERT INTO relation_keys(subject, predicate, object, origin, n, weight, evidence, fractional) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT DO UPDATE SET n = n + excluded.n, weight = weight + excluded.weight, evidence = evidence + excluded.evidence,
                fractional = fractional + excluded.fractional
            RETURNING n
            """)
        let deleteKey = try db.cachedStatement(sql: "DELETE FROM relation_keys WHERE subject = ? AND predicate = ? AND object = ? AND origin = ?")
        for (key, sum) in sums {
            let arguments: StatementArguments = [key.subject, key.predicate, key.object, key.origin]
            let after = try Int.fetchOne(upsertKey, arguments: arguments + [sum.n, sum.weight, sum.evidence, sum.fractional]) ?? 0
            if after <= 0 { try deleteKey.execute(arguments: arguments) }
            change += transition(after: after, delta: sum.n)
        }
        try addToTotal(db, change)
    }

    /// The pairs of one article's co-occurrence rows, each with the number of its sentences that pair it.
    static func pairs(of groups: [[Int64]]) -> [UInt64: Int] {
        var pairs: [UInt64: Int] = [:]
        for group in groups {
            for pair in Set(CooccurrenceRows.pairs(group)) { pairs[pair, default: 0] += 1 }
        }
        return pairs
    }

    /// Counts the co-occurring pairs of one article as it is added (`delta` 1, after its mentions and
    /// co-occurrence rows are written) or removed (-1, before they are deleted): a pair that no other
    /// article's sentence pairs appears or disappears with it.
    static func addPairs(_ db: Database, article: Int64, pairs: [UInt64: Int], delta: Int) throws {
        guard !pairs.isEmpty else { return }
        let hubs = Set(try Int64.fetchAll(db.cachedStatement(sql: "SELECT entity FROM pair_hubs")))
        let upsertHubPair = try db.cachedStatement(sql: """
            INSERT INTO hub_pairs(low, high, n) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET n = n + excluded.n RETURNING n
            """)
        let deleteHubPair = try db.cachedStatement(sql: "DELETE FROM hub_pairs WHERE low = ? AND high = ?")
        var change = 0
        for (pair, sentences) in pairs {
            let (low, high) = CooccurrenceRows.unpair(pair)
            if hubs.contains(low) && hubs.contains(high) {
                let after = try Int.fetchOne(upsertHubPair, arguments: [low, high, sentences * delta]) ?? 0
                if after <= 0 { try deleteHubPair.execute(arguments: [low, high]) }
                change += transition(after: after, delta: sentences * delta)
                continue
            }
            if try !pairedElsewhere(db, low, high, article: article) { change += delta }
        }
        try addToTotal(db, change)
    }

    private static func addToTotal(_ db: Database, _ change: Int) throws {
        if change != 0 { try db.execute(sql: "UPDATE relation_count SET n = n + ?", arguments: [change]) }
    }

    /// Whether a sentence of another article than `article` pairs the two entities: the sentences that
    /// name both (FTS5 intersects the two lists of sentences) whose co-occurrence row holds both.
    private static func pairedElsewhere(_ db: Database, _ low: Int64, _ high: Int64, article: Int64) throws -> Bool {
        let rows = try Data.fetchCursor(db.cachedStatement(sql: """
            SELECT c.entities FROM entity_sentences m
            CROSS JOIN cooccurrences c ON c.article = \(MentionRows.articleOfRow) AND c.sentence = \(MentionRows.sentenceOfRow)
            WHERE m.entity_sentences MATCH ?1 AND \(MentionRows.articleOfRow) <> ?2
            """), arguments: ["\"\(low)\" \"\(high)\"", article])
        while let data = try rows.next() {
            let members = IntBlob.decode(data)
            if members.contains(low) && members.contains(high) { return true }
        }
        return false
    }

    /// +1 when a key appeared, -1 when it went, else 0.
    private static func transition(after: Int, delta: Int) -> Int {
        let before = after - delta
        if before <= 0 && after > 0 { return 1 }
        if before > 0 && after <= 0 { return -1 }
        return 0
    }

    /// The keys and pairs of what an article stored, read back before its rows are deleted.
    static func stored(_ db: Database, article: Int64) throws -> (keys: [Entry], pairs: [UInt64: Int]) {
        let keys = try Row.fetchAll(db.cachedStatement(sql: "SELECT \(entryColumns) FROM relation_evidence WHERE article = ?"),
                                    arguments: [article]).map(Entry.init)
        let groups = try Data.fetchAll(db.cachedStatement(sql: "SELECT entities FROM cooccurrences WHERE article = ?"), arguments: [article])
            .map(IntBlob.decode)
        return (keys, pairs(of: groups))
    }

    /// The keys of a knowledge file's rows.
    static func stored(_ db: Database, knowledge path: String) throws -> [Entry] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT \(entryColumns) FROM relation_evidence WHERE knowledge = ?"),
                         arguments: [path]).map(Entry.init)
    }

    /// Recomputes every count: keys from the evidence in one grouped pass, then the distinct pairs of
    /// the stored co-occurrence rows, with the hubs and their pairs. `commit` is called between the two,
    /// so that a big rebuild can be committed in parts.
    static func rebuild(_ db: Database, commit: () throws -> Void) throws {
        // The index by object is built after the rows, in one sorted pass.
        try db.execute(sql: """
            DROP INDEX IF EXISTS relation_keys_object;
            DELETE FROM relation_keys;
            INSERT INTO relation_keys(subject, predicate, object, origin, n, weight, evidence, fractional)
                SELECT subject, predicate, object, origin, count(*), total(CASE WHEN \(wholeSQL) THEN weight ELSE 0 END), sum(evidence),
                       sum(NOT \(wholeSQL))
                FROM relation_evidence GROUP BY subject, predicate, object, origin;
            \(IndexSchema.relationKeysByObject);
            """)
        try commit()
        let pairs = try countPairs(db)
        try db.execute(sql: "UPDATE relation_count SET n = (SELECT count(*) FROM relation_keys) + ?", arguments: [pairs])
    }

    /// Pairs held in memory at once while counting: 32 MB.
    static let sliceSize = 4_000_000

    /// How many distinct pairs the co-occurrence rows hold; chooses the hubs and stores their pairs.
    ///
    /// Every pair of every sentence, sorted, so that equal pairs stand together and each run counts
    /// once. All of them at once is too much memory for a large corpus (8 bytes a pair and sentence),
    /// so they are taken in slices by their lower entity, written to a file each in one more pass over
    /// the rows (``PairSlices``) and sorted one at a time: three passes in all. A first pass
    /// counts the pairs of each lower entity, so that each slice holds about ``sliceSize`` pairs however
    /// unevenly the entities are named, and the sentences of each entity, which choose the hubs.
    static func countPairs(_ db: Database, sliceSize: Int = sliceSize) throws -> Int {
        var perLow: [Int64: Int] = [:]
        var sentences: [Int64: Int] = [:]
        var groups = 0
        let first = try Data.fetchCursor(db, sql: "SELECT entities FROM cooccurrences")
        var members: [Int64] = []
        while let data = try first.next() {
            groups += 1
            sortedMembers(data, into: &members)
            for (index, low) in members.enumerated() {
                sentences[low, default: 0] += 1
                if index < members.count - 1 { perLow[low, default: 0] += members.count - 1 - index }
            }
        }
        let hubSentences = max(2, groups / 1_000)
        let hubs = Set(sentences.filter { $0.value >= hubSentences }.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
            .prefix(hubLimit).map(\.key))
        sentences = [:]
        try db.execute(sql: "DELETE FROM pair_hubs; DELETE FROM hub_pairs")
        let insertHub = try db.cachedStatement(sql: "INSERT INTO pair_hubs(entity) VALUES (?)")
        for hub in hubs.sorted() { try insertHub.execute(arguments: [hub]) }
        guard !perLow.isEmpty else { return 0 }
        // Slice bounds on the lower entity: [bounds[i], bounds[i + 1]).
        var bounds: [Int64] = []
        var running = 0
        for (low, count) in perLow.sorted(by: { $0.key < $1.key }) {
            if bounds.isEmpty || running + count > sliceSize && running > 0 {
                bounds.append(low)
                running = 0
            }
            running += count
        }
        bounds.append(Int64.max)
        perLow = [:]
        let insertHubPair = try db.cachedStatement(sql: "INSERT INTO hub_pairs(low, high, n) VALUES (?, ?, ?)")
        var distinct = 0
        // Tens of millions of pairs and a few hundred hubs: a table by the low bits of the rowid rules out
        // most pairs before a look-up in the set.
        var mayBeHub = [Bool](repeating: false, count: 1 << 16)
        for hub in hubs { mayBeHub[Int(hub & 0xFFFF)] = true }
        // Equal pairs stand together once sorted: each run is one distinct pair.
        func countSorted(_ pairs: inout [UInt64]) throws {
            try eachRun(&pairs) { pair, count in
                distinct += 1
                let (low, high) = CooccurrenceRows.unpair(pair)
                if mayBeHub[Int(low & 0xFFFF)] && mayBeHub[Int(high & 0xFFFF)] && hubs.contains(low) && hubs.contains(high) {
                    try insertHubPair.execute(arguments: [low, high, count])
                }
            }
        }
        var pairs: [UInt64] = []
        if bounds.count == 2 {
            // One slice: held in memory, no files.
            try eachPair(db) { pair, _ in pairs.append(pair) }
            try countSorted(&pairs)
        } else {
            let file = try String.fetchOne(db, sql: "SELECT file FROM pragma_database_list WHERE name = 'main'") ?? ""
            var slices = try PairSlices(bounds: bounds, beside: file)
            defer { slices.remove() }
            try eachPair(db) { pair, low in try slices.add(pair, to: slices.slice(of: low)) }
            try slices.finishWriting()
            for slice in 0..<slices.count {
                try slices.read(slice, into: &pairs)
                try countSorted(&pairs)
            }
        }
        pairs = []
        MemoryRelease.now()
        return distinct
    }

    /// Sorts `pairs` and hands each distinct one, with how many times it stands there, in order. A large
    /// array is sorted in two halves at once, one on each core, and the halves are walked side by side:
    /// the counting step of a load otherwise holds one core while the other waits.
    static func eachRun(_ pairs: inout [UInt64], _ body: (UInt64, Int) throws -> Void) rethrows {
        let middle = pairs.count >= 1 << 16 ? pairs.count / 2 : pairs.count
        pairs.withUnsafeMutableBufferPointer { buffer in
            guard middle < buffer.count, let base = buffer.baseAddress else { return buffer.sort() }
            let halves = Halves(base: base, middle: middle, count: buffer.count)
            DispatchQueue.concurrentPerform(iterations: 2) { halves.sort($0) }
        }
        var left = 0, right = middle
        while left < middle || right < pairs.count {
            let pair = right == pairs.count || left < middle && pairs[left] <= pairs[right] ? pairs[left] : pairs[right]
            var count = 0
            while left < middle && pairs[left] == pair { left += 1; count += 1 }
            while right < pairs.count && pairs[right] == pair { right += 1; count += 1 }
            try body(pair, count)
        }
    }

    /// The two halves of an array being sorted, each by one thread: they share no element.
    private struct Halves: @unchecked Sendable {
        let base: UnsafeMutablePointer<UInt64>
        let middle: Int
        let count: Int

        func sort(_ half: Int) {
            var part = half == 0 ? UnsafeMutableBufferPointer(start: base, count: middle)
                : UnsafeMutableBufferPointer(start: base + middle, count: count - middle)
            part.sort()
        }
    }

    /// Every pair of every co-occurrence row, with its lower entity, in one pass over the rows.
    private static func eachPair(_ db: Database, _ body: (UInt64, Int64) throws -> Void) throws {
        let rows = try Data.fetchCursor(db, sql: "SELECT entities FROM cooccurrences")
        var members: [Int64] = []
        while let data = try rows.next() {
            sortedMembers(data, into: &members)
            for (index, low) in members.enumerated() {
                for high in members[(index + 1)...] { try body(CooccurrenceRows.pair(low, high), low) }
            }
        }
    }

    /// A row's entity rowids sorted, each once, into `members` (a buffer reused from row to row).
    private static func sortedMembers(_ data: Data, into members: inout [Int64]) {
        IntBlob.decode(data, into: &members)
        members.sort()
        var kept = 0
        for index in members.indices where kept == 0 || members[index] != members[kept - 1] {
            members[kept] = members[index]
            kept += 1
        }
        members.removeLast(members.count - kept)
    }
}
