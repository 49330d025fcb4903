import EventModel
import GRDB

/// One entity's ties as walks and tie lists read them: its stored rows merged whole, and its partners by
/// co-occurrence alone as ids with a sentence count, ranked without a relation each.
///
/// Both give what ranking the entity's whole relations gives (``RelationRanking``): by origin, then
/// weight, then the merged order of the first relation (subject, predicate, object, origin), which for
/// a co-occurring pair is its two ids, the smaller first. A hub has tens of thousands of partners and a
/// screen shows eight: a page sorts only the partners heavy enough to be among them.
struct EntityTies {
    let id: String
    /// Ties with a stored row, those of a partner whose `co_occurs_with` row merges with the counted
    /// sentences included; whole (``Tie/group(_:)`` of the merged relations).
    private(set) var stated: [Tie] = []
    /// Partners by co-occurrence alone: entity rowid and the sentences shared.
    private(set) var cooccurring: [(rowid: Int64, sentences: Int)] = []
    /// Ids of the rowids in `cooccurring` read so far.
    private var ids: [Int64: String]
    private let db: Database

    init(_ db: Database, id: String, stated rows: [Relation], partners: [(rowid: Int64, sentences: Int)], ids known: [Int64: String]) throws {
        self.db = db
        self.id = id
        ids = known
        let merging = Set(rows.filter { $0.predicate == .coOccursWith }.map { $0.subject == id ? $0.object : $0.subject })
        var relations = rows
        if !merging.isEmpty { try resolve(partners.map(\.rowid)) }
        for (partner, sentences) in partners {
            if let other = ids[partner], merging.contains(other) {
                relations.append(Self.counted(id, other, sentences))
            } else {
                cooccurring.append((partner, sentences))
            }
        }
        stated = Tie.group(RelationExtractor.merge(relations))
        // A tie of several records weighs their evidence: those few are read whole.
        for index in stated.indices where stated[index].relations.count > 1 && stated[index].relations.contains(where: Self.isCounted) {
            let whole = try NeighbourRows.between(db, stated[index].subject, stated[index].object)
            stated[index].relations = stated[index].relations.map { relation in
                Self.isCounted(relation) ? whole.first { $0.key == relation.key } ?? relation : relation
            }
        }
    }

    /// The one relation of a pair named together in `sentences` sentences, without them.
    static func counted(_ id: String, _ partner: String, _ sentences: Int) -> Relation {
        let (subject, object) = id < partner ? (id, partner) : (partner, id)
        return Relation(subject: subject, predicate: .coOccursWith, object: object, origin: .cooccurrence, weight: Double(sentences))
    }

    private static func isCounted(_ relation: Relation) -> Bool { relation.origin == .cooccurrence && relation.evidence.isEmpty }

    private mutating func resolve(_ rowids: [Int64]) throws {
        let missing = Set(rowids.filter { ids[$0] == nil })
        if !missing.isEmpty { ids.merge(try CooccurrenceRows.entityIDs(db, rowids: missing)) { a, _ in a } }
    }

    // MARK: - Ranking

    /// Where a relation or tie stands, the strongest first.
    struct Rank: Comparable {
        var strength: Int
        var weight: Double
        var subject: String
        var predicate: String
        var object: String
        var origin: Int

        init(strength: Int, weight: Double, first relation: Relation) {
            self.strength = strength
            self.weight = weight
            subject = relation.subject
            predicate = relation.predicate.rawValue
            object = relation.object
            origin = RelationOrigin.allCases.firstIndex(of: relation.origin) ?? 0
        }

        static func < (a: Rank, b: Rank) -> Bool {
            if a.strength != b.strength { return a.strength < b.strength }
            if a.weight != b.weight { return a.weight > b.weight }
            return (a.subject, a.predicate, a.object, a.origin) < (b.subject, b.predicate, b.object, b.origin)
        }
    }

    /// A tie's rank: its strongest origin, its weight, and its first relation in merged order.
    static func rank(_ tie: Tie) -> Rank {
        rank(tie, weight: tie.weight)
    }

    /// The rank of a tie whose weight is known apart from its records (``TieOutline``).
    static func rank(_ tie: Tie, weight: Double) -> Rank {
        let first = tie.relations.min { Rank(strength: 0, weight: 0, first: $0) < Rank(strength: 0, weight: 0, first: $1) } ?? tie.relations[0]
        return Rank(strength: RelationRanking.rank(tie), weight: weight, first: first)
    }

    private func cooccurrenceTie(_ partner: String, _ sentences: Int) -> Tie {
        Tie.group([Self.counted(id, partner, sentences)])[0]
    }

    /// Every neighbour once, by its strongest relation (``Neighbour/ranked(_:of:)``).
    mutating func neighbours() throws -> [Neighbour] {
        try resolve(cooccurring.map(\.rowid))
        var entries: [(rank: Rank, other: String, key: RelationKey)] = []
        for relation in stated.flatMap(\.relations) {
            entries.append((Rank(strength: relation.origin.strength, weight: relation.weight, first: relation),
                            relation.subject == id ? relation.object : relation.subject, relation.key))
        }
        for (rowid, sentences) in cooccurring {
            guard let partner = ids[rowid] else { continue }
            let relation = Self.counted(id, partner, sentences)
            entries.append((Rank(strength: RelationOrigin.cooccurrence.strength, weight: relation.weight, first: relation), partner, relation.key))
        }
        entries.sort { $0.rank < $1.rank }
        var seen: Set<String> = [id]
        return entries.filter { seen.insert($0.other).inserted }.map { Neighbour(id: $0.other, relation: $0.key) }
    }

    /// The strongest `limit` ties `filter` accepts and their count (``TiePage/of(_:filter:limit:)``).
    mutating func page(filter: TieFilter, limit: Int) throws -> TiePage {
        var ranked = stated.filter(filter.accepts).map { (rank: Self.rank($0), tie: TiePage.withoutCooccurrenceEvidence($0)) }
        let count = ranked.count
        var plain: [(rowid: Int64, sentences: Int)] = []
        if filter.predicate.map({ $0 == .coOccursWith }) ?? true, filter.origin.map({ $0 == .cooccurrence }) ?? true, filter.excluding != id {
            let excluded = try filter.excluding.flatMap { try Int64.fetchOne(db.cachedStatement(sql: "SELECT rowid FROM entities WHERE id = ?"), arguments: [$0]) }
            plain = cooccurring.filter { $0.rowid != excluded }
        }
        // Only partners at least as heavy as the limit-th heaviest can be on the page.
        let wanted = max(0, limit)
        if wanted > 0, !plain.isEmpty {
            let threshold = plain.count <= wanted ? 0 : plain.map(\.sentences).sorted(by: >)[wanted - 1]
            let candidates = plain.filter { $0.sentences >= threshold }
            try resolve(candidates.map(\.rowid))
            for (rowid, sentences) in candidates {
                guard let partner = ids[rowid] else { continue }
                let tie = cooccurrenceTie(partner, sentences)
                ranked.append((Self.rank(tie), tie))
            }
        }
        ranked.sort { $0.rank < $1.rank }
        return TiePage(ties: ranked.prefix(wanted).map(\.tie), count: count + plain.count)
    }
}
