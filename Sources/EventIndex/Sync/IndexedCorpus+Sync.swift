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
    /// - throws: ``IndexError``.
    @discardableResult
    public func sync(progress: (@Sendable (SyncProgress) -> Void)? = nil) throws -> SyncReport {
        let started = Date()
        guard let lock = SyncLock(indexURL: indexPath) else {
            throw IndexError.cannotOpen(indexPath, "its lock file cannot be created")
        }
        lock.lock()
        defer { lock.unlock() }
        progress?(SyncProgress(phase: .scanning, done: 0, total: 0))
        var trace = SyncTrace()
        let listing = CorpusScanner.listFiles(root: root)
        trace.mark("listing \(listing.files.count) files")
        let listed = Date()
        do {
            var report = try Synchronizer(pool: pool, catalogCache: catalogCache, files: listing.files, listingDiagnostics: listing.diagnostics, progress: progress).run()
            report.duration = Date().timeIntervalSince(started)
            report.listingDuration = listed.timeIntervalSince(started)
            report.resetReason = resetReason
            return report
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
    let files: [CorpusFile]
    let listingDiagnostics: [Diagnostic]
    let progress: (@Sendable (SyncProgress) -> Void)?

    static let chunkSize = 256

    /// A file of the listing and what the index knew of it.
    struct Candidate: Sendable {
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

    /// What differs between the listing and the index: files to read, paths gone, and how many are the same.
    /// Only the `files` rows of folders whose digest moved are read (see ``FolderDigests``).
    private func compare(_ folders: FolderDigests) throws
        -> (candidates: [Candidate], removed: [String], unchanged: Int, sameListing: Bool, storedFolders: [String: Int64]) {
        let storedFolders = try pool.read(FolderDigests.stored)
        let moved = folders.digests.keys.filter { storedFolders[$0] != folders.digests[$0] }
            + storedFolders.keys.filter { folders.digests[$0] == nil }
        // No digest stored at all (an index whose folders were never written): every row is compared, so
        // that the files of a folder gone since are still found.
        let readAll = storedFolders.isEmpty
        let (stored, storedListing) = try pool.read { db -> ([String: Stored], [Diagnostic]) in
            var stored: [String: Stored] = [:]
            for folder in readAll ? [nil] : moved.map(Optional.some) {
                let rows = try folder.map { try FolderDigests.fileRows(db, folder: $0) }
                    ?? Row.fetchCursor(db, sql: "SELECT path, kind, size, mtime, hash FROM files")
                while let row = try rows.next() {
                    stored[row[0]] = Stored(kind: row[1], size: row[2], mtime: row[3], hash: row[4])
                }
            }
            return (stored, try DiagnosticRows.derived(db, stage: "listing"))
        }
        var candidates: [Candidate] = []
        var unchanged = files.count
        var seen = Set<String>()
        // In listing order, as when every file was compared.
        for index in readAll ? Array(files.indices) : moved.flatMap({ folders.members[$0] ?? [] }).sorted() {
            let file = files[index]
            seen.insert(file.path)
            if let old = stored[file.path] {
                if old.kind == file.kind.rawValue && old.size == file.size && old.mtime == file.modified.timeIntervalSince1970 { continue }
                candidates.append(Candidate(file: file, existed: true, storedHash: old.kind == file.kind.rawValue ? old.hash : nil))
            } else {
                candidates.append(Candidate(file: file, existed: false, storedHash: nil))
            }
            unchanged -= 1
        }
        let removed = stored.keys.filter { !seen.contains($0) }.sorted()
        return (candidates, removed, unchanged, storedListing == listingDiagnostics, storedFolders)
    }

    func run() throws -> SyncReport {
        // The listing's digest is stored by a sync when it commits; the same one next time means nothing
        // changed, which is then known without reading the `files` table.
        let folders = FolderDigests(files: files)
        let digest = folders.listingDigest(diagnostics: listingDiagnostics)
        let known = try pool.read { db in
            (try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'listing'"),
             try Int.fetchOne(db, sql: "SELECT count(*) FROM articles") ?? 0)
        }
        if known.0 == digest {
            return SyncReport(unchanged: files.count, articles: known.1)
        }
        var trace = SyncTrace()
        let (candidates, removed, unchanged, sameListing, storedFolders) = try compare(folders)
        trace.mark("comparing with the index: \(candidates.count) to read, \(removed.count) removed")
        var report = SyncReport(unchanged: unchanged)
        if candidates.isEmpty && removed.isEmpty && sameListing {
            report.articles = try pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM articles") ?? 0 }
            if storedFolders != folders.digests { try pool.write { try folders.store($0, replacing: storedFolders) } }
            return report
        }
        try pool.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('sync', 'running')")
        }
        // An index with no files yet is loaded in bulk: see IndexUpdate.firstLoad.
        let firstLoad = try pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM (SELECT 1 FROM files LIMIT 1)") == 0 }
        // A process with no catalog in memory reads the stored linker beside the changed files.
        let prefetch = !firstLoad && catalogCache.isEmpty ? LinkerPrefetch(pool: pool) : nil
        defer { prefetch?.finish() }
        try pool.writeWithoutTransaction { db in
            // Room for the FTS5 segments being merged, so that a big sync does not spill pages to the WAL over and over.
            try db.execute(sql: "PRAGMA cache_size = -32768")
            defer { try? db.execute(sql: "PRAGMA cache_size = -2000; PRAGMA shrink_memory") }
            try db.execute(sql: "BEGIN IMMEDIATE")
            do {
                var update = IndexUpdate(db: db, progress: progress, catalogCache: catalogCache, firstLoad: firstLoad)
                update.linkerPrefetch = prefetch
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
                try folders.store(db, replacing: storedFolders)
                try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('sync', 'done'), ('listing', ?), ('generation', ?)",
                               arguments: [digest, UUID().uuidString])
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
