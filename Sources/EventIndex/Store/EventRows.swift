import EventModel
import Foundation
import GRDB

/// Events stored as the sentences each article reports them in (`event_sentences`), merged when read.
///
/// A sync adds or drops the rows of the articles it links and nothing else; a reader merges every row
/// with the knowledge files' events through ``EventMerger``, articles by path as the loader reads them,
/// so the answers equal the in-memory store's. A row holds the frame without its sentence, which is
/// cut from the article's text when read.
enum EventRows {
    static let tables = ["event_sentences"]

    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE event_sentences(
                article INTEGER NOT NULL, ord INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
                data BLOB NOT NULL, PRIMARY KEY(article, ord)) WITHOUT ROWID;
            """)
    }

    /// Stores the event sentences of one article, in order.
    /// An event sentence as its row stores it: its span, and the sentence without its text (cut from the article).
    struct Encoded: Sendable {
        var span: TextSpan
        var data: Data
    }

    static func encode(_ sentences: [EventSentence]) -> [Encoded] {
        sentences.map { sentence in
            var stored = sentence
            stored.text = ""
            return Encoded(span: sentence.span, data: EventRowJSON.encode(stored))
        }
    }

    static func insert(_ db: Database, article: Int64, encoded: [Encoded]) throws {
        guard !encoded.isEmpty else { return }
        let statement = try db.cachedStatement(sql: "INSERT INTO event_sentences(article, ord, start, end, data) VALUES (?, ?, ?, ?, ?)")
        for (ord, sentence) in encoded.enumerated() {
            try statement.execute(arguments: [article, ord, sentence.span.start, sentence.span.end, sentence.data])
        }
    }

    /// Every event: knowledge files' first, merged with what the articles report. The merge reads every
    /// row, so its result is kept per index file until a sync writes (the `generation` in `meta`): the
    /// explorer asks again on each entity page, and a token that scanned the rows cost a scan each time.
    static func merged(_ db: Database, index: URL) throws -> [NewsEvent] {
        let generation = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'generation'")
        let token = try generation ?? Row.fetchOne(db, sql: """
            SELECT (SELECT count(*) FROM event_sentences),
                   (SELECT total(article * 1000003 + ord * 7919 + start) FROM event_sentences),
                   (SELECT value FROM meta WHERE key = 'catalog'),
                   (SELECT group_concat(hash) FROM (SELECT hash FROM files WHERE kind = 'knowledge' ORDER BY path))
            """).map { "\($0[0] as Int? ?? 0)|\($0[1] as Double? ?? 0)|\($0[2] as String? ?? "")|\($0[3] as String? ?? "")" } ?? ""
        if let cached = cache.events(for: index.path, token: token) { return cached }
        let events = try merged(db)
        cache.store(events, for: index.path, token: token)
        return events
    }

    private static let cache = EventCache()

    static func merged(_ db: Database) throws -> [NewsEvent] {
        var knowledge: [KnowledgeEvent] = []
        for data in try Data.fetchAll(db, sql: "SELECT data FROM knowledge ORDER BY path") {
            knowledge += Coding.decode(KnowledgeBase.self, data)?.events ?? []
        }
        var sentences: [EventSentence] = []
        let rows = try Row.fetchCursor(db, sql: """
            SELECT e.data, e.article, e.start, e.end
            FROM event_sentences e JOIN articles a ON a.rowid = e.article ORDER BY a.path, e.ord
            """)
        var texts = try EvidenceTexts(db)
        while let row = try rows.next() {
            guard var sentence = Coding.decode(EventSentence.self, row[0] as Data?) else { continue }
            sentence.text = try texts.cut(article: row[1], span: TextSpan(start: row[2], end: row[3]))
            sentences.append(sentence)
        }
        var entities: [String: (name: String, kind: String)] = [:]
        let lookup = try db.cachedStatement(sql: "SELECT name, kind FROM entities WHERE id = ?")
        func entity(_ id: String) -> (name: String, kind: String)? {
            if let known = entities[id] { return known }
            guard let row = try? Row.fetchOne(lookup, arguments: [id]) else { return nil }
            let found = (name: row[0] as String, kind: row[1] as String)
            entities[id] = found
            return found
        }
        // Where the corpus says each place of a report is: one look-up by key per place the reports name.
        var containers: [String: [String]] = [:]
        let within = try db.cachedStatement(sql: """
            SELECT object FROM relation_keys WHERE subject = ? AND predicate = 'located_in'
            """)
        for place in Set(sentences.flatMap(\.places)) where entity(place)?.kind != EntityKind.country.rawValue {
            let found = try String.fetchAll(within, arguments: [place])
            if !found.isEmpty { containers[place] = found }
        }
        return EventMerger.merge(
            knowledge: knowledge, sentences: sentences, name: { entity($0)?.name },
            isCountry: { entity($0)?.kind == EntityKind.country.rawValue },
            isPerson: { entity($0)?.kind == EntityKind.person.rawValue }, within: { containers[$0] ?? [] })
    }
}

/// The last merged events of each index file, with the token of what they were merged from.
private final class EventCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: (token: String, events: [NewsEvent])] = [:]

    func events(for path: String, token: String) -> [NewsEvent]? {
        lock.withLock { entries[path].flatMap { $0.token == token ? $0.events : nil } }
    }

    func store(_ events: [NewsEvent], for path: String, token: String) {
        lock.withLock { entries[path] = (token, events) }
    }
}

extension IndexedCorpus {
    public func events() throws -> [NewsEvent] {
        try read { db in try EventRows.merged(db, index: indexPath) }
    }

    public func events(involving entityID: String) throws -> [NewsEvent] {
        try events().filter { $0.involves(entityID) }
    }

    public func timeline() throws -> [TimelineEntry] {
        try read { db in
            let events = try EventRows.merged(db, index: indexPath)
            let articles = try Row.fetchAll(db, sql: "SELECT date, title, id FROM articles WHERE date IS NOT NULL ORDER BY date, path")
                .map { (date: $0[0] as String, title: $0[1] as String, id: $0[2] as String) }
            let isEntity = try db.cachedStatement(sql: "SELECT 1 FROM entities WHERE id = ?")
            return TimelineEntry.timeline(events: events, articles: articles, isEntity: { id in
                ((try? Bool.fetchOne(isEntity, arguments: [id])) ?? nil) ?? false
            })
        }
    }
}
