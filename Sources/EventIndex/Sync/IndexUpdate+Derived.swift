import EventModel
import Foundation
import GRDB

extension IndexUpdate {
    /// Brings link targets, the catalog, mentions, relations and counts up to date with the stored files.
    /// Each step is marked on `trace`, the sync's own, so that its next step is timed from the last of these.
    mutating func finish(listingDiagnostics: [Diagnostic]?, trace: inout SyncTrace) throws {
        if let contributionSum {
            try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('contributions', ?)", arguments: [String(contributionSum)])
        }
        if firstLoad {
            if !searchDeferred { try releaseMerges("article_fts") }
            // Parsing wanted a large page cache for the FTS5 segments; from here on the writes are sorted
            // appends and index builds, and SQLite sizes its sorter by the cache: a small one keeps the
            // peak down while the catalog and its linker are in memory.
            try db.execute(sql: "PRAGMA cache_size = -8192")
            for statement in IndexSchema.articleIndexes {
                try db.execute(sql: statement)
                try commitNow()
            }
            try SharedArticleIDs.recount(db)
            try db.execute(sql: "PRAGMA shrink_memory")
            MemoryRelease.now()
            trace.mark("indexing the articles")
        }
        if articlesChanged {
            try resolveLinks(only: titlesChanged ? nil : Set(newArticles))
            try commitNow()
            MemoryRelease.now()
            trace.mark("resolving links (\(titlesChanged ? "all" : "new") articles)")
        }
        if catalogInputsChanged || !newArticles.isEmpty {
            let built = try buildCatalog()
            trace.mark("building the catalog")
            var linkAll = false
            if catalogInputsChanged {
                linkAll = try storeCatalog(built.catalog)
                try storeKnowledgeRelations(built.catalog, counting: !linkAll)
                try DiagnosticRows.replaceDerived(db, stage: "catalog", with: built.diagnostics)
                try commitNow()
                MemoryRelease.now()
                trace.mark("storing the catalog")
            }
            let targets: [Int64]
            if linkAll {
                // Every article is linked again: drop what linking derived and the indexes over it, write
                // it all, then index and count it once.
                try IndexSchema.drop(IndexSchema.derivedIndexes, db)
                try MentionRows.deleteAll(db)
                try db.execute(sql: """
                    DELETE FROM relation_evidence WHERE article IS NOT NULL; DELETE FROM cooccurrences;
                    DELETE FROM event_sentences; UPDATE entities SET mentions = 0;
                    """)
                mentionCounts = [:]
                targets = try Int64.fetchAll(db, sql: "SELECT rowid FROM articles ORDER BY path")
                if targets.count >= Self.commitEvery { chunked = true }
                // What follows appends rows in key order and sorts them into indexes, with the linker in
                // memory: as in a first load, a small page cache (and so a small sorter) keeps the peak down.
                // A first load also writes the article search index here: its segments want the larger one.
                try db.execute(sql: "PRAGMA cache_size = \(searchDeferred ? -32768 : -8192)")
            } else {
                targets = newArticles
            }
            // Many new articles: one count of every pair at the end costs less than a look-up per pair.
            if !linkAll && targets.count > Self.commitEvery { pairsStale = true }
            let linker = catalogCache.linker(for: built.catalog, digest: built.digest)
            // Every article is linked: each one's search row is written as it is (a first load).
            let searchRows = searchDeferred && linkAll
            // A restored linker reads its catalog in place, entity by entity; many articles to link read it whole once.
            try link(targets, linker: targets.count > Synchronizer.chunkSize ? linker.decoded() : linker, counting: !linkAll, searchRows: searchRows)
            try restoreArticleSearch(written: searchRows)
            if searchRows {
                try db.execute(sql: "PRAGMA cache_size = -8192; PRAGMA shrink_memory")
                MemoryRelease.now()
            }
            trace.mark("linking \(targets.count) articles")
            if linkAll {
                // Each index in a transaction of its own: the log holds one index at a time.
                try commitNow()
                for statement in IndexSchema.derivedIndexes {
                    try db.execute(sql: statement)
                    try commitNow()
                }
                trace.mark("indexing mentions and relations")
                try RelationCounts.rebuild(db, commit: { try commitNow() })
                trace.mark("counting relations")
            } else if pairsStale {
                try RelationCounts.rebuild(db, commit: {})
                trace.mark("counting relations")
            }
            // Last, once the counts' sorted slices are freed: the packed copy is then not on top of them.
            if try LinkerState.storedDigest(db) != built.digest {
                MemoryRelease.now()
                try LinkerState.store(db, linker: linker, diagnostics: built.diagnostics, digest: built.digest)
                trace.mark("storing the linker")
            }
        } else if pairsStale {
            try RelationCounts.rebuild(db, commit: {})
            trace.mark("counting relations")
        }
        try restoreArticleSearch(written: false)
        if mentionsChanged {
            let statement = try db.cachedStatement(sql: "UPDATE entities SET mentions = mentions + ? WHERE rowid = ?")
            for (rowid, change) in mentionCounts.sorted(by: { $0.key < $1.key }) where change != 0 {
                try statement.execute(arguments: [change, rowid])
            }
            mentionCounts = [:]
            trace.mark("counting mentions")
        }
        try flushPendingPairs()
        // A quick pass (no listing diagnostics) read a few folders and keeps those of the last full listing.
        if let listingDiagnostics { try DiagnosticRows.replaceDerived(db, stage: "listing", with: listingDiagnostics) }
    }

