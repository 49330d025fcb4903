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

    /// One key of an asked entity, with its tallies.
    private struct Record {
        var relation: Relation
        var rows: Int
        var evidence: Int
        var fractional: Int
    }

    /// The records of one tie as seen from an asked entity: its predicate, the other end, and which end
    /// the entity is (none for a symmetric predicate), as ``Tie/group(_:)`` folds them.
    private struct Fold: Hashable {
        var predicate: String
        var other: String
        var side: Int8
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
        // Each asked entity's ties, folded in the one pass; hashing a hub's keys whole, again for its
        // ties and again for their tallies, was most of the outline.
        var tiesOf: [String: [[Record]]] = [:]
        var foldsOf: [String: [Fold: Int]] = [:]
        while let row = try rows.next() {
            guard let origin = RelationOrigin(rawValue: row[3]) else { continue }
            let record = Record(relation: Relation(subject: row[0], predicate: Predicate(rawValue: row[1]), object: row[2], origin: origin,
                                                   weight: row[5]),
                                rows: row[4], evidence: row[6], fractional: row[7])
            let relation = record.relation
            let symmetric = Predicate.symmetric.contains(relation.predicate)
            for (end, other, side) in [(relation.subject, relation.object, Int8(1)), (relation.object, relation.subject, Int8(2))]
            where asked.contains(end) && (side == 1 || relation.object != relation.subject) {
                let fold = Fold(predicate: relation.predicate.rawValue, other: other, side: symmetric ? 0 : side)
                if let at = foldsOf[end]?[fold] {
                    tiesOf[end]![at].append(record)
                } else {
                    foldsOf[end, default: [:]][fold] = tiesOf[end, default: []].count
                    tiesOf[end, default: []].append([record])
                }
            }
        }
        var chosen: [RelationKey] = []
        let wanted = max(0, limit)
        for id in asked {
            var strongest = Strongest(limit: wanted)
            var count = 0
            for records in tiesOf[id] ?? [] {
                let accepts = Self.accepts(records, of: id, filter: filter)
                if accepts { count += 1 }
                if records[0].relation.predicate == .coOccursWith {
                    chosen += records.map(\.relation.key)
                } else if accepts {
                    if let weight = Self.weight(of: records, evidenceKnown: evidenceKnown) {
                        strongest.offer(records, weight: weight)
                    } else {
                        chosen += records.map(\.relation.key)
                    }
                }
            }
            for tie in strongest.ties { chosen += tie.relations.map(\.key) }
            accepted[id] = count
        }
        rowids = try Self.rowids(db, of: Set(chosen)).sorted()
    }

    /// What ``TieFilter/accepts(_:)`` says of the tie of `records`, asked of the entity `id`: its two
    /// ends are `id` and the other, its origins those of its records.
    private static func accepts(_ records: [Record], of id: String, filter: TieFilter) -> Bool {
        let first = records[0].relation
        if let predicate = filter.predicate, first.predicate != predicate { return false }
        if let origin = filter.origin, !records.contains(where: { $0.relation.origin == origin }) { return false }
        if let excluding = filter.excluding, first.subject == excluding || first.object == excluding { return false }
        return true
    }

    /// The `limit` strongest ties offered, by exact rank: a tie below `limit` others is below them on the
    /// page too. Sorting a hub's thousands of ranks by their names was most of the outline; a tie lighter
    /// than the weakest kept is left without building it or its rank.
    private struct Strongest {
        let limit: Int
        private var kept: [(rank: EntityTies.Rank, tie: Tie)] = []

        init(limit: Int) { self.limit = limit }

        var ties: [Tie] { kept.map(\.tie) }

        mutating func offer(_ records: [Record], weight: Double) {
            guard limit > 0 else { return }
            if kept.count == limit, let weakest = kept.last?.rank {
                let strength = records.map(\.relation.origin.strength).min() ?? RelationOrigin.cooccurrence.strength
                if strength > weakest.strength || strength == weakest.strength && weight < weakest.weight { return }
            }
            guard let tie = Tie.group(records.map(\.relation)).first else { return }
            let rank = EntityTies.rank(tie, weight: weight)
            let place = kept.firstIndex { rank < $0.rank } ?? kept.count
            guard place < limit else { return }
            kept.insert((rank, tie), at: place)
            if kept.count > limit { kept.removeLast() }
        }
    }

    /// The tie's weight as its records read whole give it (``Tie/weight``), or nil when the tallies
    /// cannot say.
    private static func weight(of records: [Record], evidenceKnown: Bool) -> Double? {
        var sum = 0
        for record in records {
            guard record.fractional == 0, record.relation.origin != .curated || record.rows == 1 else { return nil }
            sum += max(record.evidence, 1)
        }
        if records.count == 1 { return records[0].relation.weight }
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
