import EventModel
import Foundation
import GRDB

/// Mentions stored as one packed row per article (`mentions`), and the sentences that name each entity
/// as a contentless FTS5 table (`entity_sentences`: a document of entity rowids per sentence with
/// mentions, whose rowid is the article's rowid and the sentence, see ``sentenceKey``).
///
/// At 100,000 articles a row per mention was 14.5 million rows and, with the index by entity, a third
/// of the index; almost every mention is of its own (entity, article, sentence), so an index of those
/// costs nearly as much as a B-tree. Packed, a mention is about five bytes, and FTS5 keeps each entity's
/// sentences as a delta-coded list of rowids that it updates incrementally and intersects on its own.
enum MentionRows {
    /// One stored mention: its entity's rowid (-1 when the catalog has no such entity), span and sentence.
    struct Packed: Sendable, Hashable {
        var entity: Int64
        var span: TextSpan
        var sentence: Int
    }

    /// The FTS5 expression matching the sentences that name the entity whose rowid is the SQL value `rowid`.
    static func match(_ rowid: String) -> String { "'\"' || (\(rowid)) || '\"'" }

    /// A sentence's rowid in `entity_sentences`: its article's rowid, then 20 bits of sentence index.
    static func sentenceKey(article: Int64, sentence: Int) -> Int64 {
        article << sentenceBits | Int64(min(max(0, sentence), 1 << sentenceBits - 1))
    }

    static let sentenceBits = 20
    /// The article and the sentence of the `entity_sentences` row `m`, in SQL.
    static let articleOfRow = "(m.rowid >> \(sentenceBits))"
    static let sentenceOfRow = "(m.rowid & \(1 << sentenceBits - 1))"

    /// The sentences of the articles that name the entity whose rowid is the first argument, as `m`
    /// (in article and sentence order), with their co-occurrence rows, `c`.
    static let sentencesNaming = """
        entity_sentences m CROSS JOIN cooccurrences c
        ON c.article = \(articleOfRow) AND c.sentence = \(sentenceOfRow) AND m.entity_sentences MATCH \(match("?1"))
        """

    /// The sentences that the FTS5 expression bound to the first `?` matches (entity rowids, quoted), as
    /// `m` in article and sentence order, with their co-occurrence rows, `c`.
    static let sentencesMatching = """
        entity_sentences m CROSS JOIN cooccurrences c
        ON c.article = \(articleOfRow) AND c.sentence = \(sentenceOfRow) AND m.entity_sentences MATCH ?
        """

    /// The rowids of the articles that name the entity whose rowid is the SQL value `rowid`, once each.
    static func articlesNaming(_ rowid: String) -> String {
        "SELECT DISTINCT \(articleOfRow) AS article FROM entity_sentences m WHERE m.entity_sentences MATCH \(match(rowid))"
    }

    // MARK: - Writing

    /// Stores an article's mentions in their order.
    static func insert(_ db: Database, article: Int64, mentions: [Packed]) throws {
        guard !mentions.isEmpty else { return }
        try insert(db, article: article, encoded: encode(mentions), documents: documents(mentions))
    }

    /// Stores an article's mentions as ``encode(_:)`` packed them, with their ``documents(_:)``.
    static func insert(_ db: Database, article: Int64, encoded: Data, documents: [(sentence: Int, text: String)]) throws {
        guard !encoded.isEmpty else { return }
        try db.cachedStatement(sql: "INSERT INTO mentions(article, data) VALUES (?, ?)").execute(arguments: [article, encoded])
        let statement = try db.cachedStatement(sql: "INSERT INTO entity_sentences(rowid, entities) VALUES (?, ?)")
        for (sentence, text) in documents {
            try statement.execute(arguments: [sentenceKey(article: article, sentence: sentence), text])
        }
    }

    /// Deletes an article's mentions and hands back what they were.
    static func delete(_ db: Database, article: Int64) throws -> [Packed] {
        guard let data = try Data.fetchOne(db.cachedStatement(sql: "SELECT data FROM mentions WHERE article = ?"), arguments: [article]) else {
            return []
        }
        let mentions = decode(data)
        // A contentless table forgets a document by being told its text again.
        let statement = try db.cachedStatement(sql: "INSERT INTO entity_sentences(entity_sentences, rowid, entities) VALUES ('delete', ?, ?)")
        for (sentence, text) in documents(mentions) {
            try statement.execute(arguments: [sentenceKey(article: article, sentence: sentence), text])
        }
        try db.cachedStatement(sql: "DELETE FROM mentions WHERE article = ?").execute(arguments: [article])
        return mentions
    }