    /// The catalog of the stored knowledge and contributions: this process's cached one when they are
    /// the same, else the one the index stores for them (``LinkerState``), else built from them.
    private func buildCatalog() throws -> (catalog: EntityCatalog, diagnostics: [Diagnostic], digest: Int64) {
        // Each knowledge file stands in the digest by its path and the hash of the file it was read from,
        // and the articles by the sum kept as they come and go (contributionSum): no blob is read for it.
        let knowledgeFiles = try Row.fetchAll(db, sql: "SELECT k.path, f.hash FROM knowledge k JOIN files f ON f.path = k.path ORDER BY k.path")
        let sum = try contributionSum
            ?? String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'contributions'").flatMap { Int64($0) } ?? 0
        var hasher = ContentHash.Running()
        for row in knowledgeFiles {
            hasher.add(row[0] as String)
            hasher.add(UInt64(bitPattern: row[1] as Int64))
        }
        hasher.add(Data([0xFF]))
        hasher.add(UInt64(bitPattern: sum))
        hasher.add(ExtractionVersion.current)
        if let cached = catalogCache.catalog(for: hasher.value) { return (cached.catalog, cached.diagnostics, hasher.value) }
        if let restored = try linkerPrefetch?.take(digest: hasher.value) ?? LinkerState.restore(db, digest: hasher.value) {
            catalogCache.store((restored.linker.catalog, restored.diagnostics), digest: hasher.value, linker: restored.linker)
            return (restored.linker.catalog, restored.diagnostics, hasher.value)
        }
        let knowledgeData = try Data.fetchAll(db, sql: "SELECT data FROM knowledge ORDER BY path")
        // The contributions are read as the build goes, twice, so that memory holds the catalog being
        // built and not every article's contribution at once.
        var failure: Error?
        let db = self.db
        let built = EntityCatalog.build(
            knowledge: knowledgeData.compactMap { Coding.decode(KnowledgeBase.self, $0) },
            eachContribution: { body in
                do {
                    let rows = try Data.fetchCursor(db, sql: "SELECT contribution FROM articles ORDER BY path")
                    while let data = try rows.next() { body(ContributionBlob.decode(data) ?? CatalogContribution()) }
                } catch {
                    failure = failure ?? error
                }
            })
        if let failure { throw failure }
        catalogCache.store(built, digest: hasher.value)
        return (built.catalog, built.diagnostics, hasher.value)
    }

    // MARK: - Links

