import Foundation

/// The explorer's sync behind its first screen, as `evex PATH` runs it: a thread of its own that syncs
/// the folders whose time moved, then every file; the measuring thread waits for each pass's end as the
/// explorer's key loop waits for its wake.
final class BackgroundPasses: @unchecked Sendable {
    private let quickDone = DispatchSemaphore(value: 0)
    private let fullDone = DispatchSemaphore(value: 0)
    /// Written by the syncing thread before each semaphore is signalled, read after the wait.
    private var quickOutcome: Result<Bool, any Error> = .success(false)
    private var fullOutcome: Result<Void, any Error> = .success(())
    /// Held here rather than by the thread, as `evex` holds it: the index and the catalog it restored are
    /// then released on the measuring thread, never by the syncing thread as it ends while the other
    /// thread releases its own.
    private let side: EvexSide

    init(_ side: EvexSide) {
        self.side = side
        let thread = Thread { [self] in
            quickOutcome = Result { try self.side.syncChangedFolders().map { !$0.isNoop } ?? false }
            quickDone.signal()
            fullOutcome = Result { _ = try self.side.sync() }
            fullDone.signal()
        }
        thread.start()
    }

    /// Waits for the quick pass; true when it changed something (the explorer then redraws).
    func quick() throws -> Bool {
        quickDone.wait()
        return try quickOutcome.get()
    }

    /// Waits for the full pass.
    func full() throws {
        fullDone.wait()
        try fullOutcome.get()
    }
}