    static func deleteAll(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM mentions; INSERT INTO entity_sentences(entity_sentences) VALUES ('delete-all');")
    }

    /// The entity-rowid documents of an article's sentences, in sentence order: each entity a sentence
    /// names once, in rowid order; sentences that name none the catalog has have none.
    static func documents(_ mentions: [Packed]) -> [(sentence: Int, text: String)] {
        // (sentence, entity) sorted and each once: a sort of one flat array, not a set per sentence.
        var named: [(sentence: Int, entity: Int64)] = []
        named.reserveCapacity(mentions.count)
        for mention in mentions where mention.entity >= 0 {
            named.append((min(max(0, mention.sentence), 1 << sentenceBits - 1), mention.entity))
        }
        named.sort { ($0.sentence, $0.entity) < ($1.sentence, $1.entity) }
        var out: [(sentence: Int, text: String)] = []
        var index = 0
        while index < named.count {
            let sentence = named[index].sentence
            var text = String(named[index].entity)
            var previous = named[index].entity
            index += 1
            while index < named.count && named[index].sentence == sentence {
                if named[index].entity != previous {
                    text += " "
                    text += String(named[index].entity)
                    previous = named[index].entity
                }
                index += 1
            }
            out.append((sentence, text))
        }
        return out
    }

    /// Mentions per entity, `sign` each (1 for mentions stored, -1 for mentions deleted), into `counts`.
    static func count(_ mentions: [Packed], sign: Int, into counts: inout [Int64: Int]) {
        for mention in mentions where mention.entity >= 0 { counts[mention.entity, default: 0] += sign }
    }

    // MARK: - Reading

    /// An article's mentions in their order, empty when it has none.
    static func of(_ db: Database, article: Int64) throws -> [Packed] {
        try Data.fetchOne(db.cachedStatement(sql: "SELECT data FROM mentions WHERE article = ?"), arguments: [article]).map(decode) ?? []
    }

    /// The text of each mention, cut from the article's text by its span (in Unicode scalars).
    static func texts(of mentions: [Packed], in text: String) -> [String] {
        guard !mentions.isEmpty else { return [] }
        let scalars = Array(text.unicodeScalars)
        return mentions.map { mention in
            let lower = max(0, min(mention.span.start, scalars.count))
            let upper = max(lower, min(mention.span.end, scalars.count))
            var out = String.UnicodeScalarView()
            out.append(contentsOf: scalars[lower..<upper])
            return String(out)
        }
    }

    // MARK: - Packing

    /// Each mention as four variable-length integers: entity, start (from the previous start), length
    /// and sentence (from the previous sentence), signed ones zigzag-coded.
    static func encode(_ mentions: [Packed]) -> Data {
        var writer = PackedWriter()
        var start = 0, sentence = 0
        for mention in mentions {
            writer.int(IntBlob.zigzag(Int(mention.entity)))
            writer.int(IntBlob.zigzag(mention.span.start - start))
            writer.int(IntBlob.zigzag(mention.span.end - mention.span.start))
            writer.int(IntBlob.zigzag(mention.sentence - sentence))
            start = mention.span.start
            sentence = mention.sentence
        }
        return Data(writer.bytes)
    }

    /// The mentions `encode` packed; a damaged tail is dropped.
    static func decode(_ data: Data) -> [Packed] {
        data.withUnsafeBytes { buffer in
            var reader = PackedReader(buffer)
            var out: [Packed] = []
            var start = 0, sentence = 0
            while !reader.atEnd {
                guard let entity = reader.int(), let startDelta = reader.int(), let length = reader.int(), let sentenceDelta = reader.int() else {
                    break
                }
                start += IntBlob.unzigzag(startDelta)
                sentence += IntBlob.unzigzag(sentenceDelta)
                let span = TextSpan(start: start, end: start + IntBlob.unzigzag(length))
                out.append(Packed(entity: Int64(IntBlob.unzigzag(entity)), span: span, sentence: sentence))
            }
            return out
        }
    }
}
