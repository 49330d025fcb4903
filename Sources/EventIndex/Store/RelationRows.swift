import EventModel
import Foundation
import GRDB

/// Relations stored as the rows their sources state (`relation_evidence`, and `cooccurrences` for the
/// pairs of entities that share a sentence), merged when read.
///
/// A sync adds or drops the rows of the files that changed and nothing else; a reader merges the rows it
/// needs with ``RelationExtractor/merge(_:)`` in the order a full load uses (knowledge files by path,
/// then articles by path, each in statement order), so the answers equal the in-memory loader's.
enum RelationRows {
    /// A relation as its row stores it: its one sentence where the article's text gives it back, else its
    /// full form encoded. Prepared by a load's workers, so that the writing thread, which a load waits on,
    /// only binds the values (a relation said by someone is stored whole, and news reports most ties so).
    struct Prepared: Sendable {
        var relation: Relation
        var evidence: Evidence?
        var data: Data?

        init(_ relation: Relation) {
            self.relation = relation
            evidence = RelationRows.compact(relation)
            data = evidence == nil ? Coding.encode(relation) : nil
        }
    }

    /// Stores the relations one article states; each has its sentence as the evidence.
    @discardableResult
    static func insert(_ db: Database, article: Int64, relations: [Relation]) throws -> [RelationCounts.Entry] {
        try insert(db, article: article, prepared: relations.map(Prepared.init))
    }

    /// Stores an article's rows; returns what each adds to its key's tallies (``RelationCounts/entries(_:)``).
    @discardableResult
    static func insert(_ db: Database, article: Int64, prepared: [Prepared]) throws -> [RelationCounts.Entry] {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO relation_evidence(article, ord, subject, predicate, object, origin, role, weight, sentence, start, end, data, evidence)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let entries = RelationCounts.entries(prepared.map(\.relation))
        for (ord, row) in prepared.enumerated() {
            let relation = row.relation
            var arguments: StatementArguments = [article, ord, relation.subject, relation.predicate.rawValue, relation.object,
                                                 relation.origin.rawValue, relation.role, relation.weight]
            if let evidence = row.evidence {
                arguments += [evidence.sentence, evidence.span?.start, evidence.span?.end, nil as Data?]
            } else {
                arguments += [nil as Int?, nil as Int?, nil as Int?, row.data]
            }
            try statement.execute(arguments: arguments + [entries[ord].evidence])
        }
        return entries
    }

    /// Stores the relations of a knowledge file, whole (they carry their file and line); returns what
    /// each adds to its key's tallies.
    @discardableResult
    static func insert(_ db: Database, knowledge path: String, relations: [Relation]) throws -> [RelationCounts.Entry] {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO relation_evidence(knowledge, ord, subject, predicate, object, origin, role, weight, data, evidence)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let entries = RelationCounts.entries(relations)
        for (ord, relation) in relations.enumerated() {
            try statement.execute(arguments: [path, ord, relation.subject, relation.predicate.rawValue, relation.object,
                                              relation.origin.rawValue, relation.role, relation.weight, Coding.encode(relation),
                                              entries[ord].evidence])
        }
        return entries
    }

    /// The one evidence of a relation whose sentence the article's text gives back, or nil when the
    /// relation needs its full form stored.
    fileprivate static func compact(_ relation: Relation) -> Evidence? {
        guard relation.evidence.count == 1, relation.since == nil, relation.until == nil, relation.source == nil,
              let evidence = relation.evidence.first, evidence.location == nil, evidence.saidBy == nil, evidence.sentence != nil,
              let span = evidence.span, span.start >= 0, span.end >= span.start else { return nil }
        return evidence
    }

    /// Merged relations whose subject or object is `entityID`, or all of them when nil.
    static func merged(_ db: Database, entity entityID: String?) throws -> [Relation] {
        guard let entityID else { return RelationExtractor.merge(try stated(db, entities: nil) + CooccurrenceRows.relations(db, entities: nil)) }
        return try merged(db, entities: [entityID])[entityID] ?? []
    }

    /// The merged relations of each of `entityIDs`, by id, read in one pass over the rows of them all.
    ///
    /// Every row of a relation names its subject and object, so merging the rows of several entities
    /// and keeping each entity's gives exactly what merging that entity's rows alone gives.
    static func merged(_ db: Database, entities entityIDs: [String]) throws -> [String: [Relation]] {
        let focus = Set(entityIDs)
        guard !focus.isEmpty else { return [:] }
        let rows = try stated(db, entities: Array(focus)) + CooccurrenceRows.relations(db, entities: Array(focus))
        var out: [String: [Relation]] = [:]
        for relation in RelationExtractor.merge(rows) {
            if focus.contains(relation.subject) { out[relation.subject, default: []].append(relation) }
            if relation.object != relation.subject, focus.contains(relation.object) { out[relation.object, default: []].append(relation) }
        }
        return out
    }

    /// The rows of `relation_evidence` (typed relations) naming any of `entityIDs` (all when nil), in
    /// the order a full load states them.
    private static func stated(_ db: Database, entities entityIDs: [String]?) throws -> [Relation] {
        let filter = entityIDs == nil ? "" : "WHERE r.subject IN (SELECT value FROM json_each(?1)) OR r.object IN (SELECT value FROM json_each(?1))"
        return try stated(db, filter: filter, arguments: entityIDs.map { [TextList.json($0)] } ?? []) { _ in true }
    }

    /// The stored rows `filter` selects (a `WHERE` clause on `r`) whose key `keep` accepts, unmerged, in
    /// the order ``RelationExtractor/merge(_:)`` must see them.
    static func stated(
        _ db: Database, filter: String, arguments: StatementArguments, keep: (RelationPageKey) -> Bool
    ) throws -> [Relation] {
        let rows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT r.data, r.subject, r.predicate, r.object, r.origin, r.role, r.weight, a.id, r.sentence, r.start, r.end, a.rowid
            FROM relation_evidence r LEFT JOIN articles a ON a.rowid = r.article \(filter)
            ORDER BY r.article IS NOT NULL, r.knowledge, a.path, r.ord
            """), arguments: arguments)
        var texts = try EvidenceTexts(db)
        var relations: [Relation] = []
        while let row = try rows.next() {
            guard let origin = RelationOrigin(rawValue: row[4]),
                  keep(RelationPageKey(predicate: Predicate(rawValue: row[2]), object: row[3], origin: origin)) else { continue }
            if let data: Data = row[0] {
                if let relation = Coding.decode(Relation.self, data) { relations.append(relation) }
                continue
            }
            let span = TextSpan(start: row[9], end: row[10])
            let evidence = Evidence(article: row[7], sentence: row[8], text: try texts.cut(article: row[11], span: span), span: span)
            relations.append(Relation(subject: row[1], predicate: Predicate(rawValue: row[2]), object: row[3], origin: origin,
                                      role: row[5], weight: row[6], evidence: [evidence]))
        }
        return relations
    }

    /// How many merged relations there are, kept up to date by every sync (``RelationCounts``).
    static func count(_ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT n FROM relation_count") ?? 0
    }
}
