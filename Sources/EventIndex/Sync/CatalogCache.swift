import EventModel
import Foundation

/// The last entity catalog a sync built, with a digest of what it was built from, and its linker.
///
/// Building the catalog decodes every article's contribution, and building a linker indexes every
/// name of it; when a sync changes an article without changing any contribution (the common edit),
/// the digest matches and both are reused.
final class CatalogCache: @unchecked Sendable {
    private let lock = NSLock()
    private var digest: Int64?
    private var built: (catalog: EntityCatalog, diagnostics: [Diagnostic])?
    private var linker: EntityLinker?
    /// Catalogs built from the contributions by this process (not restored from the index): what tests read.
    private(set) var builds = 0

    /// No catalog is held yet: this process has not synced or restored one.
    var isEmpty: Bool { lock.withLock { built == nil } }

    func catalog(for digest: Int64) -> (catalog: EntityCatalog, diagnostics: [Diagnostic])? {
        lock.lock()
        defer { lock.unlock() }
        return self.digest == digest ? built : nil
    }

    /// Keeps a catalog, and its linker when one came with it (restored from the index).
    func store(_ built: (catalog: EntityCatalog, diagnostics: [Diagnostic]), digest: Int64, linker: EntityLinker? = nil) {
        lock.lock()
        defer { lock.unlock() }
        self.digest = digest
        self.built = built
        self.linker = linker
        if linker == nil { builds += 1 }
    }

    /// The linker of the cached catalog, built on first use; a fresh one for any other catalog.
    func linker(for catalog: EntityCatalog, digest: Int64) -> EntityLinker {
        lock.lock()
        defer { lock.unlock() }
        guard self.digest == digest else { return EntityLinker(catalog: catalog) }
        if let linker { return linker }
        let made = EntityLinker(catalog: catalog)
        linker = made
        return made
    }
}
