import EventIndex
import EventModel
import Foundation

/// Opens the store every command reads through: the corpus's index, synced with the folder first.
enum StoreOpener {
    static func open(root: URL, indexPath: URL?) throws -> any CorpusStore {
        let progress = SyncProgressPrinter.forStandardError()
        let (corpus, _) = try IndexedCorpus.openSynced(corpus: root, indexPath: indexPath, progress: progress?.report)
        progress?.finish()
        return corpus
    }
}
