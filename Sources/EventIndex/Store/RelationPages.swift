import EventModel
import Foundation
import GRDB

extension IndexedCorpus {
    public func relationPage(subject subjectID: String, after: RelationPageKey?, limit: Int) throws -> [RelationExcerpt] {
        try read { db in try RelationPages.page(db, subject: subjectID, after: after, limit: limit) }
    }

    public func relatedEntityIDs(of entityID: String, origin: RelationOrigin?) throws -> [String] {
        try read { db in try RelationPages.related(db, to: entityID, origin: origin) }
    }

    public func articleIDPage(after: String?, limit: Int) throws -> [String] {
        try read { db in
            guard let after else {
                return try String.fetchAll(db, sql: "SELECT DISTINCT id FROM articles ORDER BY id LIMIT ?", arguments: [max(0, limit)])
            }
            return try String.fetchAll(db, sql: "SELECT DISTINCT id FROM articles WHERE id > ? ORDER BY id LIMIT ?", arguments: [after, max(0, limit)])
        }
    }
}

/// One subject's relations a page at a time, as ``RelationRows/merged(_:entity:)`` would give them,
/// each cut to a ``RelationExcerpt``.
///
/// Only the page's relations are built. Co-occurrence is counted from the subject's sentences without
/// their text (two passes: its partners, then the page's), so a hub named in 100,000 sentences costs
/// its list of partners and one page of excerpts, not its evidence.
enum RelationPages {
    static func page(_ db: Database, subject: String, after: RelationPageKey?, limit: Int) throws -> [RelationExcerpt] {
        guard limit > 0 else { return [] }
        // Statements are cached: an export asks for a page of every entity, and compiling them was most of a small page's cost.
        let focus = try Int64.fetchOne(db.cachedStatement(sql: "SELECT rowid FROM entities WHERE id = ?"), arguments: [subject])
        var keys = Set<RelationPageKey>()
        for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT DISTINCT predicate, object, origin FROM relation_evidence WHERE subject = ?"),
                                    arguments: [subject]) {
            guard let origin = RelationOrigin(rawValue: row[2]) else { continue }
            keys.insert(RelationPageKey(predicate: Predicate(rawValue: row[0]), object: row[1], origin: origin))
        }
        // A co-occurring pair is stated with the smaller id as its subject (CooccurrenceRows.split).
        var partnerIDs: [Int64: String] = [:]
        if let focus {
            partnerIDs = try CooccurrenceRows.entityIDs(db, rowids: partners(db, of: focus)).filter { $0.value > subject }
            for id in partnerIDs.values { keys.insert(RelationPageKey(predicate: .coOccursWith, object: id, origin: .cooccurrence)) }
        }
        let window = Set(keys.filter { key in after.map { $0 < key } ?? true }.sorted().prefix(limit))
        guard !window.isEmpty else { return [] }

