import Dispatch
import EventModel
import GRDB

/// The stored linker, read and decoded on a thread of its own while a sync reads, parses and stores
/// the changed files, so that a new process that links a few articles does not wait for it after them.
///
/// It is read through a reader connection: the sync's write transaction has not replaced it yet, and
/// the sync takes it only if its digest is that of the catalog it needs (``take(digest:)``).
final class LinkerPrefetch: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    /// Written by the reading thread before `done` is signalled, read after the wait.
    private var stored: (digest: Int64, linker: EntityLinker?, diagnostics: [Diagnostic])?
    private var taken = false

    init(pool: DatabasePool) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            stored = try? pool.read { try LinkerState.read($0) }
            done.signal()
        }
    }

    /// The prefetched linker when it was stored for `digest`, once; nil otherwise (the caller restores
    /// or builds it as without a prefetch). Waits for the read to end.
    func take(digest: Int64) -> (linker: EntityLinker, diagnostics: [Diagnostic])? {
        if !taken {
            done.wait()
            taken = true
        }
        defer { stored = nil }
        guard let stored, stored.digest == digest, let linker = stored.linker else { return nil }
        return (linker, stored.diagnostics)
    }

    /// Waits for the read, so that no thread outlives the sync that started it.
    func finish() {
        if !taken {
            done.wait()
            taken = true
        }
        stored = nil
    }
}
