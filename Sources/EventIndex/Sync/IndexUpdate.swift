import EventModel
import Foundation
import GRDB

/// The changes of one sync, applied inside its write transaction: files first, then what depends on them.
struct IndexUpdate {
    let db: Database
    let progress: (@Sendable (SyncProgress) -> Void)?
    let catalogCache: CatalogCache
    /// The stored linker, being read beside the files (see ``LinkerPrefetch``).
    var linkerPrefetch: LinkerPrefetch?
    /// Articles read and parsed while the folder was listed (see ``FileReadAhead``).
    var readAhead: FileReadAhead?

    /// Articles parsed in this sync, to link.
    var newArticles: [Int64] = []
    /// A change that can alter the entity catalog (knowledge, or the articles' contributions).
    var catalogInputsChanged = false
    /// Titles or links changed: link targets must be resolved again.
    var articlesChanged = false
    /// An article's id or title came, went or changed: every link must be resolved again, not only the new articles'.
    var titlesChanged = false
    /// The id and title of the article that `removeContent` last removed.
    private var removedKey: ArticleKey?
    /// Mentions were removed or added: entity mention counts must follow.
    var mentionsChanged = false
    /// Mentions that came (positive) or went (negative) per entity rowid, not yet added to `entities.mentions`.
    var mentionCounts: [Int64: Int] = [:]
    /// How many articles were linked again.
    var relinked = 0
    /// Articles deleted so far in this sync.
    private var deleted = 0
    /// The count of co-occurring pairs is no longer kept article by article and is counted again at the
    /// end: set when so many articles come or go that one count of every pair costs less than a look-up
    /// per pair of each (see ``RelationCounts``).
    var pairsStale = false
    /// The pairs of the article last deleted, not yet counted out (see ``PendingPairs``).
    var pendingPairs: PendingPairs?
    /// A feed's items or an article known by its URL came or went: every feed is read again (`parseFeeds`).
    var feedsMoved = false
    /// The ids and URL keys of stored articles, gathered when the first feed item is stored (see `insertItems`).
    var claimedKeys: Set<String>?
    /// While feeds are read again: the items they stored, by path, each kept if it comes back unchanged (`parseFeeds`).
    var storedItems: [String: StoredItem]?
    /// A first load: secondary indexes were dropped and are built at the end.
    let firstLoad: Bool
    /// `article_fts`'s triggers are dropped: its rows are written while linking (see ``deferArticleSearch()``).
    var searchDeferred = false
    /// The work is committed in chunks (``commitIfLarge(_:)``) so that the write-ahead log stays small:
    /// in a first load, and when every article is linked again.
    var chunked: Bool
    /// Rows written since the last commit, counted in articles.
    private var pending = 0
    /// The XOR of every stored article's ``LinkerState/share(path:contributionHash:)``, read when the
    /// first article comes or goes and written back by `finish`: the catalog's inputs digest, kept
    /// without a pass over the articles. nil while no article has changed.
    var contributionSum: Int64?

    /// Articles written between two commits of a first load: a few tens of MB of log.
    static let commitEvery = 2_000

    init(db: Database, progress: (@Sendable (SyncProgress) -> Void)?, catalogCache: CatalogCache, firstLoad: Bool) {
        self.db = db
        self.progress = progress
        self.catalogCache = catalogCache
        self.firstLoad = firstLoad
        chunked = firstLoad
    }

    /// In a chunked sync, commits what is written so far once it is ``commitEvery`` articles, and goes
    /// on in a new transaction. A process killed between two commits leaves the "sync running" mark
    /// behind, so the next open rebuilds the index rather than read it half-written.
    /// Returns whether it committed.
    @discardableResult
    mutating func commitIfLarge(_ articles: Int) throws -> Bool {
        guard chunked else { return false }
        pending += articles
        guard pending >= Self.commitEvery else { return false }
        try commitNow()
        return true
    }

