import EventModel
import Foundation
import GRDB

/// Watches a full sync's listing folder by folder, against the digests the index stores, for the first
/// folder whose files changed (one edited in place, say).
///
/// There it starts reading the stored linker (``LinkerPrefetch``) when this process has no catalog, so
/// that the decoding runs beside the rest of the listing rather than after it; and when asked (the
/// explorer, which shows what it finds as it goes), it syncs that folder's files at once, as the quick
/// pass does, before the listing goes on; else it starts reading and parsing that folder's changed
/// articles (``FileReadAhead``) for the sync that follows the listing. A sync that finds nothing changed starts nothing.
final class FolderChangeWatch: @unchecked Sendable {
    private let pool: DatabasePool
    private let catalogCache: CatalogCache
    private let stored: [String: Int64]
    /// The folder times stored, which a folder synced at once keeps (the full sync stores the new ones).
    private let storedTimes: [String: Int64]?
    private let firstChange: (@Sendable (SyncReport) -> Void)?
    /// The listing tells folders from both its threads.
    private let lock = NSLock()
    private var started: LinkerPrefetch?
    private var readingAhead: FileReadAhead?
    private var early: SyncReport?
    private var found = false

    /// The stored linker being read, if a changed folder (or the explorer's pass) started it.
    var prefetch: LinkerPrefetch? { lock.withLock { started } }

    /// The first changed folder's articles being read, when this sync does not sync that folder at once.
    var readAhead: FileReadAhead? { lock.withLock { readingAhead } }

    /// nil when there is nothing to do ahead: a catalog already in memory and no early sync asked for, or
    /// no folders stored (a first load).
    init?(pool: DatabasePool, catalogCache: CatalogCache, stored: [String: Int64], firstChange: (@Sendable (SyncReport) -> Void)? = nil) throws {
        guard catalogCache.isEmpty || firstChange != nil, !stored.isEmpty else { return nil }
        storedTimes = try pool.read(FolderDigests.storedTimes)
        (self.pool, self.catalogCache, self.stored, self.firstChange) = (pool, catalogCache, stored, firstChange)
        // The explorer syncs behind its first screen and waits for nothing: it reads the linker from the
        // start, so that a folder found changed midway is synced without waiting for it; when nothing
        // changed, a core has decoded it for nothing, in the background.
        if firstChange != nil && storedTimes != nil && catalogCache.isEmpty { started = LinkerPrefetch(pool: pool) }
    }

    /// One folder as listed (a folder with no files has no digest stored).
    func folderListed(_ folder: ListedFolder) {
        let first = lock.withLock { () -> Bool in
            guard !found, stored[folder.path] != (folder.count == 0 ? nil : folder.signature) else { return false }
            found = true
            if started == nil && catalogCache.isEmpty { started = LinkerPrefetch(pool: pool) }
            // The command line syncs in one transaction after the listing: its changed articles are read and
            // parsed now, beside the rest of the listing, rather than after it.
            if firstChange == nil, let files = folder.files { readingAhead = FileReadAhead(pool: pool, folder: folder.path, files: files) }
            return true
        }
        // Only where a quick pass could tell (folder times are kept); it gives way (nil) to the full sync
        // where only that can (a feed or knowledge file changed).
        guard first, let firstChange, let storedTimes, let files = folder.files else { return }
        var trace = SyncTrace()
        let report = try? Synchronizer(pool: pool, catalogCache: catalogCache, files: files, listingDiagnostics: nil, folderTimes: storedTimes,
                                       scope: [folder.path], progress: nil, linkerPrefetch: prefetch).run()
        trace.mark("syncing \(folder.path) on its own")
        guard let report = report ?? nil, !report.isNoop else { return }
        lock.withLock { early = report }
        firstChange(report)
    }

    /// The full sync's report with what the early sync of one folder did.
    func including(_ report: SyncReport) -> SyncReport {
        guard let early = lock.withLock({ early }) else { return report }
        var report = report
        report.added += early.added
        report.changed += early.changed
        report.removed += early.removed
        report.relinked += early.relinked
        return report
    }
}
