import EventModel
import GRDB

/// The tables of a corpus index. A change to any of them bumps `version`: an index written with
/// another version is rebuilt from the corpus rather than migrated, since the corpus is the source.
enum IndexSchema {
    static let version = 17

    /// Tables an index must have; one missing means the file is not ours or was damaged.
    static let requiredTables = [
        "meta", "files", "folders", "file_diagnostics", "derived_diagnostics", "articles", "article_state", "article_keys", "links", "knowledge",
        "entities", "aliases", "mentions", "entity_sentences", "relation_evidence", "cooccurrences", "relation_keys", "pair_hubs", "hub_pairs", "relation_count", "linker_state", "article_fts", "entity_fts", "article_vocab",
        "phrase_pairs", "phrase_pair_queue",
    ] + EventRows.tables

    /// The prefix lengths (in characters) FTS5 keeps a list of rows for: a longer or shorter prefix merges
    /// the lists of every word it begins.
    ///
    /// Both lists are kept, measured as a search decision (BENCHMARKS.md, "First full index: the prefix lists
    /// weighed"): at 100,000 generated articles they are about a fifth of the index (240 of 1,136 MB), and
    /// without them a two-letter prefix typed (`st`, `br`) took up to 222 ms and `tra*` 43 ms; with the
    /// 2-letter list alone, three letters (`sta`, `cha*`) up to 197 ms; with the 3-letter one alone, two
    /// letters up to 234 ms; with both, a p99 of 11 to 17 ms in those two classes. The answers were the same
    /// in all four.
    static let prefixLengths = [2, 3]
    static let tokenizer = "tokenize = 'unicode61 remove_diacritics 2', prefix = '\(prefixLengths.map(String.init).joined(separator: " "))'"

    /// The triggers that keep `article_fts` in step with `articles`. A first load drops them and writes
    /// each article's search row as it links it (see ``IndexUpdate/deferArticleSearch()``).
    static let articleSearchTriggers: [(name: String, sql: String)] = [
        ("articles_fts_insert", """
            CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
                INSERT INTO article_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
            END
            """),
        ("articles_fts_delete", """
            CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
                INSERT INTO article_fts(article_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
            END
            """),
        ("articles_fts_update", """
            CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
                INSERT INTO article_fts(article_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
                INSERT INTO article_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
            END
            """),
    ]

    /// The triggers that queue every article written or deleted for ``PhrasePairPostings/flush(_:)``, with the
    /// title and text the postings hold for it (none for a new rowid; the first queued state of a rowid is
    /// kept until the flush). Kept through a first load too (its articles are counted at each commit): they
    /// are not dropped with ``articleSearchTriggers``.
    static let phrasePairTriggers: [(name: String, sql: String)] = [
        ("articles_phrase_pairs_insert", """
            CREATE TRIGGER articles_phrase_pairs_insert AFTER INSERT ON articles BEGIN
                INSERT OR IGNORE INTO phrase_pair_queue(article) VALUES (new.rowid);
            END
            """),
        ("articles_phrase_pairs_delete", """
            CREATE TRIGGER articles_phrase_pairs_delete AFTER DELETE ON articles BEGIN
                INSERT OR IGNORE INTO phrase_pair_queue(article, title, text) VALUES (old.rowid, old.title, old.text);
            END
            """),
        ("articles_phrase_pairs_update", """
            CREATE TRIGGER articles_phrase_pairs_update AFTER UPDATE OF rowid, title, text ON articles BEGIN
                INSERT OR IGNORE INTO phrase_pair_queue(article, title, text) VALUES (old.rowid, old.title, old.text);
                INSERT OR IGNORE INTO phrase_pair_queue(article) VALUES (new.rowid);
            END
            """),
    ]

