import EventModel
import Foundation
import GRDB

extension IndexedCorpus {
    /// Brings the index up to date with the corpus folder.
    ///
    /// Only files added, changed or removed since the last sync are parsed again (files are compared by
    /// size and modification time, then by content hash). Whatever depends on them is then recomputed:
    /// the entity catalog (knowledge files, acronyms learned from the text), mentions and relations
    /// (of every article when the catalog changed, else of the changed ones), link targets and merged
    /// relations. Afterwards the index answers exactly as one built from scratch would.
    ///
    /// One sync runs at a time per index (others wait); readers keep seeing the previous state until it
    /// commits.
    ///
    /// - parameter progress: called from the syncing thread as files are parsed and linked.
    /// - parameter firstChange: when given, the first folder found changed while the folder is listed
    ///   is synced on its own at once, as ``syncChangedFolders(progress:)`` would, and this is told what
    ///   that did (from the syncing thread), before the listing goes on: an article edited in place is
    ///   then in the index before every file has been looked at. The report returned includes it.
    /// - throws: ``IndexError``.
    @discardableResult
    public func sync(progress: (@Sendable (SyncProgress) -> Void)? = nil, firstChange: (@Sendable (SyncReport) -> Void)? = nil) throws -> SyncReport {
        try locked { started in
            progress?(SyncProgress(phase: .scanning, done: 0, total: 0))
            var trace = SyncTrace()
            let stored = try pool.read(FolderDigests.stored)
            let watch = try FolderChangeWatch(pool: pool, catalogCache: catalogCache, stored: stored, firstChange: firstChange)
            defer {
                watch?.prefetch?.finish()
                watch?.readAhead?.finish()
            }
            // Strings only for the files of folders whose digest moved: those are all the comparison reads.
            let told: (@Sendable (ListedFolder) -> Void)? = watch.map { watch in { @Sendable folder in watch.folderListed(folder) } }
            var listing = CorpusScanner.listFolders(root: root, keepFiles: { folder, signature in stored.isEmpty || stored[folder] != signature },
                                                    eachFolder: told)
            trace.mark("listing \(listing.fileCount) files, \(listing.files.count) named\(watch?.prefetch == nil ? "" : ", the stored linker read beside")")
            let listed = Date()
            var report: SyncReport
            do {
                report = try synchronizer(listing, watch: watch, progress: progress).run() ?? SyncReport()
            } catch is FolderDigests.Incomplete {
                listing = CorpusScanner.listFolders(root: root, keepFiles: { _, _ in true })
                report = try synchronizer(listing, watch: watch, progress: progress).run() ?? SyncReport()
            }
            report.listingDuration = listed.timeIntervalSince(started)
            return finished(watch?.including(report) ?? report, started)
        }
    }

    /// A quick pass before ``sync(progress:)``: reads again only the folders whose modification time
    /// moved since the last sync, and brings their articles up to date.
    ///
    /// That finds articles added, removed, renamed or saved through a new file, at the cost of one
    /// look per folder instead of per file; an article rewritten in place keeps its folder's time and
    /// is found only by ``sync(progress:)``, which must follow (this leaves the index marked so that
    /// it compares every folder). The explorer shows what this finds while that full check runs.
    ///
    /// - returns: what it did, or nil when a quick pass cannot tell (no folder times stored, a feed,
    ///   knowledge file, symbolic link or unreadable entry among what changed): then only the full
    ///   sync can.
    /// - throws: ``IndexError``.
    @discardableResult
    public func syncChangedFolders(progress: (@Sendable (SyncProgress) -> Void)? = nil) throws -> SyncReport? {
        try locked { started in
            var trace = SyncTrace()
            guard let known = try pool.read(FolderDigests.storedTimes),
                  let changes = CorpusScanner.listChangedFolders(root: root, known: known) else { return nil }
            trace.mark("looking at \(known.count) folders: \(changes.listed.count) read, \(changes.files.count) files")
            if changes.listed.isEmpty && changes.gone.isEmpty { return finished(SyncReport(), started) }
            var times = known.filter { entry in !changes.gone.contains { entry.key == $0 || entry.key.hasPrefix($0 + "/") } }
            times.merge(changes.listed) { $1 }
            let scope = Set(changes.listed.keys).union(changes.gone)
            return try Synchronizer(pool: pool, catalogCache: catalogCache, files: changes.files, listingDiagnostics: nil,
                                    folderTimes: times, scope: scope, progress: progress).run().map { finished($0, started) }
        }
    }