    /// Resolves the links and stores the targets that moved and the links' diagnostics.
    ///
    /// Every link (`only` nil): article by article through the stored keys (``StoredLinks``), so that
    /// memory does not hold every title of the corpus. With `only`, the titles are as before and only
    /// those articles' links can resolve differently: the resolver is given those articles with their
    /// links, and the articles their links can lead to (``ArticleKeys/candidates(_:for:)``) without
    /// theirs; the other articles' targets and diagnostics are kept.
    private mutating func resolveLinks(only: Set<Int64>?) throws {
        guard let only else {
            var resolver = StoredLinks(db)
            let diagnostics = try resolver.resolveAll(commit: { try commitNow() })
            try DiagnosticRows.replaceDerived(db, stage: "links", with: Self.byPath(diagnostics))
            return
        }
        var articles: [Article] = []
        var rowids: [Int64] = []
        var position: [Int64: Int] = [:]
        let select = try db.cachedStatement(sql: "SELECT rowid, id, path, title, url FROM articles WHERE rowid = ?")
        for rowid in try ArticleKeys.candidates(db, for: only).sorted() {
            guard let row = try Row.fetchOne(select, arguments: [rowid]) else { continue }
            position[rowid] = articles.count
            rowids.append(rowid)
            articles.append(Article(id: row[1], path: row[2], title: row[3], url: row[4], text: "", paragraphs: [], sentences: []))
        }
        for rowid in only.sorted() {
            guard let index = position[rowid] else { continue }
            articles[index].links = try ArticleRow.links(db, article: rowid)
        }
        // The stored targets, to write only those that move; the resolver is given none.
        var stored: [[String?]] = []
        stored.reserveCapacity(articles.count)
        for index in articles.indices {
            stored.append(articles[index].links.map(\.target))
            for link in articles[index].links.indices { articles[index].links[link].target = nil }
        }
        let paths = articles.map(\.path)
        let resolved = LinkResolver.resolve(articles)
        articles = []
        // The resolver leaves out an article whose id an earlier path has and keeps the others in order.
        var resolvedAt: [Int: Int] = [:]
        if resolved.articles.count != paths.count {
            var byPath: [String: Int] = [:]
            for (index, article) in resolved.articles.enumerated() { byPath[article.path] = index }
            for (index, path) in paths.enumerated() { resolvedAt[index] = byPath[path] ?? -1 }
        }
        let update = try db.cachedStatement(sql: "UPDATE links SET target = ? WHERE article = ? AND ord = ?")
        let counts = try db.cachedStatement(sql: "UPDATE article_state SET link_count = ?, unresolved_count = ? WHERE article = ?")
        for index in paths.indices where only.contains(rowids[index]) {
            let at = resolvedAt[index] ?? index
            guard at >= 0 else { continue }
            let links = resolved.articles[at].links
            var moved = false
            for (ord, link) in links.enumerated() where ord < stored[index].count && stored[index][ord] != link.target {
                try update.execute(arguments: [link.target, rowids[index], ord])
                moved = true
            }
            if moved {
                try counts.execute(arguments: [links.count, links.filter { $0.target == nil }.count, rowids[index]])
            }
        }
        // Stored grouped by file, so that a partial pass can replace the groups of the files it resolved.
        let onlyPaths = Set(only.compactMap { position[$0] }.map { paths[$0] })
        let fresh = Self.byPath(resolved.diagnostics.filter { onlyPaths.contains($0.path) })
        // An edit seldom changes what its links say: then its files' rows are what it found, and the corpus's
        // tens of thousands of rows are neither read into memory nor written.
        if onlyPaths.count <= 500, try DiagnosticRows.derived(db, stage: "links", paths: onlyPaths) == fresh { return }
        let storedDiagnostics = try DiagnosticRows.derived(db, stage: "links")
        let grouped = Self.byPath(storedDiagnostics.filter { !onlyPaths.contains($0.path) } + resolved.diagnostics.filter { onlyPaths.contains($0.path) })
        if grouped != storedDiagnostics { try DiagnosticRows.replaceDerived(db, stage: "links", with: grouped) }
    }

    /// Diagnostics grouped by file, in their order within each.
    private static func byPath(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { ($0.element.path, $0.offset) < ($1.element.path, $1.offset) }.map(\.element)
    }

    // MARK: - Catalog

    /// Stores the catalog's entities; true when they differ from the stored ones (every article must be linked again).
    private func storeCatalog(_ catalog: EntityCatalog) throws -> Bool {
        // Each entity is encoded once, for the digest and for its row (and decoded once, from a catalog read in place),
        // on every core: nothing else runs while the catalog is stored, and a load's tens of thousands of
        // entities went through `JSONEncoder` one by one on this thread.
        let entities = catalog.entities
        let encoded = ParallelMap.map(entities) { Coding.encode($0) }
        var hasher = ContentHash.Running()
        for data in encoded { hasher.add(data) }
        // Relations a curation rejects change what linking stores, though no entity changed.
        if !catalog.rejectedRelations.isEmpty { hasher.add(Coding.encode(catalog.rejectedRelations)) }
        let digest = String(hasher.value)
        if try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'catalog'") == digest { return false }
        try db.execute(sql: "DELETE FROM entities; DELETE FROM aliases; DELETE FROM entity_fts;")
        let entity = try db.cachedStatement(sql: "INSERT OR IGNORE INTO entities(id, name, kind, origin, data) VALUES (?, ?, ?, ?, ?)")
        let alias = try db.cachedStatement(sql: "INSERT INTO aliases(entity, alias, folded) VALUES (?, ?, ?)")
        let search = try db.cachedStatement(sql: "INSERT INTO entity_fts(rowid, name, aliases) VALUES (?, ?, ?)")
        // Their names folded on every core too, once the catalog is known to have changed.
        let foldedNames = ParallelMap.map(entities) { entity in
            ([entity.id, entity.name] + entity.aliases).map { (name: $0, key: TextFolding.key($0)) }
        }
        for ((item, data), names) in zip(zip(entities, encoded), foldedNames) {
            try entity.execute(arguments: [item.id, item.name, item.kind.rawValue, item.origin.rawValue, data])
            guard db.changesCount > 0 else { continue }
            let rowid = db.lastInsertedRowID
            var seen = Set<String>()
            for (name, folded) in names where seen.insert(folded).inserted {
                try alias.execute(arguments: [rowid, name, folded])
            }
            try search.execute(arguments: [rowid, item.name, item.aliases.joined(separator: "\n")])
        }
        try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('catalog', ?)", arguments: [digest])
        return true
    }

