import EventModel
import Foundation
import GRDB

extension IndexedCorpus {
    public func counts() throws -> CorpusCounts {
        try read { db in
            // Read in the same transaction as the counts, so that a cached value is never of another generation.
            let generation = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'generation'")
            if let generation, let cached = countsCache.counts(at: generation) { return cached }
            let counts = try Self.counts(db)
            if let generation { countsCache.store(counts, at: generation) }
            return counts
        }
    }

    private static func counts(_ db: Database) throws -> CorpusCounts {
        let row = try Row.fetchOne(db, sql: """
            SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM entities WHERE \(Self.listedEntity)), (SELECT n FROM relation_count),
                   (SELECT count(*) FROM links), (SELECT count(*) FROM links WHERE target IS NULL),
                   (SELECT count(*) FROM file_diagnostics WHERE severity = 'error')
                     + (SELECT count(*) FROM derived_diagnostics WHERE severity = 'error'),
                   (SELECT count(*) FROM file_diagnostics WHERE severity = 'warning')
                     + (SELECT count(*) FROM derived_diagnostics WHERE severity = 'warning')
            """)
        guard let row else { return CorpusCounts(articles: 0, entities: 0, relations: 0, links: 0, unresolvedLinks: 0, errors: 0, warnings: 0) }
        return CorpusCounts(articles: row[0], entities: row[1], relations: row[2], links: row[3],
                            unresolvedLinks: row[4], errors: row[5], warnings: row[6])
    }

    public func articles(order: ArticleOrder, range: Range<Int>) throws -> [ArticleSummary] {
        // Each ORDER BY repeats an index's expressions exactly, so a page is read without sorting.
        let orderBy: String
        switch order {
        case .date: orderBy = "a.date IS NULL, a.date DESC, a.path"
        case .title: orderBy = "a.title COLLATE NOCASE, a.path"
        case .source: orderBy = "a.source IS NULL, a.source COLLATE NOCASE, a.path"
        }
        return try read { db in
            try Row.fetchAll(db, sql: "SELECT \(ArticleRow.summaryColumns) FROM articles a \(ArticleRow.stateJoin) ORDER BY \(orderBy) LIMIT ? OFFSET ?",
                             arguments: [max(0, range.count), max(0, range.lowerBound)])
                .map { ArticleRow.summary($0) }
        }
    }

