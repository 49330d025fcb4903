import EventModel
import Foundation
import GRDB

extension IndexedCorpus {
    public func neighbours(ofEach entityIDs: [String]) throws -> [String: [Neighbour]] {
        try read { db in
            try NeighbourRows.light(db, entities: entityIDs).reduce(into: [:]) { out, entry in
                let ranked = Neighbour.ranked(entry.value, of: entry.key)
                if !ranked.isEmpty { out[entry.key] = ranked }
            }
        }
    }

    public func relations(between first: String, and second: String) throws -> [Relation] {
        try read { db in try NeighbourRows.between(db, first, second) }
    }

    public func strongestTies(ofEach entityIDs: [String], filter: TieFilter, limit: Int) throws -> [String: TiePage] {
        try read { db in
            let light = try NeighbourRows.light(db, entities: entityIDs)
            var out: [String: TiePage] = [:]
            for id in entityIDs {
                var ties = Tie.group(light[id] ?? [])
                // A tie of several records weighs their evidence: only those few are read whole before ranking.
                for index in ties.indices where ties[index].relations.count > 1 && ties[index].relations.contains(where: NeighbourRows.isLight) {
                    let whole = try NeighbourRows.between(db, ties[index].subject, ties[index].object)
                    ties[index].relations = ties[index].relations.map { relation in
                        NeighbourRows.isLight(relation) ? whole.first { $0.key == relation.key } ?? relation : relation
                    }
                }
                let accepted = RelationRanking.strongestFirst(ties).filter(filter.accepts)
                out[id] = TiePage(ties: accepted.prefix(max(0, limit)).map(TiePage.withoutCooccurrenceEvidence), count: accepted.count)
            }
            return out
        }
    }
}

/// What graph walks and tie lists need of the relations: each entity's relations merged as
/// ``RelationRows/merged(_:entities:)`` gives them, but co-occurrence counted from the entity ids of
/// its sentences, without their text or a relation per sentence.
///
/// A hub named in 100,000 sentences costs a pass over those sentences' rows of ids and a count per
/// partner, not a million relations with their evidence; the evidence of one tie is read when it is
/// shown (``between(_:_:_:)``).
enum NeighbourRows {
    /// The merged relations of each entity asked for, by id, co-occurrence without evidence: stored rows
    /// whole, and per partner one `co_occurs_with` relation (the smaller id as subject, as the reader
    /// states it) whose weight is the number of sentences the two share.
    static func light(_ db: Database, entities entityIDs: [String]) throws -> [String: [Relation]] {
        let focus = Array(Set(entityIDs))
        guard !focus.isEmpty else { return [:] }
        let stated = try RelationRows.stated(db, filter: """
            WHERE r.subject IN (SELECT value FROM json_each(?1)) OR r.object IN (SELECT value FROM json_each(?1))
            """, arguments: [TextList.json(focus)]) { _ in true }
        let counted = try partnerCounts(db, of: focus)
        var out: [String: [Relation]] = [:]
        for id in focus {
            var rows = stated.filter { $0.subject == id || $0.object == id }
            for (partner, sentences) in counted[id] ?? [:] {
                let (subject, object) = id < partner ? (id, partner) : (partner, id)
                rows.append(Relation(subject: subject, predicate: .coOccursWith, object: object, origin: .cooccurrence, weight: Double(sentences)))
            }
            if !rows.isEmpty { out[id] = RelationExtractor.merge(rows) }
        }
        return out
    }

    /// A co-occurrence relation of ``light(_:entities:)``: counted, its evidence not read.
    static func isLight(_ relation: Relation) -> Bool {
        relation.origin == .cooccurrence && relation.evidence.isEmpty
    }

    /// For each entity, the entities that share a co-occurrence sentence with it and how many such
    /// sentences there are, by id: one pass over the sentences that name any of them.
    private static func partnerCounts(_ db: Database, of entityIDs: [String]) throws -> [String: [String: Int]] {
        var focus: [Int64: String] = [:]
        for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT rowid, id FROM entities WHERE id IN (SELECT value FROM json_each(?))"),
                                    arguments: [TextList.json(entityIDs)]) {
            focus[row[0]] = row[1]
        }
        guard !focus.isEmpty else { return [:] }
        let match = focus.keys.sorted().map { "\"\($0)\"" }.joined(separator: " OR ")
        let rows = try Data.fetchCursor(db.cachedStatement(sql: """
            SELECT c.entities FROM entity_sentences m CROSS JOIN cooccurrences c
            ON c.article = \(MentionRows.articleOfRow) AND c.sentence = \(MentionRows.sentenceOfRow) AND m.entity_sentences MATCH ?
            """), arguments: [match])
        var counts: [Int64: [Int64: Int]] = [:]
        while let data = try rows.next() {
            let members = IntBlob.decode(data)
            for member in members where focus[member] != nil {
                var partners = counts[member] ?? [:]
                counts[member] = nil
                for other in members where other != member { partners[other, default: 0] += 1 }
                counts[member] = partners
            }
        }
        let ids = try CooccurrenceRows.entityIDs(db, rowids: Set(counts.values.flatMap(\.keys)))
        var out: [String: [String: Int]] = [:]
        for (rowid, partners) in counts {
            guard let id = focus[rowid] else { continue }
            var named: [String: Int] = [:]
            for (partner, sentences) in partners {
                if let partnerID = ids[partner] { named[partnerID] = sentences }
            }
            out[id] = named
        }
        return out
    }

    /// The merged relations between two entities, whole: their stored rows and the sentences that name
    /// both (FTS5 intersects the two lists), as ``CorpusStore/relations(between:and:)`` has them.
    static func between(_ db: Database, _ first: String, _ second: String) throws -> [Relation] {
        guard first != second else { return [] }
        let stated = try RelationRows.stated(db, filter: "WHERE (r.subject = ?1 AND r.object = ?2) OR (r.subject = ?2 AND r.object = ?1)",
                                             arguments: [first, second]) { _ in true }
        var ids: [Int64: String] = [:]
        for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT rowid, id FROM entities WHERE id IN (?, ?)"), arguments: [first, second]) {
            ids[row[0]] = row[1]
        }
        var shared: [Relation] = []
        if ids.count == 2 {
            let rows = try Row.fetchCursor(db.cachedStatement(sql: """
                SELECT a.id, c.sentence, c.start, c.end, c.entities, substr(a.text, c.start + 1, c.end - c.start)
                FROM entity_sentences m CROSS JOIN cooccurrences c
                ON c.article = \(MentionRows.articleOfRow) AND c.sentence = \(MentionRows.sentenceOfRow) AND m.entity_sentences MATCH ?
                JOIN articles a ON a.rowid = c.article
                """), arguments: [ids.keys.sorted().map { "\"\($0)\"" }.joined(separator: " ")])
            while let row = try rows.next() {
                // The blob's order is the reader's: the one named first is the subject.
                let pair = IntBlob.decode(row[4]).compactMap { ids[$0] }
                guard pair.count == 2 else { continue }
                let evidence = Evidence(article: row[0], sentence: row[1], text: row[5] ?? "", span: TextSpan(start: row[2], end: row[3]))
                shared.append(Relation(subject: pair[0], predicate: .coOccursWith, object: pair[1], origin: .cooccurrence,
                                       weight: 1, evidence: [evidence]))
            }
        }
        return RelationExtractor.merge(stated + shared)
    }
}
