import EventModel
import GRDB

/// Which stored rows a page of ties can need, read from the relations' keys and their tallies alone.
///
/// A hub's page shows eight of its thousands of ties. Each key of `relation_keys` tallies its rows
/// (``RelationCounts/Entry``): a tie of one record ranks by its weight and a tie of several by their
/// distinct evidence, so the outline reads one row per key, ranks every tie, and reads whole only the
/// `limit` strongest that the filter accepts. Read whole also, as their tallies cannot rank them: ties
/// with a weight not a whole number (a sum whose value could depend on the order), curated records of
/// several rows (whose weight is the largest, not the sum), ties of several records while two articles
/// share an id (their evidence may be the same), and `co_occurs_with` ties (merged with the counted
/// sentences). The rest only count.
struct TieOutline {
    /// The rows to read whole, by `relation_evidence` rowid.
    var rowids: [Int64] = []
    /// For each entity, by id, the stated ties the filter accepts, read whole or not.
    var accepted: [String: Int] = [:]

    /// One key's tallies.
    private struct Tally {
        var rows: Int
        var evidence: Int
        var fractional: Int
    }

    init(_ db: Database, entities entityIDs: [String], filter: TieFilter, limit: Int) throws {
        let asked = Set(entityIDs)
        let evidenceKnown = try !SharedArticleIDs.any(db)
        let rows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT subject, predicate, object, origin, n, weight, evidence, fractional FROM relation_keys
            WHERE subject IN (SELECT value FROM json_each(?1))
            UNION ALL
            SELECT subject, predicate, object, origin, n, weight, evidence, fractional FROM relation_keys
            WHERE object IN (SELECT value FROM json_each(?1)) AND subject NOT IN (SELECT value FROM json_each(?1))
            """), arguments: [TextList.json(Array(asked))])
        // Each asked entity's keys, gathered in the one pass.
        var keysOf: [String: [Relation]] = [:]
        var tallies: [RelationKey: Tally] = [:]
        while let row = try rows.next() {
            guard let origin = RelationOrigin(rawValue: row[3]) else { continue }
            let relation = Relation(subject: row[0], predicate: Predicate(rawValue: row[1]), object: row[2], origin: origin, weight: row[5])
            tallies[relation.key] = Tally(rows: row[4], evidence: row[6], fractional: row[7])
            if asked.contains(relation.subject) { keysOf[relation.subject, default: []].append(relation) }
            if relation.object != relation.subject, asked.contains(relation.object) { keysOf[relation.object, default: []].append(relation) }
        }
        var chosen: [RelationKey] = []
        let wanted = max(0, limit)
        for id in asked {
            var strongest = Strongest(limit: wanted)
            var count = 0
            for tie in Tie.group(keysOf[id] ?? []) {
                let accepts = filter.accepts(tie)
                if accepts { count += 1 }
                if tie.predicate == .coOccursWith {
                    chosen += tie.relations.map(\.key)
                } else if accepts {
                    if let weight = Self.weight(of: tie, tallies: tallies, evidenceKnown: evidenceKnown) {
                        strongest.offer(tie, weight: weight)
                    } else {
                        chosen += tie.relations.map(\.key)
                    }
                }
            }
            for tie in strongest.ties { chosen += tie.relations.map(\.key) }
            accepted[id] = count
        }
        rowids = try Self.rowids(db, of: Set(chosen)).sorted()
    }

    /// The `limit` strongest ties offered, by exact rank: a tie below `limit` others is below them on the
    /// page too. Sorting a hub's thousands of ranks by their names was most of the outline; a tie lighter
    /// than the weakest kept is left without building its rank.
    private struct Strongest {
        let limit: Int
        private var kept: [(rank: EntityTies.Rank, tie: Tie)] = []

        init(limit: Int) { self.limit = limit }

        var ties: [Tie] { kept.map(\.tie) }

        mutating func offer(_ tie: Tie, weight: Double) {
            guard limit > 0 else { return }
            if kept.count == limit, let weakest = kept.last?.rank {
                let strength = RelationRanking.rank(tie)
                if strength > weakest.strength || strength == weakest.strength && weight < weakest.weight { return }
            }
            let rank = EntityTies.rank(tie, weight: weight)
            let place = kept.firstIndex { rank < $0.rank } ?? kept.count
            guard place < limit else { return }
            kept.insert((rank, tie), at: place)
            if kept.count > limit { kept.removeLast() }
        }
    }

    /// The tie's weight as its records read whole give it (``Tie/weight``), or nil when the tallies
    /// cannot say.
    private static func weight(of tie: Tie, tallies: [RelationKey: Tally], evidenceKnown: Bool) -> Double? {
        var sum = 0
        for relation in tie.relations {
            guard let tally = tallies[relation.key], tally.fractional == 0,
                  relation.origin != .curated || tally.rows == 1 else { return nil }
            sum += max(tally.evidence, 1)
        }
        if tie.relations.count == 1 { return tie.relations[0].weight }
        return evidenceKnown ? Double(sum) : nil
    }

    /// The rows of each key, found through the index of either end without the other's other rows.
    private static func rowids(_ db: Database, of keys: Set<RelationKey>) throws -> [Int64] {
        let statement = try db.cachedStatement(sql: """
            SELECT rowid FROM relation_evidence WHERE subject = ? AND object = ? AND predicate = ? AND origin = ?
            """)
        var out: [Int64] = []
        for key in keys {
            out += try Int64.fetchAll(statement, arguments: [key.subject, key.object, key.predicate.rawValue, key.origin.rawValue])
        }
        return out
    }
}
