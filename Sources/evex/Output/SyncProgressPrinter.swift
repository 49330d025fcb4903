import EventIndex
import Foundation

/// A progress bar on standard error while a long sync runs, when standard error is a terminal;
/// plain lines, one per phase, when it is not. Quiet for syncs that finish at once.
final class SyncProgressPrinter: @unchecked Sendable {
    private let lock = NSLock()
    private let interactive: Bool
    private let start = Date()
    private var lastPhase: SyncProgress.Phase?
    private var lastDraw = Date.distantPast
    private var drewBar = false

    private init(interactive: Bool) { self.interactive = interactive }

    /// The printer for this process, or nil when progress should not be shown at all.
    static func forStandardError(always: Bool = false) -> SyncProgressPrinter? {
        SyncProgressPrinter(interactive: isatty(STDERR_FILENO) == 1).with(always: always)
    }

    private var always = false
    private func with(always: Bool) -> SyncProgressPrinter {
        self.always = always
        return self
    }

    var report: @Sendable (SyncProgress) -> Void { { [self] in self.update($0) } }

    private func update(_ progress: SyncProgress) {
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        // Small syncs finish before anyone could read a bar.
        guard always || now.timeIntervalSince(start) > 0.5 else { return }
        if interactive {
            guard now.timeIntervalSince(lastDraw) > 0.1 || progress.done == progress.total else { return }
            lastDraw = now
            let width = 30
            let fraction = progress.total > 0 ? Double(progress.done) / Double(progress.total) : 0
            let filled = Int(fraction * Double(width))
            let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
            let line = "\(progress.phase.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) [\(bar)] \(progress.done)/\(progress.total)"
            FileHandle.standardError.write(Data(("\r" + line + "\u{1B}[K").utf8))
            drewBar = true
        } else if progress.phase != lastPhase, progress.total > 0 {
            lastPhase = progress.phase
            let what: String
            switch progress.phase {
            case .scanning: what = "comparing \(progress.total) files with the index"
            case .parsing: what = "reading \(progress.total) new or changed files"
            case .linking: what = "finding entities and relations in \(progress.total) articles"
            case .finishing: what = "resolving links and merging relations"
            }
            FileHandle.standardError.write(Data("evex: \(what)\n".utf8))
        }
    }

    /// Ends the bar's line so that what follows starts on a new one.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if drewBar { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
