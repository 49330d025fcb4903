import EventModel
import Foundation
import GRDB

/// Co-occurrence stored as one row per sentence (`cooccurrences`): the entities the sentence pairs.
///
/// The extractor states a `co_occurs_with` relation for every pair of entities a sentence names, each
/// with that sentence as its only evidence; at 70 pairs an article that was most of the index. A row per
/// sentence holds the same facts, and a reader expands it back into exactly those relations.
enum CooccurrenceRows {
    /// One sentence's pairs: every pair of `entities` co-occurs there.
    typealias Group = CooccurrenceGroup

    /// A stated pair, to find one stated twice.
    private struct Pair: Hashable {
        var subject: String
        var object: String
    }

    /// Splits an article's relations into sentence groups and the relations stored as rows of their own.
    ///
    /// A sentence becomes a group only when its co-occurrences are exactly every pair of its entities
    /// once, each of weight 1 with the sentence (its span; the text is the article's text there, as for
    /// every stored evidence) as sole evidence and nothing else set; anything else (should the extractor
    /// ever state them otherwise) is kept as plain rows, so nothing is lost.
    static func split(_ relations: [Relation], article: Article, mentions: [Mention]) -> (groups: [Group], others: [Relation]) {
        var others: [Relation] = []
        var bySentence: [Int: [Relation]] = [:]
        var order: [Int] = []
        for relation in relations {
            guard relation.origin == .cooccurrence, relation.predicate == .coOccursWith, relation.weight == 1,
                  relation.role == nil, relation.since == nil, relation.until == nil, relation.source == nil,
                  relation.evidence.count == 1, let evidence = relation.evidence.first, evidence.location == nil, evidence.saidBy == nil,
                  evidence.article == article.id, let sentence = evidence.sentence, let span = evidence.span,
                  article.sentences.indices.contains(sentence), article.sentences[sentence] == span,
                  relation.subject < relation.object else {
                others.append(relation)
                continue
            }
            if bySentence[sentence] == nil { order.append(sentence) }
            bySentence[sentence, default: []].append(relation)
        }
        // A reader finds a sentence's group through the mentions of its entities in that sentence: the
        // entities each sentence names, gathered in one pass rather than one pass over the mentions per sentence.
        var named: [Int: Set<String>] = [:]
        if !order.isEmpty {
            for mention in mentions { named[mention.sentence, default: []].insert(mention.entity) }
        }
        var groups: [Group] = []
        for sentence in order {
            let stated = bySentence[sentence] ?? []
            let span = article.sentences[sentence]
            let members = Set(stated.flatMap { [$0.subject, $0.object] }).sorted()
            let pairs = Set(stated.map { Pair(subject: $0.subject, object: $0.object) })
            let inSentence = named[sentence] ?? []
            let expected = members.count * (members.count - 1) / 2
            let complete = members.allSatisfy(inSentence.contains) && pairs.count == stated.count && stated.count == expected
            if complete {
                groups.append(Group(sentence: sentence, span: span, entities: members))
            } else {
                others += stated
            }
        }
        return (groups, others)
    }

    /// The groups of an article as ``EntityLinker/analyseGrouped(_:)`` gives them, with the groups ``split(_:article:mentions:)``
    /// finds among its other relations (none unless a curation rejected a pair, or a long sentence's
    /// pairs happen to be complete), in sentence order; and the relations stored as rows of their own.
    static func groups(_ grouped: [Group], relations: [Relation], article: Article, mentions: [Mention]) -> (groups: [Group], others: [Relation]) {
        let split = split(relations, article: article, mentions: mentions)
        guard !split.groups.isEmpty else { return (grouped, split.others) }
        guard !grouped.isEmpty else { return split }
        // Both lists are in sentence order and name distinct sentences (a long sentence is never grouped by the extractor).
        return ((grouped + split.groups).sorted { $0.sentence < $1.sentence }, split.others)
    }

    static func insert(_ db: Database, article: Int64, rows: [LinkedRows.Cooccurrence]) throws {
        let statement = try db.cachedStatement(sql: "INSERT INTO cooccurrences(article, sentence, start, end, entities) VALUES (?, ?, ?, ?, ?)")
        for row in rows {
            try statement.execute(arguments: [article, row.sentence, row.span.start, row.span.end, row.blob])
        }
    }

