import ArgumentParser
import EventIndex
import EventModel
import ExplorerUI
import Foundation
import NcursesTerminal

struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse", abstract: "Open the full-screen explorer on the corpus (the default).")

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        try corpus.validateFolder()
        let indexURL = corpus.indexPath.map { URL(fileURLWithPath: $0) }
        let browsing = try IndexedCorpus.open(corpus: corpus.rootURL, indexPath: indexURL)
        // An index that holds articles opens at once and catches up with the folder behind the
        // first screen; an empty one (the first run) is filled first, with a progress bar.
        let opensAtOnce = try browsing.counts().articles > 0
        if !opensAtOnce {
            let progress = SyncProgressPrinter.forStandardError()
            _ = try browsing.sync(progress: progress?.report)
            progress?.finish()
            try requireArticles(browsing)
        }
        let state = try corpus.openState()
        let noColor = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        let background = opensAtOnce ? try BackgroundSync(root: corpus.rootURL, indexPath: indexURL) : nil
        let curation = CurationAccess(corpus: corpus.rootURL) {
            // The sync waits for a background one still running (one sync at a time per index).
            try browsing.sync()
            return browsing
        }
        do {
            try NcursesTerminal.run { terminal in
                background?.start()
                ExplorerUI.run(terminal: terminal, store: browsing, state: state, theme: noColor ? .monochrome : .standard,
                               update: background?.update, curation: curation)
            }
        } catch let error as TerminalStartError {
            printError("Error: \(error.description)")
            throw ExitCode(1)
        }
        // Quitting while the folder is still being synced: let the sync end, so that the next
        // start finds a finished index rather than an interrupted one to rebuild.
        if let background, !background.isFinished {
            printError("evex: finishing the sync of the folder…")
            background.wait()
        }
    }

    private func requireArticles(_ store: IndexedCorpus) throws {
        guard try store.counts().articles == 0 else { return }
        // Nothing to browse: say why on the plain terminal rather than open an empty screen.
        for diagnostic in try store.diagnostics() { printError(safe(diagnostic.description)) }
        // Not a ValidationError: the command line was right, so no usage text; status 1, as `check` gives.
        printError("Error: No article could be loaded from \(safe(corpus.path)). Articles are .txt, .md, .html, ninjs .json files or RSS/Atom feeds; `evex check \(safe(corpus.path))` explains each problem.")
        throw ExitCode(1)
    }

    private func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

/// A sync of the folder on a thread of its own, through a second connection to the index, while
/// the explorer shows the index as it was. It runs in two passes: the folders whose time moved first
/// (new, removed and renamed articles, and those saved through a new file), whose end wakes the key
/// loop when it changed something, then every file, for articles rewritten in place, whose end wakes
/// it again; the first folder that pass finds changed is synced at once, and wakes the loop too.
final class BackgroundSync: @unchecked Sendable {
    let update = BackgroundUpdate()
    private let syncing: IndexedCorpus
    private let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var finished = false

    init(root: URL, indexPath: URL?) throws {
        syncing = try IndexedCorpus.open(corpus: root, indexPath: indexPath)
    }

    var isFinished: Bool { lock.withLock { finished } }

    func start() {
        let thread = Thread { [self] in
            // A quick pass that fails or cannot tell leaves it all to the full one, which says why if it fails too.
            let quick = (try? syncing.syncChangedFolders()) ?? nil
            if let quick, !quick.isNoop {
                update.finish(.success(Self.describe(quick) + "; checking every file for edits in place…"))
                NcursesTerminal.wakeFromAnyThread()
            }
            let outcome = Result {
                try syncing.sync(firstChange: { [update] early in
                    update.finish(.success(Self.describe(early, after: quick) + "; checking every file for edits in place…"))
                    NcursesTerminal.wakeFromAnyThread()
                })
            }.map { Self.describe($0, after: quick) }
            update.finish(outcome)
            lock.withLock { finished = true }
            done.signal()
            NcursesTerminal.wakeFromAnyThread()
        }
        thread.start()
    }

    func wait() { done.wait() }

    /// What the passes did between them: the full one finds nothing more when the quick one found it all.
    private static func describe(_ report: SyncReport, after quick: SyncReport? = nil) -> String {
        let added = report.added + (quick?.added ?? 0), changed = report.changed + (quick?.changed ?? 0)
        let removed = report.removed + (quick?.removed ?? 0)
        if added + changed + removed == 0 { return "The folder has not changed since the index was made" }
        return "Updated from the folder: \(added) added, \(changed) changed, \(removed) removed"
    }
}
