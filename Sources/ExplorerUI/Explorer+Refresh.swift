import Foundation

/// The outcome of work running beside the explorer (a sync of the folder), handed to the key loop.
///
/// The worker calls ``finish(_:)`` then wakes the terminal; the loop takes the outcome at the wake
/// and redraws from the updated store.
public final class BackgroundUpdate: @unchecked Sendable {
    private let lock = NSLock()
    private var outcome: Result<String, any Error>?

    public init() {}

    /// What to say on the status line when the work ended ("3 articles changed"), or why it failed.
    public func finish(_ outcome: Result<String, any Error>) {
        lock.withLock { self.outcome = outcome }
    }

    func take() -> Result<String, any Error>? {
        lock.withLock {
            defer { outcome = nil }
            return outcome
        }
    }
}

extension Explorer {
    /// A line on the status line until the next key.
    public mutating func note(_ text: String, isError: Bool = false) {
        message = isError ? .error(text) : .info(text)
    }

    /// The store changed underneath (a sync ended): the screen in view is rebuilt from it where the
    /// user was, and `outcome` is said on the status line.
    mutating func refresh(after outcome: Result<String, any Error>) {
        if let destination = current.destination, var screen = try? makeScreen(destination) {
            screen.restore(current.place)
            current = screen
        } else {
            try? current.reload(context: context)
        }
        layoutCurrent()
        switch outcome {
        case .success(let text): message = .info(text)
        case .failure(let error): message = .error("The folder could not be synced: \(error)")
        }
    }
}
