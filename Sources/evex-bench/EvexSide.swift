import EventModel
import Foundation
import TerminalCore

/// Every call the benchmark makes into evex goes through this file, so the figures measure exactly
/// these calls and nothing else of the harness.
///
/// TODO(reconnect): `EventIndex.IndexedCorpus` is not in this tree yet. Until it is, `open` and
/// `sync` run the in-memory `CorpusLoader` behind ``StubCorpusStore`` and the report says
/// `evex_backend: stub`. To reconnect, replace the bodies marked STUB with the lines beside them:
///
/// ```swift
/// import EventIndex
/// let corpus = try IndexedCorpus.open(corpus: root, indexPath: indexPath)   // open
/// _ = try corpus.sync(progress: nil)                                        // sync
/// store = corpus                                                            // any CorpusStore
/// ```
final class EvexSide {
    /// Printed as `evex_backend:` so a figure is never mistaken for the real index's.
    static let backend = "stub (EventModel.CorpusLoader in memory; EventIndex.IndexedCorpus not yet available)"
    static var isStub: Bool { backend.hasPrefix("stub") }

    let root: URL
    let indexPath: URL
    private(set) var store: any CorpusStore

    private init(root: URL, indexPath: URL, store: any CorpusStore) {
        self.root = root
        self.indexPath = indexPath
        self.store = store
    }

    /// Opens the corpus's index (creating it when missing) without syncing it.
    static func open(corpus root: URL, indexPath: URL) throws -> EvexSide {
        // STUB: IndexedCorpus.open(corpus: root, indexPath: indexPath)
        EvexSide(root: root, indexPath: indexPath, store: StubCorpusStore.opening(root: root))
    }

    /// Brings the index up to date with the folder: the whole corpus the first time, the changed files after.
    func sync() throws {
        // STUB: _ = try corpus.sync(progress: nil)
        store = StubCorpusStore.loading(root: root)
    }

    /// The first page of the article list, newest first, as the explorer shows it on opening.
    func firstPage(rows: Int) throws -> [ArticleSummary] {
        try store.articles(order: .date, range: 0..<rows)
    }

    /// One search, as the explorer and `evex search` run it; returns the number of article hits.
    func search(_ query: String, limit: Int, asYouType: Bool) throws -> Int {
        try store.search(query, limit: limit, asYouType: asYouType).articles.count
    }

    /// The explorer over this store, drawing into an in-memory screen of `size`.
    ///
    /// TODO(reconnect): ExplorerUI's `Explorer` is not in this tree yet; until it is, a stand-in
    /// (``StandInExplorer``) that makes the same store calls as the article list, the reader and the
    /// search screen is measured, and the report says `ui_driver: stand-in`. Replace with:
    /// `ExplorerDriver(explorer: Explorer(store: store, size: size))`.
    func explorer(size: Size) -> any UIDriver {
        StandInExplorer(store: store, size: size)
    }
    static let uiDriver = "stand-in (ExplorerUI.Explorer not yet available)"
}

/// Something that takes a key and hands back the screen it drew.
protocol UIDriver {
    mutating func press(_ key: Key) throws -> Screen
}
