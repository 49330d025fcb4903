import Dispatch
import EventModel
import Foundation
import GRDB

/// The catalog of a first load, with its linker and its entities encoded for their rows, built on a
/// thread of its own while the writing thread resolves every link.
///
/// Both steps ran one after the other on the writing thread with the second core idle (at 100,000
/// articles about 4 s each). The contributions are committed by then, so a reader connection sees
/// what the build needs; the sync takes the result only when its digest is that of the catalog it
/// needs (``take(digest:)``), and otherwise builds it as without a prefetch.
final class CatalogPrefetch: @unchecked Sendable {
    struct Built {
        var catalog: EntityCatalog
        var diagnostics: [Diagnostic]
        var linker: EntityLinker
        /// Each entity as its row stores it, in catalog order.
        var encoded: [Data]
    }

    private let done = DispatchSemaphore(value: 0)
    /// Written by the building thread before `done` is signalled, read after the wait.
    private var result: (digest: Int64, built: Built)?
    private var taken = false

    /// Starts the build through a reader of `pool`: call once what the catalog is built from is committed.
    init(pool: DatabasePool) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            result = try? pool.read { db -> (Int64, Built) in
                let digest = try IndexUpdate.catalogDigest(db, contributionSum: nil)
                let (catalog, diagnostics) = try IndexUpdate.buildCatalog(db)
                return (digest, Built(catalog: catalog, diagnostics: diagnostics, linker: EntityLinker(catalog: catalog),
                                      encoded: catalog.entities.map { Coding.encode($0) }))
            }
            done.signal()
        }
    }

    /// The prefetched catalog when it was built for `digest`, once; nil otherwise. Waits for the build.
    func take(digest: Int64) -> Built? {
        finish()
        defer { result = nil }
        guard let result, result.digest == digest else { return nil }
        return result.built
    }

    /// Waits for the build, so that no thread outlives the sync that started it.
    func finish() {
        guard !taken else { return }
        done.wait()
        taken = true
    }
}