    /// The full sync of a listing.
    private func synchronizer(_ listing: CorpusListing, watch: FolderChangeWatch?, progress: (@Sendable (SyncProgress) -> Void)?) -> Synchronizer {
        // Folder times are kept only where they can tell a later quick look everything it needs (a folder
        // with a feed is always kept, so `files` holds every feed).
        let times = listing.diagnostics.isEmpty && !listing.files.contains { $0.kind == .feed } ? listing.folderTimes : nil
        var synchronizer = Synchronizer(pool: pool, catalogCache: catalogCache, files: listing.files, listingDiagnostics: listing.diagnostics,
                                        folderTimes: times, progress: progress, linkerPrefetch: watch?.prefetch)
        synchronizer.folders = FolderDigests(listing: listing)
        synchronizer.readAhead = watch?.readAhead
        return synchronizer
    }

    private func finished(_ report: SyncReport, _ started: Date) -> SyncReport {
        var report = report
        report.duration = Date().timeIntervalSince(started)
        report.resetReason = resetReason
        return report
    }

    /// Runs `body` under the index's sync lock (it is given the time it started), turning SQLite
    /// failures into ``IndexError``.
    private func locked<T>(_ body: (Date) throws -> T) throws -> T {
        let started = Date()
        guard let lock = SyncLock(indexURL: indexPath) else {
            throw IndexError.cannotOpen(indexPath, "its lock file cannot be created")
        }
        lock.lock()
        defer { lock.unlock() }
        do {
            return try body(started)
        } catch let error as DatabaseError where Self.isDamage(error) {
            // Damage deep in the file is found only when a page is read. The next open starts afresh.
            try? pool.close()
            IndexFileCheck.remove(indexPath)
            throw IndexError(.corruptIndex, path: indexPath.path,
                             message: "the index file was damaged and has been removed; run the command again to rebuild it from the corpus")
        } catch let error as DatabaseError {
            throw wrap(error)
        }
    }
}

/// One sync: compares the listing with the `files` table, then updates the index in one transaction, or
/// in several when it loads or relinks many articles (see ``IndexUpdate/chunked``).
struct Synchronizer {
    let pool: DatabasePool
    let catalogCache: CatalogCache
    /// The files to compare: every file of the folders whose digest may have moved, or of the whole corpus.
    let files: [CorpusFile]
    /// The listing's folders, when it did not keep every file (computed from `files` otherwise).
    var folders: FolderDigests?
    /// The listing's diagnostics; nil in a quick pass, which keeps the stored ones.
    let listingDiagnostics: [Diagnostic]?
    /// The folders' modification times to store for the next quick pass; nil to store none.
    var folderTimes: [String: Int64]?
    /// The folders `files` covers (every file directly in each); nil when it is the whole corpus.
    var scope: Set<String>?
    let progress: (@Sendable (SyncProgress) -> Void)?
    /// The stored linker, already being read (see ``FolderChangeWatch``).
    var linkerPrefetch: LinkerPrefetch?
    /// The first changed folder's articles, already being read (see ``FolderChangeWatch``).
    var readAhead: FileReadAhead?

    static let chunkSize = 256

    /// A file of the listing and what the index knew of it.
    struct Candidate: Sendable, Equatable {
        var file: CorpusFile
        /// The file is in the index (possibly as another kind).
        var existed: Bool
        /// The indexed content's hash, when of the same kind.
        var storedHash: Int64?
        /// Read again only because another feed or page changed (see `IndexUpdate.parseFeeds`): not counted as changed.
        var reread = false
    }

    /// A file read and parsed by a worker.
    struct Parsed: Sendable {
        var file: CorpusFile
        var existed: Bool
        var hash: Int64
        /// nil when the content is the one already indexed (the file was only touched).
        var content: FileContent?
        var contribution: Data
        /// The catalog contribution of each of a feed's items.
        var itemContributions: [Data] = []
        var reread = false
    }

    struct Stored {
        var kind: String
        var size: Int
        var mtime: Double
        var hash: Int64
    }