    public func article(id: String) throws -> Article? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT \(ArticleRow.fullColumns) FROM articles WHERE id = ? ORDER BY path LIMIT 1",
                                             arguments: [id]) else { return nil }
            return ArticleRow.article(row, links: try ArticleRow.links(db, article: row[0]))
        }
    }

    public func mentions(inArticle id: String) throws -> [Mention] {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT rowid, text FROM articles WHERE id = ? ORDER BY path LIMIT 1", arguments: [id]) else {
                return []
            }
            let mentions = try MentionRows.of(db, article: row[0])
            let ids = try CooccurrenceRows.entityIDs(db, rowids: Set(mentions.map(\.entity)))
            let texts = MentionRows.texts(of: mentions, in: row[1])
            // A mention of an entity the catalog no longer has is not shown.
            return zip(mentions, texts).compactMap { mention, text in
                ids[mention.entity].map { Mention(article: id, entity: $0, text: text, span: mention.span, sentence: mention.sentence) }
            }
        }
    }

    public func backlinks(to id: String) throws -> [ArticleSummary] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT \(ArticleRow.summaryColumns) FROM articles a \(ArticleRow.stateJoin)
                WHERE a.rowid IN (SELECT article FROM links WHERE target = ?) ORDER BY a.path
                """, arguments: [id]).map { ArticleRow.summary($0) }
        }
    }

    public func entityCount(kind: EntityKind?) throws -> Int {
        try read { db in
            if let kind {
                return try Int.fetchOne(db, sql: "SELECT count(*) FROM entities WHERE kind = ? AND \(Self.listedEntity)", arguments: [kind.rawValue]) ?? 0
            }
            return try Int.fetchOne(db, sql: "SELECT count(*) FROM entities WHERE \(Self.listedEntity)") ?? 0
        }
    }

    public func entities(kind: EntityKind?, range: Range<Int>) throws -> [EntitySummary] {
        try read { db in
            let filter = kind == nil ? "WHERE \(Self.listedEntity)" : "WHERE kind = ? AND \(Self.listedEntity)"
            var arguments: StatementArguments = kind.map { [$0.rawValue] } ?? []
            arguments += [max(0, range.count), max(0, range.lowerBound)]
            return try Row.fetchAll(db, sql: """
                SELECT id, name, kind, mentions, origin FROM entities \(filter) ORDER BY mentions DESC, name, id LIMIT ? OFFSET ?
                """, arguments: arguments).map(Self.entitySummary)
        }
    }

    /// The catalog holds every built-in country and city so that the text can link to them; a corpus
    /// lists those it names, its curated entities and the acronyms its text defines (as the loader does).
    static let listedEntity = "(mentions > 0 OR origin IN ('knowledge', 'acronym'))"

    static func entitySummary(_ row: Row) -> EntitySummary {
        let origin = EntityOrigin(rawValue: row[4]) ?? .discovered
        return EntitySummary(id: row[0], name: row[1], kind: EntityKind(rawValue: row[2]) ?? .other, mentions: row[3],
                             confirmed: origin != .discovered)
    }

    public func entity(id: String) throws -> Entity? {
        try read { db in
            Coding.decode(Entity.self, try Data.fetchOne(db, sql: "SELECT data FROM entities WHERE id = ?", arguments: [id]))
        }
    }

    public func resolveEntity(named name: String) throws -> Entity? {
        try read { db in try Self.resolveEntity(db, named: name) }
    }

    /// An id first, then a name or alias folded for case and diacritics; the most mentioned wins a tie.
    static func resolveEntity(_ db: Database, named name: String) throws -> Entity? {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        if let data = try Data.fetchOne(db, sql: "SELECT data FROM entities WHERE id = ?", arguments: [trimmed]) {
            return Coding.decode(Entity.self, data)
        }
        let data = try Data.fetchOne(db, sql: """
            SELECT e.data FROM aliases a JOIN entities e ON e.rowid = a.entity WHERE a.folded = ?
            ORDER BY e.mentions DESC, e.name LIMIT 1
            """, arguments: [TextFolding.key(trimmed)])
        return Coding.decode(Entity.self, data)
    }

    public func relations(of entityID: String) throws -> [Relation] {
        try read { db in
            try RelationRows.merged(db, entity: entityID)
        }
    }

    public func allRelations() throws -> [Relation] {
        try read { db in
            try RelationRows.merged(db, entity: nil)
        }
    }

    public func mentioningArticles(entityID: String, limit: Int) throws -> [KeywordInContext] {
        try read { db in
            guard let entity = try Int64.fetchOne(db, sql: "SELECT rowid FROM entities WHERE id = ?", arguments: [entityID]) else { return [] }
            // The page of articles is chosen from their dates and paths alone; only its rows are read whole.
            let order = "a.date IS NULL, a.date DESC, a.path"
            let rows = try Row.fetchAll(db, sql: """
                SELECT \(ArticleRow.summaryColumns), a.text, a.sentences, a.rowid
                FROM (SELECT a.rowid AS article FROM (\(MentionRows.articlesNaming("?"))) f JOIN articles a ON a.rowid = f.article
                      ORDER BY \(order) LIMIT ?) page
                JOIN articles a ON a.rowid = page.article \(ArticleRow.stateJoin)
                ORDER BY \(order)
                """, arguments: [entity, max(0, limit)])
            return try rows.compactMap { row in
                // The article's first mention of the entity.
                guard let first = try MentionRows.of(db, article: row[9]).first(where: { $0.entity == entity }) else { return nil }
                let text: String = row[7]
                let sentences = SpanBlob.decode(row[8])
                let mention = first.span
                let index = first.sentence
                let sentence = sentences.indices.contains(index) ? sentences[index] : mention
                return KeywordInContext(
                    article: ArticleRow.summary(row), sentence: index, text: text.substring(sentence),
                    highlight: TextSpan(start: max(0, mention.start - sentence.start), end: max(0, mention.end - sentence.start)))
            }
        }
    }

    public func diagnostics() throws -> [Diagnostic] {
        try read { db in try DiagnosticRows.all(db) }
    }
}

extension IndexedCorpus {
    /// The relations of every entity asked for, read in one pass (``CorpusStore/relations(ofEach:)``).
    public func relations(ofEach entityIDs: [String]) throws -> [String: [Relation]] {
        try read { db in try RelationRows.merged(db, entities: entityIDs) }
    }
}