    /// BM25 weights of an article's columns: the title weighs ten times the body.
    static let articleWeights = "10.0, 1.0"

    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
            CREATE TABLE files(
                path TEXT PRIMARY KEY, kind TEXT NOT NULL, size INTEGER NOT NULL,
                mtime REAL NOT NULL, hash INTEGER NOT NULL) WITHOUT ROWID;
            -- A digest of each folder's rows of `files` as the last sync listed them (FolderDigests): a sync
            -- reads the rows of the folders whose digest moved, not every file's.
            CREATE TABLE folders(path TEXT PRIMARY KEY, digest INTEGER NOT NULL) WITHOUT ROWID;
            CREATE TABLE file_diagnostics(
                path TEXT NOT NULL, ord INTEGER NOT NULL, at TEXT NOT NULL, line INTEGER, severity TEXT NOT NULL,
                message TEXT NOT NULL, PRIMARY KEY(path, ord)) WITHOUT ROWID;
            CREATE TABLE derived_diagnostics(
                stage TEXT NOT NULL, ord INTEGER NOT NULL, path TEXT NOT NULL, line INTEGER,
                severity TEXT NOT NULL, message TEXT NOT NULL, PRIMARY KEY(stage, ord)) WITHOUT ROWID;
            CREATE TABLE articles(
                rowid INTEGER PRIMARY KEY, id TEXT NOT NULL, path TEXT NOT NULL UNIQUE, title TEXT NOT NULL,
                date TEXT, source TEXT, dateline TEXT, url TEXT, authors TEXT, tags TEXT, language TEXT,
                text TEXT NOT NULL, paragraphs BLOB NOT NULL, sentences BLOB NOT NULL,
                contribution BLOB NOT NULL, contribution_hash INTEGER NOT NULL);
            -- What linking and link resolution derive per article, apart from the wide article rows so that
            -- updating it does not rewrite their text.
            CREATE TABLE article_state(
                article INTEGER PRIMARY KEY, entity_count INTEGER NOT NULL DEFAULT 0,
                link_count INTEGER NOT NULL DEFAULT 0, unresolved_count INTEGER NOT NULL DEFAULT 0);
            -- What links resolve by (ArticleKeys): the title's key, the same without an outlet name, the URL's
            -- key, and the key of a title cut short.
            CREATE TABLE article_keys(
                article INTEGER PRIMARY KEY, title TEXT NOT NULL, bare TEXT, url TEXT, shortened TEXT);
            CREATE TABLE links(
                article INTEGER NOT NULL, ord INTEGER NOT NULL, title TEXT NOT NULL, title_key TEXT NOT NULL,
                line INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, target TEXT, url TEXT,
                PRIMARY KEY(article, ord)) WITHOUT ROWID;
            CREATE TABLE knowledge(path TEXT PRIMARY KEY, data BLOB NOT NULL) WITHOUT ROWID;
            CREATE TABLE entities(
                rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL, kind TEXT NOT NULL,
                origin TEXT NOT NULL, mentions INTEGER NOT NULL DEFAULT 0, data BLOB NOT NULL);
            CREATE INDEX entities_rank ON entities(mentions DESC, name);
            CREATE INDEX entities_kind_rank ON entities(kind, mentions DESC, name);
            CREATE TABLE aliases(entity INTEGER NOT NULL, alias TEXT NOT NULL, folded TEXT NOT NULL);
            CREATE INDEX aliases_folded ON aliases(folded);
            CREATE INDEX aliases_entity ON aliases(entity);
            -- Entities are the integer rowids of `entities`: the catalog is stored before any article is linked,
            -- and a catalog that changes relinks every article, so the ids never outlive their rows.
            -- An article's mentions packed in one row (MentionRows); the text of a mention is cut from the
            -- article by its span when read. `entity_sentences` lists the sentences that name each entity.
            CREATE TABLE mentions(article INTEGER PRIMARY KEY, data BLOB NOT NULL);
            CREATE VIRTUAL TABLE entity_sentences USING fts5(
                entities, content = '', detail = none, columnsize = 0, tokenize = 'ascii');
            -- One row per typed relation an article or knowledge file states, kept and dropped with its source,
            -- so a sync touches only the rows of what changed; readers merge them (RelationExtractor.merge).
            -- Article rows hold the sentence as a span of the article's text, not the text; rows that need
            -- more than these columns (curated relations, with file and line) hold the relation in `data`.
            CREATE TABLE relation_evidence(
                article INTEGER, knowledge TEXT, ord INTEGER NOT NULL,
                subject TEXT NOT NULL, predicate TEXT NOT NULL, object TEXT NOT NULL, origin TEXT NOT NULL,
                role TEXT, weight REAL NOT NULL, sentence INTEGER, start INTEGER, end INTEGER, data BLOB,
                evidence INTEGER NOT NULL);
            -- Co-occurrence is stored once per sentence, as the entities the sentence pairs (each pair of them is
            -- a co_occurs_with relation with that sentence as evidence), not as a row per pair and sentence.
            CREATE TABLE cooccurrences(
                article INTEGER NOT NULL, sentence INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
                entities BLOB NOT NULL, PRIMARY KEY(article, sentence)) WITHOUT ROWID;
            -- The typed relations' keys with their source counts, and the number of merged relations (these keys
            -- and the distinct co-occurring pairs, which have no row each: see RelationCounts), so that counting
            -- relations reads one number instead of the evidence. A sync keeps them up to date article by
            -- article, or counts them once after linking many articles. Each key also sums its rows' whole weights,
            -- the evidence each adds within its source (`relation_evidence.evidence`) and its rows of another
            -- weight, so that a page of ties ranks them from their keys (RelationCounts+Tallies, TieOutline).
            CREATE TABLE relation_keys(
                subject TEXT NOT NULL, predicate TEXT NOT NULL, object TEXT NOT NULL, origin TEXT NOT NULL,
                n INTEGER NOT NULL, weight REAL NOT NULL, evidence INTEGER NOT NULL, fractional INTEGER NOT NULL,
                PRIMARY KEY(subject, predicate, object, origin)) WITHOUT ROWID;
            -- The entities named in the most co-occurrence sentences when pairs were last counted, and the
            -- sentence count of each pair of two of them (see RelationCounts).
            CREATE TABLE pair_hubs(entity INTEGER PRIMARY KEY);
            CREATE TABLE hub_pairs(
                low INTEGER NOT NULL, high INTEGER NOT NULL, n INTEGER NOT NULL, PRIMARY KEY(low, high)) WITHOUT ROWID;
            CREATE TABLE relation_count(n INTEGER NOT NULL);
            -- At most one row: the packed linker of the stored catalog, with the digest of the knowledge files
            -- and contributions it was built from and the catalog's diagnostics (see LinkerState).
            CREATE TABLE linker_state(digest INTEGER NOT NULL, data BLOB NOT NULL, diagnostics BLOB);
            INSERT INTO relation_count(n) VALUES (0);
            INSERT INTO meta(key, value) VALUES ('shared_ids', '0');
            CREATE VIRTUAL TABLE article_fts USING fts5(
                title, text, content = 'articles', content_rowid = 'rowid', \(tokenizer));
            CREATE VIRTUAL TABLE article_vocab USING fts5vocab(article_fts, row);
            -- Each run of two or three of the commonest English words, per block of 4,096 rowids, with the articles
            -- that hold it and how often (PhrasePairPostings); the articles written since the last flush, with
            -- the title and text the postings hold for each (none for a new one).
            CREATE TABLE phrase_pairs(id INTEGER PRIMARY KEY, postings BLOB NOT NULL);
            CREATE TABLE phrase_pair_queue(article INTEGER PRIMARY KEY, title TEXT, text TEXT);
            CREATE VIRTUAL TABLE entity_fts USING fts5(name, aliases, \(tokenizer));
            """)
        for trigger in articleSearchTriggers + phrasePairTriggers { try db.execute(sql: trigger.sql) }
        // The title weighs ten times the body in every ranking (`ORDER BY rank`, and ArticleRanking's score).
        try db.execute(sql: "INSERT INTO article_fts(article_fts, rank) VALUES ('rank', 'bm25(\(articleWeights))')")
        try db.execute(sql: "INSERT INTO entity_fts(entity_fts, rank) VALUES ('rank', 'bm25(10.0, 5.0)')")
        try EventRows.create(db)
        try createSecondaryIndexes(db)
        try db.execute(sql: "PRAGMA user_version = \(version)")
        try db.execute(sql: "PRAGMA application_id = \(IndexFileCheck.applicationID)")
        try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('extraction', ?)", arguments: [ExtractionVersion.current])
    }

    /// Indexes that only speed up reading the articles. A first load drops them and builds each once at
    /// the end, in one sorted pass, instead of updating them row by row (see ``IndexUpdate``).
    static let articleIndexes = [
        "CREATE INDEX IF NOT EXISTS articles_id ON articles(id)",
        // Covers the whole-corpus passes of a sync (link resolution, the catalog's digest), which would
        // otherwise read every article's text pages to reach a few small columns.
        "CREATE INDEX IF NOT EXISTS articles_keys ON articles(path, id, title, contribution_hash)",
        // Links resolve by URL first; the few articles with one are read through this index alone.
        "CREATE INDEX IF NOT EXISTS articles_url ON articles(url) WHERE url IS NOT NULL",
        "CREATE INDEX IF NOT EXISTS articles_by_date ON articles(date IS NULL, date DESC, path)",
        "CREATE INDEX IF NOT EXISTS articles_by_title ON articles(title COLLATE NOCASE, path)",
        "CREATE INDEX IF NOT EXISTS articles_by_source ON articles(source IS NULL, source COLLATE NOCASE, path)",
        "CREATE INDEX IF NOT EXISTS links_target ON links(target)",
        "CREATE INDEX IF NOT EXISTS article_keys_title ON article_keys(title)",
        "CREATE INDEX IF NOT EXISTS article_keys_bare ON article_keys(bare) WHERE bare IS NOT NULL",
        "CREATE INDEX IF NOT EXISTS article_keys_url ON article_keys(url) WHERE url IS NOT NULL",
        "CREATE INDEX IF NOT EXISTS article_keys_shortened ON article_keys(shortened) WHERE shortened IS NOT NULL",
    ]

    /// Indexes over what linking derives; dropped while every article is linked again, built after.
    static let derivedIndexes = [
        "CREATE INDEX IF NOT EXISTS relation_evidence_article ON relation_evidence(article) WHERE article IS NOT NULL",
        "CREATE INDEX IF NOT EXISTS relation_evidence_knowledge ON relation_evidence(knowledge) WHERE knowledge IS NOT NULL",
        // With the other end, so that the rows of one tie are found without walking a hub's rows.
        "CREATE INDEX IF NOT EXISTS relation_evidence_subject ON relation_evidence(subject, object)",
        "CREATE INDEX IF NOT EXISTS relation_evidence_object ON relation_evidence(object, subject)",
    ]

    /// A page of ties reads an entity's keys as subject (the primary key) and as object. Built again
    /// with the keys (``RelationCounts/rebuild(_:commit:)``), not with the indexes above.
    static let relationKeysByObject = "CREATE INDEX IF NOT EXISTS relation_keys_object ON relation_keys(object)"

    static func createSecondaryIndexes(_ db: Database) throws {
        for statement in articleIndexes + derivedIndexes + [relationKeysByObject] { try db.execute(sql: statement) }
    }

    static func drop(_ indexes: [String], _ db: Database) throws {
        for statement in indexes {
            let name = statement.split(separator: " ")[5]
            try db.execute(sql: "DROP INDEX IF EXISTS \(name)")
        }
    }

    /// Why an open database cannot be used as it is, or nil when it can.
    static func problem(_ db: Database) throws -> String? {
        let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        let tables = Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"))
        if version == 0 && tables.isEmpty { return nil }
        if version != self.version { return "it was written by another version of evex (schema \(version))" }
        if let missing = requiredTables.first(where: { !tables.contains($0) }) { return "its table \(missing) is missing" }
        // A first load that failed in its process leaves them dropped (and its "sync running" mark).
        if let missing = try missingArticleSearchTrigger(db) { return "its trigger \(missing) is missing" }
        let extraction = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'extraction'")
        if extraction != ExtractionVersion.current {
            return "it was written by an evex that finds entities and relations differently (\(extraction ?? "older"))"
        }
        return nil
    }

    /// The first of `article_fts`'s triggers the database lacks, or nil.
    static func missingArticleSearchTrigger(_ db: Database) throws -> String? {
        let triggers = Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger'"))
        return (articleSearchTriggers + phrasePairTriggers).first(where: { !triggers.contains($0.name) })?.name
    }

    /// Rebuilds `article_fts` from the stored articles and creates its triggers again: what a first load
    /// that failed in this process, with the triggers dropped, leaves for the next sync to put right.
    static func repairArticleSearch(_ db: Database) throws {
        try db.execute(sql: "INSERT INTO article_fts(article_fts) VALUES ('rebuild')")
        let triggers = Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger'"))
        for trigger in articleSearchTriggers where !triggers.contains(trigger.name) { try db.execute(sql: trigger.sql) }
        if phrasePairTriggers.contains(where: { !triggers.contains($0.name) }) {
            // Without its triggers the phrase pairs may have missed articles: every one is counted again.
            for trigger in phrasePairTriggers where !triggers.contains(trigger.name) { try db.execute(sql: trigger.sql) }
            try db.execute(sql: """
                DELETE FROM phrase_pairs; DELETE FROM phrase_pair_queue;
                INSERT INTO phrase_pair_queue(article) SELECT rowid FROM articles
                """)
        }
    }

    static func isEmpty(_ db: Database) throws -> Bool {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") == 0
    }
}