    /// In a chunked sync, commits what is written so far and goes on in a new transaction.
    mutating func commitNow() throws {
        guard chunked else { return }
        pending = 0
        try PhrasePairPostings.flush(db)
        try db.execute(sql: "COMMIT")
        SyncTrace.logAfterCommit(db)
        try db.execute(sql: "BEGIN IMMEDIATE")
    }

    // MARK: - Files

    mutating func remove(path: String) throws {
        if try removeContent(path: path) != nil {
            catalogInputsChanged = true
            titlesChanged = true
        }
        try db.execute(sql: "DELETE FROM files WHERE path = ?", arguments: [path])
    }

    /// Deletes what a file put in the index; returns the catalog contribution of the article it held, if any.
    @discardableResult
    private mutating func removeContent(path: String, existed: Bool = true) throws -> Data? {
        guard existed else { return nil }
        try db.cachedStatement(sql: "DELETE FROM file_diagnostics WHERE path = ?").execute(arguments: [path])
        if try removeItems(of: path) { return Data() }
        if let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT rowid, contribution, id, title, url FROM articles WHERE path = ?"), arguments: [path]) {
            try deleteArticle(rowid: row[0])
            if Self.knownByURL(id: row[2], url: row[4]) { feedsMoved = true }
            let contribution: Data? = row[1]
            removedKey = ArticleKey(id: row[2], title: row[3])
            return contribution ?? Data()
        }
        try db.cachedStatement(sql: "DELETE FROM knowledge WHERE path = ?").execute(arguments: [path])
        if db.changesCount > 0 {
            try RelationCounts.add(db, try RelationCounts.stored(db, knowledge: path), delta: -1)
            try db.cachedStatement(sql: "DELETE FROM relation_evidence WHERE knowledge = ?").execute(arguments: [path])
            catalogInputsChanged = true
        }
        return nil
    }

    /// Folds one article's share in or out of ``contributionSum`` (XOR does both).
    mutating func toggleContribution(path: String, hash: Int64) throws {
        if contributionSum == nil {
            contributionSum = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'contributions'").flatMap { Int64($0) } ?? 0
        }
        contributionSum! ^= LinkerState.share(path: path, contributionHash: hash)
    }

    /// Deletes one article row and everything derived from it.
    mutating func deleteArticle(rowid: Int64) throws {
        var path = ""
        if let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT path, contribution_hash, id FROM articles WHERE rowid = ?"), arguments: [rowid]) {
            path = row[0]
            try toggleContribution(path: path, hash: row[1])
            try SharedArticleIDs.count(db, article: rowid, id: row[2], delta: -1)
        }
        MentionRows.count(try MentionRows.delete(db, article: rowid), sign: -1, into: &mentionCounts)
        let counted = try RelationCounts.stored(db, article: rowid)
        try RelationCounts.add(db, counted.keys, delta: -1)
        deleted += 1
        if deleted > Self.commitEvery { pairsStale = true }
        if !pairsStale {
            try flushPendingPairs()
            pendingPairs = PendingPairs(path: path, article: rowid, pairs: counted.pairs)
        }
        for table in ["links", "relation_evidence", "cooccurrences"] + EventRows.tables {
            try db.cachedStatement(sql: "DELETE FROM \(table) WHERE article = ?").execute(arguments: [rowid])
        }
        try db.cachedStatement(sql: "DELETE FROM article_state WHERE article = ?").execute(arguments: [rowid])
        try ArticleKeys.delete(db, article: rowid)
        try db.cachedStatement(sql: "DELETE FROM articles WHERE rowid = ?").execute(arguments: [rowid])
        articlesChanged = true
        mentionsChanged = true
    }

    /// Reads and parses the candidates on every core, chunk by chunk, and stores what changed.
    mutating func parse(_ candidates: [Synchronizer.Candidate], report: inout SyncReport) throws {
        let size = Synchronizer.chunkSize
        let chunks = (candidates.count + size - 1) / size
        var done = 0
        let progress = self.progress
        // A long file (the knowledge file, a feed) read in its chunk held one worker alone long after the
        // chunk's articles were done (half a second at the end of a load): it is read from the start,
        // beside the first chunks, and stored in its place as before.
        var early: [Int: Background<Synchronizer.Parsed>] = [:]
        // At most a few: each is held in memory until its chunk is stored.
        for index in candidates.indices.filter({ Self.readsLong(candidates[$0].file) }).prefix(4) {
            let candidate = candidates[index]
            early[index] = Background { Self.read(candidate) }
        }
        let readEarly = early
        // What was read while the folder was listed, when the comparison asks for that very file.
        var ahead: [Int: Synchronizer.Parsed] = [:]
        if let readAhead {
            for index in candidates.indices where readEarly[index] == nil {
                if let parsed = readAhead.take(candidates[index]) { ahead[index] = parsed }
            }
        }
        let readAhead = ahead
        var chunkIndex = 0
        try Pipeline.run(chunks: chunks, load: { chunk in
            (chunk * size..<min(candidates.count, (chunk + 1) * size)).filter { readEarly[$0] == nil && readAhead[$0] == nil }.map { candidates[$0] }
        }, work: { chunk in
            ParallelMap.map(chunk, Self.read)
        }, consume: { parsedHere in
            var rest = parsedHere.makeIterator()
            let range = chunkIndex * size..<min(candidates.count, (chunkIndex + 1) * size)
            chunkIndex += 1
            let parsed = range.map { readAhead[$0] ?? readEarly[$0]?.wait() ?? rest.next()! }
            for item in parsed {
                if item.content == nil {
                    report.unchanged += 1
                    try db.execute(sql: "UPDATE files SET size = ?, mtime = ? WHERE path = ?",
                                   arguments: [item.file.size, item.file.modified.timeIntervalSince1970, item.file.path])
                    continue
                }
                let existed = item.existed
                if item.reread {} else if existed { report.changed += 1 } else { report.added += 1 }
                try store(item, existed: existed)
            }
            if try commitIfLarge(parsed.count), !searchDeferred { try runMerges("article_fts") }
            done += parsed.count
            progress?(SyncProgress(phase: .parsing, done: done, total: candidates.count))
        })
    }

    /// A file whose parse takes far longer than an article's: not an article, or over a megabyte.
    static func readsLong(_ file: CorpusFile) -> Bool {
        file.kind != .article || file.size >= 1 << 20
    }

    /// Runs on a worker: the file's hash, and its parse unless the content is the indexed one.
    /// The file is read once: the hash is of the bytes parsed, so a file written to while it is read is hashed as
    /// it was parsed, and the next sync, seeing it differ, reads it again.
    @Sendable static func read(_ candidate: Synchronizer.Candidate) -> Synchronizer.Parsed {
        let read = CorpusScanner.readBytes(candidate.file)
        // A file that cannot be read (or is too large) is what its diagnostic says: a new one is a change.
        let hash = switch read {
        case .success(let bytes): ContentHash.of(bytes)
        case .failure(let error): ContentHash.of(error.description)
        }
        if let stored = candidate.storedHash, stored == hash {
            return Synchronizer.Parsed(file: candidate.file, existed: candidate.existed, hash: hash, content: nil, contribution: Data())
        }
        let content: FileContent = switch read {
        case .success(let bytes): CorpusScanner.parse(bytes, of: candidate.file)
        case .failure(let error): .failed([error.diagnostic])
        }
        var contribution = Data()
        var itemContributions: [Data] = []
        if case .article(let article, _) = content {
            contribution = ContributionBlob.encode(EntityCatalog.contribution(of: article))
        } else if case .articles(let items, _) = content {
            itemContributions = items.map { ContributionBlob.encode(EntityCatalog.contribution(of: $0)) }
        }
        return Synchronizer.Parsed(file: candidate.file, existed: candidate.existed, hash: hash, content: content, contribution: contribution,
                                   itemContributions: itemContributions, reread: candidate.reread)
    }

    private mutating func store(_ item: Synchronizer.Parsed, existed: Bool) throws {
        let path = item.file.path
        removedKey = nil
        let oldContribution = try removeContent(path: path, existed: existed)
        try db.cachedStatement(sql: "INSERT OR REPLACE INTO files(path, kind, size, mtime, hash) VALUES (?, ?, ?, ?, ?)")
            .execute(arguments: [path, item.file.kind.rawValue, item.file.size, item.file.modified.timeIntervalSince1970, item.hash])
        switch item.content {
        case .article(let article, let diagnostics)?:
            try DiagnosticRows.insertForFile(db, path: path, diagnostics)
            articlesChanged = true
            // Other articles' links can only move when a title (or the id it leads to) comes or goes.
            if removedKey != ArticleKey(id: article.id, title: article.title) { titlesChanged = true }
            try insert(article, contribution: item.contribution)
            if Self.knownByURL(id: article.id, url: article.url) { feedsMoved = true }
            // An edit that leaves the article's catalog contribution alone cannot change the catalog.
            if oldContribution != item.contribution { catalogInputsChanged = true }
        case .articles(let items, let diagnostics)?:
            try DiagnosticRows.insertForFile(db, path: path, diagnostics)
            try insertItems(items, contributions: item.itemContributions)
        case .knowledge(let base, let diagnostics)?:
            try DiagnosticRows.insertForFile(db, path: path, diagnostics)
            try db.cachedStatement(sql: "INSERT INTO knowledge(path, data) VALUES (?, ?)").execute(arguments: [path, Coding.encode(base)])
            try RelationCounts.add(db, try RelationRows.insert(db, knowledge: path, relations: base.relations), delta: 1)
            if oldContribution != nil { titlesChanged = true }
            catalogInputsChanged = true
        case .failed(let diagnostics)?:
            try DiagnosticRows.insertForFile(db, path: path, diagnostics)
            if oldContribution != nil { catalogInputsChanged = true; titlesChanged = true }
        case nil:
            if oldContribution != nil { catalogInputsChanged = true; titlesChanged = true }
        }
    }

    mutating func insert(_ article: Article, contribution: Data) throws {
        let contributionHash = ContentHash.of(contribution)
        try db.cachedStatement(sql: """
            INSERT INTO articles(id, path, title, date, source, dateline, url, authors, tags, language, text,
                                 paragraphs, sentences, contribution, contribution_hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                article.id, article.path, article.title, article.date, article.source, article.dateline, article.url,
                Coding.encodeStrings(article.authors), Coding.encodeStrings(article.tags), article.language, article.text,
                SpanBlob.encode(article.paragraphs), SpanBlob.encode(article.sentences), contribution, contributionHash,
            ])
        let rowid = db.lastInsertedRowID
        try toggleContribution(path: article.path, hash: contributionHash)
        // A first load has no index by id yet: it counts them all once it is built.
        if !firstLoad { try SharedArticleIDs.count(db, article: rowid, id: article.id, delta: 1) }
        try ArticleKeys.insert(db, article: rowid, article)
        try db.cachedStatement(sql: "INSERT INTO article_state(article, link_count, unresolved_count) VALUES (?, ?, ?)")
            .execute(arguments: [rowid, article.links.count, article.links.filter { $0.target == nil }.count])
        let link = try db.cachedStatement(sql: """
            INSERT INTO links(article, ord, title, title_key, line, start, end, target, url) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (ord, readMore) in article.links.enumerated() {
            try link.execute(arguments: [rowid, ord, readMore.title, TextFolding.key(readMore.title), readMore.line,
                                         readMore.span.start, readMore.span.end, readMore.target, readMore.url])
        }
        newArticles.append(rowid)
    }
}

/// What other articles' links resolve against.
struct ArticleKey: Hashable {
    var id: String
    var title: String
}