    /// The co-occurrence relations, one per pair and sentence, of the pairs with one of `entityIDs` in
    /// them (all when nil).
    static func relations(_ db: Database, entities entityIDs: [String]?) throws -> [Relation] {
        let rows: [Row]
        var focus: Set<Int64>?
        if let entityIDs {
            let rowids = try Int64.fetchAll(db.cachedStatement(sql: """
                SELECT rowid FROM entities WHERE id IN (SELECT value FROM json_each(?))
                """), arguments: [TextList.json(entityIDs)])
            guard !rowids.isEmpty else { return [] }
            focus = Set(rowids)
            // The sentences that name any of them (each once: FTS5 gives each rowid once), in (article, sentence) order.
            let match = rowids.sorted().map { "\"\($0)\"" }.joined(separator: " OR ")
            rows = try Row.fetchAll(db.cachedStatement(sql: """
                SELECT a.id, c.sentence, c.start, c.end, c.entities, c.article
                FROM \(MentionRows.sentencesMatching) JOIN articles a ON a.rowid = c.article
                """), arguments: [match])
        } else {
            rows = try Row.fetchAll(db, sql: """
                SELECT a.id, c.sentence, c.start, c.end, c.entities, c.article
                FROM cooccurrences c JOIN articles a ON a.rowid = c.article
                """)
        }
        let ids = try Self.entityIDs(db, of: rows, all: entityIDs == nil)
        var texts = try EvidenceTexts(db)
        var out: [Relation] = []
        for row in rows {
            let rowids = IntBlob.decode(row[4])
            let members = rowids.compactMap { ids[$0] }
            let focused = focus.map { focus in Set(rowids.filter(focus.contains).compactMap { ids[$0] }) }
            if let focused, focused.isEmpty { continue }
            let span = TextSpan(start: row[2], end: row[3])
            let evidence = Evidence(article: row[0], sentence: row[1], text: try texts.cut(article: row[5], span: span), span: span)
            for first in members.indices {
                for second in members.indices where second > first {
                    if let focused, !focused.contains(members[first]) && !focused.contains(members[second]) { continue }
                    out.append(Relation(subject: members[first], predicate: .coOccursWith, object: members[second],
                                        origin: .cooccurrence, weight: 1, evidence: [evidence]))
                }
            }
        }
        return out
    }

    /// Entity ids by rowid: all of them for the whole corpus, else only those the rows name, so that
    /// one entity's page costs its own sentences rather than a read of every entity.
    private static func entityIDs(_ db: Database, of rows: [Row], all: Bool) throws -> [Int64: String] {
        var ids: [Int64: String] = [:]
        if all {
            for row in try Row.fetchAll(db, sql: "SELECT rowid, id FROM entities") { ids[row[0]] = row[1] }
            return ids
        }
        var needed = Set<Int64>()
        for row in rows { needed.formUnion(IntBlob.decode(row[4])) }
        return try entityIDs(db, rowids: needed)
    }

    /// The ids of the entities with these rowids, read 500 at a time.
    static func entityIDs(_ db: Database, rowids: Set<Int64>) throws -> [Int64: String] {
        var ids: [Int64: String] = [:]
        let list = Array(rowids)
        for start in stride(from: 0, to: list.count, by: 500) {
            let chunk = Array(list[start..<min(start + 500, list.count)])
            let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
            for row in try Row.fetchAll(db, sql: "SELECT rowid, id FROM entities WHERE rowid IN (\(marks))", arguments: StatementArguments(chunk)) {
                ids[row[0]] = row[1]
            }
        }
        return ids
    }

    /// The entity rowid pairs of one group, as keys of ``pair(_:_:)``.
    static func pairs(_ rowids: [Int64]) -> [UInt64] {
        var out: [UInt64] = []
        out.reserveCapacity(rowids.count * (rowids.count - 1) / 2)
        for first in rowids.indices {
            for second in rowids.indices where second > first { out.append(pair(rowids[first], rowids[second])) }
        }
        return out
    }

    static func pair(_ a: Int64, _ b: Int64) -> UInt64 {
        let (low, high) = a < b ? (a, b) : (b, a)
        return UInt64(UInt32(truncatingIfNeeded: low)) << 32 | UInt64(UInt32(truncatingIfNeeded: high))
    }

    static func unpair(_ key: UInt64) -> (low: Int64, high: Int64) {
        (Int64(key >> 32), Int64(key & 0xFFFF_FFFF))
    }
}

/// Integer ids packed as zigzag variable-length integers: most rowids take two or three bytes, not four.
enum IntBlob {
    static func encode(_ values: [Int64]) -> Data {
        var writer = PackedWriter()
        for value in values { writer.int(zigzag(Int(value))) }
        return Data(writer.bytes)
    }

    /// The values `encode` packed; a damaged tail is dropped.
    static func decode(_ data: Data?) -> [Int64] {
        guard let data else { return [] }
        return data.withUnsafeBytes { buffer in
            var reader = PackedReader(buffer)
            var out: [Int64] = []
            while !reader.atEnd, let value = reader.int() { out.append(Int64(unzigzag(value))) }
            return out
        }
    }

    /// The values `encode` packed, into `values` (emptied first): a pass over many rows reuses one buffer.
    static func decode(_ data: Data, into values: inout [Int64]) {
        values.removeAll(keepingCapacity: true)
        data.withUnsafeBytes { buffer in
            var reader = PackedReader(buffer)
            while !reader.atEnd, let value = reader.int() { values.append(Int64(unzigzag(value))) }
        }
    }

    /// A signed integer as a non-negative one, small magnitudes small: 0, -1, 1, -2… become 0, 1, 2, 3…
    static func zigzag(_ value: Int) -> Int { value >= 0 ? value << 1 : (~value << 1) | 1 }

    static func unzigzag(_ value: Int) -> Int { value & 1 == 0 ? value >> 1 : ~(value >> 1) }
}
