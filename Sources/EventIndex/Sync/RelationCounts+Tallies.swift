import EventModel
import GRDB

/// What each key of `relation_keys` tallies besides its rows, so that a page of ties ranks a tie from
/// its keys without reading its rows (``TieOutline``).
///
/// A tie of one record ranks by its merged weight, a sum of its rows' weights (exact while each is a
/// whole number); a tie of several by each record's count of distinct evidence. Rows of one source are
/// merged here, when stored, so each row keeps the evidence it adds to its source's earlier rows of the
/// key; two sources can only state the same evidence when two articles share an id, which the index
/// counts apart (`shared_ids` in `meta`, ``SharedArticleIDs``).
extension RelationCounts {
    /// What one stored row adds to its key.
    struct Entry {
        var key: Key
        /// Its weight when a whole number (see ``isWhole(_:)``), else 0 and counted as `fractional`.
        var weight: Double
        /// Evidence it adds to its source's earlier rows of the same key.
        var evidence: Int
        var fractional: Int

        init(key: Key, weight: Double, evidence: Int) {
            self.key = key
            self.evidence = evidence
            let whole = RelationCounts.isWhole(weight)
            self.weight = whole ? weight : 0
            fractional = whole ? 0 : 1
        }

        init(_ row: Row) {
            self.init(key: Key(row), weight: row[4], evidence: row[5])
        }
    }

    /// A weight whose sums are exact in any order: a whole number well inside a double's precision.
    static func isWhole(_ weight: Double) -> Bool { abs(weight) < 0x1p40 && weight == weight.rounded() }

    /// `isWhole` in SQL, over a column `weight`.
    static let wholeSQL = "(abs(weight) < 1099511627776.0 AND weight = round(weight))"

    /// The entries of one source's relations, in order: each counts the evidence that
    /// ``RelationExtractor/merge(_:)`` would add to the source's earlier relations of its key.
    static func entries(_ relations: [Relation]) -> [Entry] {
        var seen: [Key: Set<Evidence>] = [:]
        return relations.map { relation in
            let key = Key(relation)
            var added = 0
            for evidence in relation.evidence where seen[key, default: []].insert(evidence).inserted { added += 1 }
            return Entry(key: key, weight: relation.weight, evidence: added)
        }
    }

    /// The columns ``Entry/init(_:)`` reads, from `relation_evidence`.
    static let entryColumns = "subject, predicate, object, origin, weight, evidence"
}
