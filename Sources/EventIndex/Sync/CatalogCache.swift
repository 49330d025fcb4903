import EventModel
import Foundation

/// The last entity catalog a sync built, with a digest of what it was built from.
///
/// Building the catalog decodes every article's contribution; when a sync changes an article without
/// changing any contribution (the common edit), the digest matches and the catalog is reused.
final class CatalogCache: @unchecked Sendable {
    private let lock = NSLock()
    private var digest: Int64?
    private var built: (catalog: EntityCatalog, diagnostics: [Diagnostic])?

    func catalog(for digest: Int64) -> (catalog: EntityCatalog, diagnostics: [Diagnostic])? {
        lock.lock()
        defer { lock.unlock() }
        return self.digest == digest ? built : nil
    }

    func store(_ built: (catalog: EntityCatalog, diagnostics: [Diagnostic]), digest: Int64) {
        lock.lock()
        defer { lock.unlock() }
        self.digest = digest
        self.built = built
    }
}
