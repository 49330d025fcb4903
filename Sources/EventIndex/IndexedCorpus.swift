import EventModel
import Foundation
import GRDB

/// A corpus folder backed by an SQLite index: what the explorer and the command line read.
///
/// ```swift
/// let corpus = try IndexedCorpus.openSynced(corpus: URL(fileURLWithPath: "samples/crocus"))
/// let page = try corpus.articles(order: .date, range: 0..<40)
/// let hits = try corpus.search("entity:CSTO after:2024-03-22", limit: 20, asYouType: false)
/// ```
///
/// The index lives by default in the user's cache folder (``defaultIndexPath(for:)``), so a
/// read-only corpus works. Article bodies stay in the database and are read when asked for.
/// Several processes may use one index at once: one syncing while others browse.
public final class IndexedCorpus: CorpusStore, Sendable {
    /// The corpus folder.
    public let root: URL
    /// The SQLite file.
    public let indexPath: URL
    /// Why the index was found unusable and started afresh when opened, if it was.
    public let resetReason: String?

    let pool: DatabasePool
    let catalogCache = CatalogCache()
    let countsCache = CountsCache()

    private init(root: URL, indexPath: URL, pool: DatabasePool, resetReason: String?) {
        self.root = root
        self.indexPath = indexPath
        self.pool = pool
        self.resetReason = resetReason
    }

    /// Opens the index of a corpus without syncing it (see ``sync(progress:)``).
    ///
    /// An index that cannot be trusted (written by another schema version, truncated, damaged, or
    /// left by a sync whose process was killed) is deleted and created empty; ``resetReason`` says why
    /// and the next sync fills it from the corpus.
    ///
    /// - parameters:
    ///   - root: the corpus folder.
    ///   - indexPath: the SQLite file; nil for ``defaultIndexPath(for:)``.
    /// - throws: ``IndexError`` when the folder is missing or the index cannot be created.
    public static func open(corpus root: URL, indexPath: URL? = nil) throws -> IndexedCorpus {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw IndexError.corpusNotFound(root)
        }
        let path = indexPath ?? defaultIndexPath(for: root)
        // Never replace what evex did not write: `--index knowledge.yaml` must not cost the user the file.
        if case .foreign(let why) = IndexFileCheck.ownership(of: path, inCacheFolder: indexPath == nil) {
            throw IndexError.notAnIndex(path, why)
        }
        do {
            try FileManager.default.createDirectory(at: path.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw IndexError.cannotOpen(path, "its folder cannot be created")
        }
        var reason = IndexFileCheck.problem(at: path)
        if reason == nil && IndexRecovery.isMarkedDamaged(path) { reason = "a query found it damaged" }
        if reason != nil { IndexFileCheck.remove(path) }
        let stuck = IndexRecovery.repairCompanionModes(path)
        if !stuck.isEmpty {
            throw IndexError.cannotOpen(path, "\(stuck.joined(separator: " and ")) \(stuck.count == 1 ? "is" : "are") read-only, left from when the index was; make \(stuck.count == 1 ? "it" : "them") writable or delete \(stuck.count == 1 ? "it" : "them")")
        }
        for attempt in 0..<2 {
            do {
                let pool: DatabasePool
                do {
                    pool = try makePool(path)
                } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
                    // Another process is writing and the WAL is empty, so a writable connection cannot be set
                    // up yet; reading works regardless. Syncing through this instance will say to try again.
                    pool = try makePool(path, readOnly: true)
                }
                if let problem = try check(pool, path: path) {
                    guard attempt == 0 else { throw IndexError.cannotOpen(path, problem) }
                    reason = problem
                    try? pool.close()
                    IndexFileCheck.remove(path)
                    continue
                }
                return IndexedCorpus(root: root, indexPath: path, pool: pool, resetReason: reason)
            } catch let error as DatabaseError where attempt == 0 && isDamage(error) {
                reason = "the file is damaged"
                IndexFileCheck.remove(path)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_READONLY && !IndexRecovery.readOnlyFiles(path).isEmpty {
                throw IndexRecovery.readOnlyError(path)
            } catch let error as DatabaseError {
                throw IndexError.cannotOpen(path, error.message ?? "SQLite error \(error.resultCode.rawValue)")
            }
        }
        throw IndexError.cannotOpen(path, reason ?? "it cannot be read")
    }