        var stated: [RelationPageKey: Relation] = [:]
        for relation in RelationExtractor.merge(try RelationRows.stated(db, filter: "WHERE r.subject = ?", arguments: [subject],
                                                                         keep: window.contains)) {
            stated[RelationPageKey(relation)] = relation
        }
        let counted = try focus.map { focus in
            try cooccurrences(db, of: focus, with: partnerIDs.filter { window.contains(cooccurrenceKey($0.value)) })
        } ?? [:]
        var texts = try EvidenceTexts(db)
        return try window.sorted().map { key in
            let isCooccurrence = key.predicate == Predicate.coOccursWith.rawValue && key.origin == RelationOrigin.cooccurrence.rawValue
            return try excerpt(stated: stated[key], counted: isCooccurrence ? counted[key.object] : nil, subject: subject, key: key,
                               texts: &texts)
        }
    }

    /// The entities tied to `entityID` by a stored relation or a shared sentence, sorted.
    static func related(_ db: Database, to entityID: String, origin: RelationOrigin?) throws -> [String] {
        var ids = Set<String>()
        let originFilter = origin == nil ? "" : " AND origin = ?2"
        let arguments: StatementArguments = origin.map { [entityID, $0.rawValue] } ?? [entityID]
        for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT subject, object FROM relation_evidence WHERE subject = ?1\(originFilter)"),
                                    arguments: arguments) {
            ids.insert(row[1])
        }
        for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT subject, object FROM relation_evidence WHERE object = ?1\(originFilter)"),
                                    arguments: arguments) {
            ids.insert(row[0])
        }
        if origin == nil || origin == .cooccurrence,
           let focus = try Int64.fetchOne(db.cachedStatement(sql: "SELECT rowid FROM entities WHERE id = ?"), arguments: [entityID]) {
            ids.formUnion(try CooccurrenceRows.entityIDs(db, rowids: partners(db, of: focus)).values)
        }
        return ids.sorted()
    }

    // MARK: - Co-occurrence

    /// What the sentences of one pair say, counted without holding them.
    private struct Counted {
        var sentences = 0
        /// The first sentence in evidence order: article id, sentence index, the article's rowid and span.
        var first: (article: String, sentence: Int, rowid: Int64, span: TextSpan)?
        /// The smallest distinct article ids, sorted, at most ``RelationExcerpt/articleLimit``.
        var articles: [String] = []

        mutating func add(article: String, sentence: Int, rowid: Int64, span: TextSpan) {
            sentences += 1
            if first.map({ (article, sentence) < ($0.article, $0.sentence) }) ?? true {
                first = (article, sentence, rowid, span)
            }
            guard articles.count < RelationExcerpt.articleLimit || article < articles[articles.count - 1] else { return }
            let place = articles.firstIndex { $0 >= article } ?? articles.count
            guard place == articles.count || articles[place] != article else { return }
            articles.insert(article, at: place)
            if articles.count > RelationExcerpt.articleLimit { articles.removeLast() }
        }
    }

    private static func cooccurrenceKey(_ object: String) -> RelationPageKey {
        RelationPageKey(predicate: .coOccursWith, object: object, origin: .cooccurrence)
    }

    /// Every entity that shares a sentence with the entity of rowid `focus`.
    private static func partners(_ db: Database, of focus: Int64) throws -> Set<Int64> {
        var found = Set<Int64>()
        let rows = try Row.fetchCursor(db.cachedStatement(sql: "SELECT c.entities FROM \(MentionRows.sentencesNaming)"), arguments: [focus])
        while let row = try rows.next() {
            let members = IntBlob.decode(row[0])
            guard members.contains(focus) else { continue }
            found.formUnion(members)
        }
        found.remove(focus)
        return found
    }

    /// The sentences `focus` shares with each of `partners` (rowid to id), by partner id.
    private static func cooccurrences(_ db: Database, of focus: Int64, with partners: [Int64: String]) throws -> [String: Counted] {
        guard !partners.isEmpty else { return [:] }
        var counted: [String: Counted] = [:]
        let rows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT a.id, c.sentence, c.article, c.start, c.end, c.entities
            FROM \(MentionRows.sentencesNaming) JOIN articles a ON a.rowid = c.article
            """), arguments: [focus])
        while let row = try rows.next() {
            let members = IntBlob.decode(row[5])
            guard members.contains(focus) else { continue }
            let article: String = row[0], sentence: Int = row[1], rowid: Int64 = row[2]
            let span = TextSpan(start: row[3], end: row[4])
            for member in members {
                guard let id = partners[member] else { continue }
                counted[id, default: Counted()].add(article: article, sentence: sentence, rowid: rowid, span: span)
            }
        }
        return counted
    }

    /// One relation of the page from its stored rows (merged) and its counted sentences, as a merge of both gives it:
    /// stored rows come first, so their role and dates stand; weights add up; evidence is the union.
    private static func excerpt(
        stated: Relation?, counted: Counted?, subject: String, key: RelationPageKey, texts: inout EvidenceTexts
    ) throws -> RelationExcerpt {
        var relation = stated ?? Relation(subject: subject, predicate: Predicate(rawValue: key.predicate), object: key.object,
                                          origin: RelationOrigin(rawValue: key.origin) ?? .cooccurrence, weight: 0)
        var evidence = relation.evidence
        var count = evidence.count
        var articles = Set(evidence.compactMap(\.article))
        if let counted, let first = counted.first {
            let text = try texts.cut(article: first.rowid, span: first.span)
            evidence.append(Evidence(article: first.article, sentence: first.sentence, text: text, span: first.span))
            evidence.sort(by: RelationExtractor.evidenceOrder)
            count += counted.sentences
            relation.weight += Double(counted.sentences)
            articles.formUnion(counted.articles)
        }
        relation.evidence = Array(evidence.prefix(RelationExcerpt.evidenceLimit))
        return RelationExcerpt(relation: relation, evidenceCount: count,
                               articles: Array(articles.sorted().prefix(RelationExcerpt.articleLimit)))
    }
}