    /// What differs between the listing and the index.
    struct Differences {
        var candidates: [Candidate] = []
        var removed: [String] = []
        var unchanged = 0
        var sameListing = true
        var storedFolders: [String: Int64] = [:]
        /// Only articles came, went or changed (no feed or knowledge file).
        var onlyArticles = true
        /// Every `files` row was read (no folder digest stored).
        var readAll = false
    }

    /// What differs between the listing and the index: files to read, paths gone, and how many are the same.
    /// Only the `files` rows of folders whose digest moved are read (see ``FolderDigests``).
    private func compare(_ folders: FolderDigests) throws -> Differences {
        var found = Differences()
        found.storedFolders = try pool.read(FolderDigests.stored)
        let storedFolders = found.storedFolders
        let moved = folders.digests.keys.filter { storedFolders[$0] != folders.digests[$0] }
            + storedFolders.keys.filter { folders.digests[$0] == nil && scope?.contains($0) ?? true }
        // No digest stored at all (an index whose folders were never written): every row is compared, so
        // that the files of a folder gone since are still found.
        found.readAll = storedFolders.isEmpty
        if found.readAll && scope != nil { return found }
        guard (found.readAll ? Array(folders.digests.keys) : moved).allSatisfy(folders.kept) else { throw FolderDigests.Incomplete() }
        let (stored, storedListing) = try pool.read { db -> ([String: Stored], [Diagnostic]?) in
            var stored: [String: Stored] = [:]
            for folder in found.readAll ? [nil] : moved.map(Optional.some) {
                let rows = try folder.map { try FolderDigests.fileRows(db, folder: $0) }
                    ?? Row.fetchCursor(db, sql: "SELECT path, kind, size, mtime, hash FROM files")
                while let row = try rows.next() {
                    stored[row[0]] = Stored(kind: row[1], size: row[2], mtime: row[3], hash: row[4])
                }
            }
            return (stored, listingDiagnostics == nil ? nil : try DiagnosticRows.derived(db, stage: "listing"))
        }
        found.unchanged = folders.fileCount
        var seen = Set<String>()
        // In listing order, as when every file was compared.
        for index in found.readAll ? Array(files.indices) : moved.flatMap({ folders.members[$0] ?? [] }).sorted() {
            let file = files[index]
            seen.insert(file.path)
            guard let candidate = Self.candidate(file, stored: stored[file.path]) else { continue }
            found.candidates.append(candidate)
            if let old = stored[file.path], old.kind != CorpusFile.Kind.article.rawValue { found.onlyArticles = false }
            if file.kind != .article { found.onlyArticles = false }
            found.unchanged -= 1
        }
        found.removed = stored.keys.filter { !seen.contains($0) }.sorted()
        if found.removed.contains(where: { stored[$0]?.kind != CorpusFile.Kind.article.rawValue }) { found.onlyArticles = false }
        found.sameListing = storedListing == listingDiagnostics
        return found
    }

    /// What a listed file is to the sync against its row in `files`: nil when its kind, size and time are
    /// the stored ones, else a file to read (compared by content hash when it was of the same kind).
    static func candidate(_ file: CorpusFile, stored old: Stored?) -> Candidate? {
        guard let old else { return Candidate(file: file, existed: false, storedHash: nil) }
        if old.kind == file.kind.rawValue && old.size == file.size && old.mtime == file.modified.timeIntervalSince1970 { return nil }
        return Candidate(file: file, existed: true, storedHash: old.kind == file.kind.rawValue ? old.hash : nil)
    }