    /// Stores the knowledge files' relations again as the catalog's curation leaves them (merged
    /// entities renamed, rejected ones dropped: ``EntityCatalog/curated(knowledgeRelations:)``), so
    /// that they name the entities the index lists. Knowledge files are small; with no merge or
    /// rejection in the catalog, and none before, the rows are left alone.
    private func storeKnowledgeRelations(_ catalog: EntityCatalog, counting: Bool) throws {
        let curated = !catalog.mergedInto.isEmpty || !catalog.rejectedIDs.isEmpty
        let marker = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'knowledge_relations'")
        guard curated || marker != nil else { return }
        for row in try Row.fetchAll(db, sql: "SELECT path, data FROM knowledge ORDER BY path") {
            let path: String = row[0]
            guard let base = Coding.decode(KnowledgeBase.self, row[1] as Data) else { continue }
            if counting { try RelationCounts.add(db, try RelationCounts.stored(db, knowledge: path), delta: -1) }
            try db.cachedStatement(sql: "DELETE FROM relation_evidence WHERE knowledge = ?").execute(arguments: [path])
            let relations = catalog.curated(knowledgeRelations: base.relations)
            let entries = try RelationRows.insert(db, knowledge: path, relations: relations)
            if counting { try RelationCounts.add(db, entries, delta: 1) }
        }
        if curated {
            try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('knowledge_relations', 'curated')")
        } else {
            try db.execute(sql: "DELETE FROM meta WHERE key = 'knowledge_relations'")
        }
    }

    // MARK: - Mentions and relations

    /// An article to link and where it is stored.
    struct Stored: Sendable {
        var rowid: Int64
        var article: Article
    }

    struct Linked: Sendable {
        var rowid: Int64
        var path: String
        var mentions: [Mention]
        /// Relations stored as rows of their own.
        var relations: [Relation]
        var cooccurrences: [CooccurrenceRows.Group]
        var events: [EventSentence] = []
        /// The rows, when the worker could build them (every entity's rowid known before linking).
        var rows: LinkedRows?
        /// The title and text for the article's search row, when linking writes it (``searchRows``).
        var search: (title: String, text: String)?
    }