    /// Opens the index and brings it up to date with the folder.
    ///
    /// - throws: ``IndexError``.
    public static func openSynced(
        corpus root: URL, indexPath: URL? = nil, progress: (@Sendable (SyncProgress) -> Void)? = nil
    ) throws -> (corpus: IndexedCorpus, report: SyncReport) {
        let corpus = try open(corpus: root, indexPath: indexPath)
        do {
            let report = try corpus.sync(progress: progress)
            return (corpus, report)
        } catch let error as IndexError where error.code == .corruptIndex {
            // The sync met damage and removed the file: build it again now rather than ask the user to.
            let fresh = try open(corpus: root, indexPath: indexPath)
            var report = try fresh.sync(progress: progress)
            report.resetReason = "the file was damaged"
            return (fresh, report)
        }
    }

    /// Where the index of a corpus lives unless told otherwise:
    /// `$XDG_CACHE_HOME/evex/<hash>.sqlite` (else `~/.cache/evex/...`), keyed by the folder's real path
    /// so that two spellings of one folder share an index.
    public static func defaultIndexPath(for root: URL) -> URL {
        let environment = ProcessInfo.processInfo.environment
        let cache: URL
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            cache = URL(fileURLWithPath: xdg, isDirectory: true)
        } else {
            let home = environment["HOME"].map { URL(fileURLWithPath: $0, isDirectory: true) }
                ?? FileManager.default.homeDirectoryForCurrentUser
            cache = home.appendingPathComponent(".cache", isDirectory: true)
        }
        let real = root.resolvingSymlinksInPath().standardizedFileURL.path
        return cache.appendingPathComponent("evex", isDirectory: true)
            .appendingPathComponent(ContentHash.hex(real) + ".sqlite")
    }

    // MARK: - Opening

    private static func makePool(_ path: URL, readOnly: Bool = false) throws -> DatabasePool {
        var configuration = Configuration()
        configuration.readonly = readOnly
        // Another process may be writing: wait for it rather than fail with "database is locked".
        configuration.busyMode = .timeout(30)
        configuration.maximumReaderCount = 4
        configuration.prepareDatabase { db in
            // A big sync grows the WAL to the size of what it wrote; keep it from staying that large.
            if !readOnly { try db.execute(sql: "PRAGMA synchronous = NORMAL; PRAGMA journal_size_limit = 67108864") }
            // A new file only (an existing one keeps its own): an article row of about 3.4 KB fills a 4 KB
            // page alone, leaving a fifth of the table empty; 16 KB pages hold four or five.
            if !readOnly { try db.execute(sql: "PRAGMA page_size = 16384") }
            SyncTrace.traceSlowStatements(db)
            BoundedBM25.register(db)
        }
        return try DatabasePool(path: path.path, configuration: configuration)
    }

    /// Creates the schema in a new file, or says why an existing one must be rebuilt.
    private static func check(_ pool: DatabasePool, path: URL) throws -> String? {
        if try pool.read(IndexSchema.isEmpty) {
            try pool.write { db in
                if try IndexSchema.isEmpty(db) { try IndexSchema.create(db) }
            }
            return nil
        }
        return try pool.read { db -> String? in
            if let problem = try IndexSchema.problem(db) { return problem }
            if try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'sync'") == "running" {
                // A live sync holds the lock; a killed one left the mark behind.
                if let lock = SyncLock(indexURL: path), lock.tryLock() {
                    lock.unlock()
                    return "a sync was interrupted"
                }
            }
            return nil
        }
    }

    static func isDamage(_ error: DatabaseError) -> Bool {
        error.resultCode == .SQLITE_CORRUPT || error.resultCode == .SQLITE_NOTADB
    }

    /// Runs a read, turning SQLite failures into ``IndexError``.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try pool.read(body)
        } catch let error as DatabaseError {
            throw wrap(error)
        }
    }

    func wrap(_ error: DatabaseError) -> IndexError {
        if Self.isDamage(error) {
            // The pool is still in use here; the next open rebuilds the file.
            IndexRecovery.markDamaged(indexPath)
            return IndexError.corrupt(indexPath)
        }
        if error.resultCode == .SQLITE_READONLY, !IndexRecovery.readOnlyFiles(indexPath).isEmpty {
            return IndexRecovery.readOnlyError(indexPath)
        }
        if error.resultCode == .SQLITE_READONLY || error.resultCode == .SQLITE_BUSY {
            return IndexError(.busy, path: indexPath.path,
                              message: "another evex process was updating the index; run the command again when it has finished")
        }
        return IndexError(.database, path: indexPath.path,
                          message: "the index could not be read (\(error.message ?? "SQLite error")); if it happens again, delete this file: it is only a cache of the corpus, rebuilt on the next run")
    }
}
