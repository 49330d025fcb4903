import ArgumentParser
import EventIndex
import Foundation

struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Bring the corpus's index up to date now, and say what changed and how long it took.",
        discussion: "Other commands sync the index themselves; this one is for doing it ahead of time, or in a script.")

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        try corpus.validateFolder()
        let progress = SyncProgressPrinter.forStandardError(always: true)
        let (store, report) = try IndexedCorpus.openSynced(
            corpus: corpus.rootURL, indexPath: corpus.indexPath.map { URL(fileURLWithPath: $0) }, progress: progress?.report)
        progress?.finish()
        if let reason = report.resetReason { print("Rebuilt the index: \(reason).") }
        print("\(report.added) added, \(report.changed) changed, \(report.removed) removed, \(report.unchanged) unchanged; "
              + "\(report.relinked) articles linked again, in \(String(format: "%.2f", report.duration)) s")
        print(CountsLine.render(try store.counts()))
        print("Index: \(safe(store.indexPath.path))")
    }
}
