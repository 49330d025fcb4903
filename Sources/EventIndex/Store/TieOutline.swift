import EventModel
import GRDB

/// Which stored rows a page of ties can need, read from the rows' keys and weights alone.
///
/// A hub's page shows eight of its thousands of ties, and reading every row whole (decoding a
/// quoted relation, cutting each sentence from its article) was nearly all of the relations screen's
/// second hop over hub neighbours. A tie of one record has its rank in its key and its merged weight,
/// without evidence; so only the `limit` strongest of those can be on a page, with every tie of several
/// records (whose weight counts their evidence), of a weight not a whole number, or `co_occurs_with`
/// (whose rows merge with the counted sentences). Those rows are read whole; the rest only count.
struct TieOutline {
    /// The rows to read whole, by `relation_evidence` rowid.
    var rowids: [Int64] = []
    /// For each entity, by id, the stated ties the filter accepts, read whole or not.
    var accepted: [String: Int] = [:]

    init(_ db: Database, entities entityIDs: [String], filter: TieFilter, limit: Int) throws {
        // In no order, without the article's path that orders a whole read: joining each row to its
        // wide article row was most of the outline. Merged weights are sums (a maximum for curated
        // ties), the same in any order while they are whole numbers; a tie with any other weight is
        // read whole.
        let asked = Set(entityIDs)
        let rows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT rowid, subject, predicate, object, origin, weight FROM relation_evidence
            WHERE subject IN (SELECT value FROM json_each(?1)) OR object IN (SELECT value FROM json_each(?1))
            """), arguments: [TextList.json(Array(asked))])
        // Each asked entity's rows, gathered in the one pass: filtering all rows again for each of a
        // hop's dozens of neighbours was as many passes over a hub's thousands of rows.
        var keysOf: [String: [Relation]] = [:]
        var rowsOf: [RelationKey: [Int64]] = [:]
        var inexact = Set<RelationKey>()
        while let row = try rows.next() {
            guard let origin = RelationOrigin(rawValue: row[4]) else { continue }
            let relation = Relation(subject: row[1], predicate: Predicate(rawValue: row[2]), object: row[3], origin: origin, weight: row[5])
            if !(abs(relation.weight) < 0x1p40 && relation.weight == relation.weight.rounded()) { inexact.insert(relation.key) }
            if asked.contains(relation.subject) { keysOf[relation.subject, default: []].append(relation) }
            if relation.object != relation.subject, asked.contains(relation.object) { keysOf[relation.object, default: []].append(relation) }
            rowsOf[relation.key, default: []].append(row[0])
        }
        var chosen = Set<RelationKey>()
        for id in asked {
            let ties = Tie.group(RelationExtractor.merge(keysOf[id] ?? []))
            var single: [Tie] = []
            var count = 0
            for tie in ties {
                let accepts = filter.accepts(tie)
                if accepts { count += 1 }
                if tie.predicate == .coOccursWith || (accepts && (tie.relations.count > 1 || inexact.contains(tie.relations[0].key))) {
                    chosen.formUnion(tie.relations.map(\.key))
                } else if accepts {
                    single.append(tie)
                }
            }
            // Ranks of one-record ties are exact here; ties of several records may outrank them, so
            // a one-record tie below `limit` others of one record is below `limit` ties of any kind.
            let ranked = single.map { (rank: EntityTies.rank($0), tie: $0) }.sorted { $0.rank < $1.rank }
            for entry in ranked.prefix(max(0, limit)) { chosen.formUnion(entry.tie.relations.map(\.key)) }
            accepted[id] = count
        }
        rowids = chosen.flatMap { rowsOf[$0] ?? [] }.sorted()
    }
}