    /// Brings the index up to date with `files`; nil when a quick pass (`scope`) met what only a full
    /// sync can do (a feed or knowledge file changed, no folder digests stored), and wrote nothing.
    func run() throws -> SyncReport? {
        // The listing's digest is stored by a sync when it commits; the same one next time means nothing
        // changed, which is then known without reading the `files` table. A quick pass stores none, so
        // that the full sync behind it compares every folder.
        let folders = self.folders ?? FolderDigests(files: files)
        let digest = listingDiagnostics.map { folders.listingDigest(diagnostics: $0) } ?? ""
        let known = try pool.read { db in
            (try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'listing'"),
             try Int.fetchOne(db, sql: "SELECT count(*) FROM articles") ?? 0,
             try FolderDigests.storedTimes(db))
        }
        if known.0 == digest && !digest.isEmpty {
            // Best effort: a connection that cannot write (another process is) still answers a sync that
            // found nothing, and times left older only make the next quick pass read a folder more.
            if known.2 != folderTimes { try? pool.write { try FolderDigests.storeTimes($0, folderTimes) } }
            return SyncReport(unchanged: folders.fileCount, articles: known.1)
        }
        var trace = SyncTrace()
        let found = try compare(folders)
        if scope != nil && (found.readAll || !found.onlyArticles) { return nil }
        let (candidates, removed, storedFolders) = (found.candidates, found.removed, found.storedFolders)
        trace.mark("comparing with the index: \(candidates.count) to read, \(removed.count) removed")
        var report = SyncReport(unchanged: found.unchanged)
        if candidates.isEmpty && removed.isEmpty && found.sameListing {
            report.articles = try pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM articles") ?? 0 }
            let foldersMoved = (scope.map(Array.init) ?? Array(Set(storedFolders.keys).union(folders.digests.keys)))
                .contains { storedFolders[$0] != folders.digests[$0] }
            if foldersMoved { try pool.write { try folders.store($0, replacing: storedFolders, scope: scope) } }
            if known.2 != folderTimes { try? pool.write { try FolderDigests.storeTimes($0, folderTimes) } }
            // The index is this listing (a folder synced on its own made it so): the next sync can tell at once.
            if !digest.isEmpty && known.0 != digest {
                try? pool.write { try $0.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('listing', ?)", arguments: [digest]) }
            }
            return report
        }
        try pool.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('sync', 'running')")
            // A first load that failed earlier in this process committed chunks with the search triggers
            // dropped: the search index is rebuilt from the articles before anything else is written.
            if try IndexSchema.missingArticleSearchTrigger(db) != nil { try IndexSchema.repairArticleSearch(db) }
        }
        // An index with no files yet is loaded in bulk: see IndexUpdate.firstLoad.
        let firstLoad = try pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM (SELECT 1 FROM files LIMIT 1)") == 0 }
        // A process with no catalog in memory reads the stored linker beside the changed files.
        let prefetch = linkerPrefetch ?? (!firstLoad && catalogCache.isEmpty ? LinkerPrefetch(pool: pool) : nil)
        defer { prefetch?.finish() }
        try pool.writeWithoutTransaction { db in
            // Room for the FTS5 segments being merged, so that a big sync does not spill pages to the WAL over and over.
            try db.execute(sql: "PRAGMA cache_size = -32768")
            defer { try? db.execute(sql: "PRAGMA cache_size = -2000; PRAGMA shrink_memory") }
            try db.execute(sql: "BEGIN IMMEDIATE")
            do {
                var update = IndexUpdate(db: db, progress: progress, catalogCache: catalogCache, firstLoad: firstLoad)
                update.linkerPrefetch = prefetch
                update.readAhead = readAhead
                if firstLoad {
                    try IndexSchema.drop(IndexSchema.articleIndexes + IndexSchema.derivedIndexes, db)
                    try update.holdMerges("article_fts")
                    try update.deferArticleSearch()
                }
                for path in removed { try update.remove(path: path) }
                report.removed = removed.count
                // A feed's items give way to pages and earlier feeds with the same story: feeds go last.
                try update.parse(candidates.filter { $0.file.kind != .feed }, report: &report)
                try update.parseFeeds(candidates.filter { $0.file.kind == .feed }, all: files.filter { $0.kind == .feed }, report: &report)
                trace.mark("reading and storing \(candidates.count) files")
                try update.finish(listingDiagnostics: listingDiagnostics, trace: &trace)
                report.relinked = update.relinked
                report.articles = try Int.fetchOne(db, sql: "SELECT count(*) FROM articles") ?? 0
                // A new generation for every sync that writes: readers that cache what they derived from
                // the rows (the merged events) compare one value instead of scanning the rows.
                try folders.store(db, replacing: storedFolders, scope: scope)
                try FolderDigests.storeTimes(db, folderTimes)
                try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('sync', 'done'), ('listing', ?), ('generation', ?)",
                               arguments: [digest, UUID().uuidString])
                try PhrasePairPostings.flush(db)
                try db.execute(sql: "COMMIT")
                trace.mark("storing digests and committing")
            } catch {
                if db.isInsideTransaction { try? db.execute(sql: "ROLLBACK") }
                throw error
            }
        }
        return report
    }
}
