import EventModel
import Foundation
import GRDB

extension IndexedCorpus {
    public func neighbours(ofEach entityIDs: [String]) throws -> [String: [Neighbour]] {
        try read { db in
            var out: [String: [Neighbour]] = [:]
            for (id, var ties) in try NeighbourRows.ties(db, entities: entityIDs) {
                let ranked = try ties.neighbours()
                if !ranked.isEmpty { out[id] = ranked }
            }
            return out
        }
    }

    public func relations(between first: String, and second: String) throws -> [Relation] {
        try read { db in try NeighbourRows.between(db, first, second) }
    }

    public func strongestTies(ofEach entityIDs: [String], filter: TieFilter, limit: Int) throws -> [String: TiePage] {
        try read { db in
            let outline = try TieOutline(db, entities: entityIDs, filter: filter, limit: limit)
            let found = try NeighbourRows.ties(db, entities: entityIDs, rows: outline.rowids)
            var out: [String: TiePage] = [:]
            for id in entityIDs {
                var ties = found[id]
                guard var page = try ties?.page(filter: filter, limit: limit) else {
                    out[id] = TiePage(ties: [], count: outline.accepted[id] ?? 0)
                    continue
                }
                // The stated ties left unread count as the outline saw them.
                page.count += (outline.accepted[id] ?? 0) - (ties?.stated.filter(filter.accepts).count ?? 0)
                out[id] = page
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
    /// The ties of each entity asked for, by id (those with none left out): its stored rows merged
    /// whole, and a count of sentences per co-occurring partner.
    /// With `rows`, only those rows of `relation_evidence` are read (``TieOutline`` chooses them).
    static func ties(_ db: Database, entities entityIDs: [String], rows: [Int64]? = nil) throws -> [String: EntityTies] {
        let focus = Array(Set(entityIDs))
        guard !focus.isEmpty else { return [:] }
        let stated = try rows.map {
            try RelationRows.stated(db, filter: "WHERE r.rowid IN (SELECT value FROM json_each(?1))", arguments: [RowList.json($0)]) { _ in true }
        } ?? RelationRows.stated(db, filter: """
            WHERE r.subject IN (SELECT value FROM json_each(?1)) OR r.object IN (SELECT value FROM json_each(?1))
            """, arguments: [TextList.json(focus)]) { _ in true }
        let counted = try partnerCounts(db, of: focus)
        var out: [String: EntityTies] = [:]
        for id in focus {
            let rows = stated.filter { $0.subject == id || $0.object == id }
            let partners = counted[id] ?? []
            guard !rows.isEmpty || !partners.isEmpty else { continue }
            out[id] = try EntityTies(db, id: id, stated: rows, partners: partners, ids: [:])
        }
        return out
    }

    /// For each entity, by id, the entities that share a co-occurrence sentence with it (by rowid) and
    /// how many such sentences there are: one pass over the sentences that name any of them.
    private static func partnerCounts(_ db: Database, of entityIDs: [String]) throws -> [String: [(rowid: Int64, sentences: Int)]] {
        var slot: [Int64: Int] = [:]
        var names: [String] = []
        for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT rowid, id FROM entities WHERE id IN (SELECT value FROM json_each(?))"),
                                    arguments: [TextList.json(entityIDs)]) {
            slot[row[0]] = names.count
            names.append(row[1])
        }
        guard !names.isEmpty else { return [:] }
        let match = slot.keys.sorted().map { "\"\($0)\"" }.joined(separator: " OR ")
        let rows = try Data.fetchCursor(db.cachedStatement(sql: """
            SELECT c.entities FROM \(MentionRows.sentencesMatching)
            """), arguments: [match])
        // Counts by rowid in one array per entity, allocated when first needed: a hub's sentences name
        // tens of thousands of partners, and hashing each of a million names was most of the pass.
        let size = Int(try Int64.fetchOne(db, sql: "SELECT max(rowid) FROM entities") ?? 0) + 1
        var counts = Array(repeating: [UInt32](), count: names.count)
        var partners = Array(repeating: [Int64](), count: names.count)
        // The asked entities' slots by rowid too, for the same reason: every member of every sentence is looked up.
        var slotOf = [Int32](repeating: -1, count: size)
        for (rowid, at) in slot where rowid >= 0 && rowid < size { slotOf[Int(rowid)] = Int32(at) }
        var members: [Int64] = []
        while let data = try rows.next() {
            IntBlob.decode(data, into: &members)
            for member in members {
                guard member >= 0 && member < size, case let at = Int(slotOf[Int(member)]), at >= 0 else { continue }
                if counts[at].isEmpty { counts[at] = Array(repeating: 0, count: size) }
                // An entity the catalog did not have is stored as -1 and named in no relation.
                for other in members where other != member && other >= 0 && other < size {
                    if counts[at][Int(other)] == 0 { partners[at].append(other) }
                    counts[at][Int(other)] += 1
                }
            }
        }
        var out: [String: [(rowid: Int64, sentences: Int)]] = [:]
        for (at, name) in names.enumerated() where !partners[at].isEmpty {
            out[name] = partners[at].map { ($0, Int(counts[at][Int($0)])) }
            counts[at] = []
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
                SELECT a.id, c.sentence, c.start, c.end, c.entities, c.article
                FROM \(MentionRows.sentencesMatching) JOIN articles a ON a.rowid = c.article
                """), arguments: [ids.keys.sorted().map { "\"\($0)\"" }.joined(separator: " ")])
            var texts = try EvidenceTexts(db)
            while let row = try rows.next() {
                // The blob's order is the reader's: the one named first is the subject.
                let pair = IntBlob.decode(row[4]).compactMap { ids[$0] }
                guard pair.count == 2 else { continue }
                let span = TextSpan(start: row[2], end: row[3])
                let evidence = Evidence(article: row[0], sentence: row[1], text: try texts.cut(article: row[5], span: span), span: span)
                shared.append(Relation(subject: pair[0], predicate: .coOccursWith, object: pair[1], origin: .cooccurrence,
                                       weight: 1, evidence: [evidence]))
            }
        }
        return RelationExtractor.merge(stated + shared)
    }
}