    /// Finds the mentions and relations of the articles and stores them. With `counting`, relation
    /// keys and pairs are counted as they are written; otherwise the caller rebuilds the counts. With
    /// `searchRows`, each article's row of `article_fts` is written too (``deferArticleSearch()``).
    private mutating func link(_ rowids: [Int64], linker: EntityLinker, counting: Bool, searchRows: Bool = false) throws {
        guard !rowids.isEmpty else { return }
        // Every pair is counted again at the end: what a deletion left to count out is moot.
        if !counting { pendingPairs = nil }
        mentionsChanged = true
        relinked = rowids.count
        // Many articles name most entities: read every id once. A few name a few: look those up, so that
        // a small sync costs nothing per entity of the corpus.
        var entityRowids: [String: Int64] = [:]
        if rowids.count > Synchronizer.chunkSize {
            for row in try Row.fetchAll(db, sql: "SELECT id, rowid FROM entities") { entityRowids[row[0]] = row[1] }
        }
        let lookUp = try db.cachedStatement(sql: "SELECT rowid FROM entities WHERE id = ?")
        func fillRowids(_ item: Linked) throws {
            for mention in item.mentions where entityRowids[mention.entity] == nil {
                entityRowids[mention.entity] = try Int64.fetchOne(lookUp, arguments: [mention.entity]) ?? -1
            }
            for group in item.cooccurrences {
                for id in group.entities where entityRowids[id] == nil {
                    entityRowids[id] = try Int64.fetchOne(lookUp, arguments: [id]) ?? -1
                }
            }
        }
        // Every id read: the workers build each article's rows (an id the table lacks is -1, as a look-up gives),
        // reading each entity's rowid by the position the linker found it at rather than hashing its id.
        let known: [String: Int64]? = entityRowids.isEmpty ? nil : entityRowids
        let rowidsByPosition = known.map { known in (0..<linker.catalog.count).map { known[linker.catalog.id(at: $0)] ?? -1 } } ?? []
        // Every article linked again in chunks: the sentences' index merged between commits.
        let paced = !counting && chunked
        if paced { try holdMerges("entity_sentences") }
        let size = Synchronizer.chunkSize
        let chunks = (rowids.count + size - 1) / size
        let select = try db.cachedStatement(sql: "SELECT \(ArticleRow.fullColumns) FROM articles WHERE rowid = ?")
        let db = self.db
        let updateArticle = try db.cachedStatement(sql: "UPDATE article_state SET entity_count = ? WHERE article = ?")
        var done = 0
        let progress = self.progress
        try Pipeline.run(chunks: chunks, load: { chunk -> [Stored] in
            try rowids[(chunk * size)..<min(rowids.count, (chunk + 1) * size)].compactMap { rowid -> Stored? in
                guard let row = try Row.fetchOne(select, arguments: [rowid]) else { return nil }
                return Stored(rowid: rowid, article: ArticleRow.article(row, links: try ArticleRow.links(db, article: rowid)))
            }
        }, work: { (stored: [Stored]) -> [Linked] in
            ParallelMap.map(stored) { item -> Linked in
                let analysed = linker.analyseGrouped(item.article)
                let split = CooccurrenceRows.groups(analysed.groups, relations: analysed.relations, article: item.article, mentions: analysed.mentions)
                let rows = known.map { known in
                    LinkedRows(mentions: analysed.mentions, groups: split.groups, events: analysed.events, relations: split.others,
                               positions: analysed.positions, rowids: rowidsByPosition, rowid: { known[$0] ?? -1 })
                }
                return Linked(rowid: item.rowid, path: item.article.path, mentions: rows == nil ? analysed.mentions : [], relations: split.others,
                              cooccurrences: rows == nil ? split.groups : [], events: rows == nil ? analysed.events : [], rows: rows,
                              search: searchRows ? (item.article.title, item.article.text) : nil)
            }
        }, consume: { linked in
            for item in linked {
                if let search = item.search { try insertSearchRow(rowid: item.rowid, title: search.title, text: search.text) }
                let rows: LinkedRows
                if let built = item.rows {
                    rows = built
                } else {
                    try fillRowids(item)
                    rows = LinkedRows(mentions: item.mentions, groups: item.cooccurrences, events: item.events, relations: item.relations,
                                      rowid: { entityRowids[$0] ?? -1 })
                }
                try MentionRows.insert(db, article: item.rowid, encoded: rows.mentionData, documents: rows.documents)
                MentionRows.count(rows.mentions, sign: 1, into: &mentionCounts)
                try updateArticle.execute(arguments: [rows.entityCount, item.rowid])
                let entries = try RelationRows.insert(db, article: item.rowid, prepared: rows.relations)
                try CooccurrenceRows.insert(db, article: item.rowid, rows: rows.cooccurrences)
                if counting {
                    try RelationCounts.add(db, entries, delta: 1)
                    if !pairsStale {
                        let pairs = RelationCounts.pairs(of: rows.cooccurrences.map(\.entities))
                        if let pending = pendingPairs, pending.path == item.path {
                            pendingPairs = nil
                            try RelationCounts.replacePairs(db, article: item.rowid, old: pending.pairs, new: pairs)
                        } else {
                            try flushPendingPairs()
                            try RelationCounts.addPairs(db, article: item.rowid, pairs: pairs, delta: 1)
                        }
                    }
                }
                try EventRows.insert(db, article: item.rowid, encoded: rows.events)
            }
            if try commitIfLarge(linked.count) {
                if paced { try runMerges("entity_sentences") }
                if searchRows { try runMerges("article_fts") }
            }
            done += linked.count
            progress?(SyncProgress(phase: .linking, done: done, total: rowids.count))
        })
        if paced { try releaseMerges("entity_sentences") }
    }
}
