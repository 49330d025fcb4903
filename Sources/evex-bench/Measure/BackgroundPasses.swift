import Foundation
import EventIndex

/// The explorer's sync behind its first screen, as `evex PATH` runs it: a thread of its own that syncs
/// the folders whose time moved, then every file (the first folder found changed synced at once); the
/// measuring thread waits for each step's end as the explorer's key loop waits for its wake.
final class BackgroundPasses: @unchecked Sendable {
    /// What the syncing thread has to say: a pass or an early folder changed something, or the full pass ended.
    enum Step {
        case changed
        case fullEnded(Result<Void, any Error>)
    }

    private let lock = NSLock()
    private let posted = DispatchSemaphore(value: 0)
    private var steps: [Step] = []
    /// Held here rather than by the thread, as `evex` holds it: the index and the catalog it restored are
    /// then released on the measuring thread, never by the syncing thread as it ends while the other
    /// thread releases its own.
    private let side: EvexSide

    init(_ side: EvexSide) {
        self.side = side
        let thread = Thread { [self] in
            // As `evex`: a quick pass that fails or cannot tell leaves it all to the full one.
            if let quick = try? self.side.syncChangedFolders(), !quick.isNoop { post(.changed) }
            let full = Result { try self.side.sync { [self] _ in post(.changed) } }
            post(.fullEnded(full))
        }
        thread.start()
    }

    private func post(_ step: Step) {
        lock.withLock { steps.append(step) }
        posted.signal()
    }

    /// Waits for the next step.
    func next() -> Step {
        posted.wait()
        return lock.withLock { steps.removeFirst() }
    }
}
