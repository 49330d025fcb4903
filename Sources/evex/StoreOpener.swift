import EventModel
import Foundation

/// Opens the store every command reads through.
enum StoreOpener {
    static func open(root: URL, indexPath: URL?) throws -> any CorpusStore {
        MemoryCorpusStore(CorpusLoader.load(root: root))
    }
}
