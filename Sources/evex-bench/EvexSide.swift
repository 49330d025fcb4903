#if EVEX_INDEX
import EventIndex
#endif
import EventModel
#if EVEX_EXPLORER
import ExplorerUI
#endif
import Foundation
import TerminalCore

/// Every call the benchmark makes into evex goes through this file, so the figures measure exactly
/// these calls and nothing of the harness.
///
/// RECONNECT: the index and the explorer are written on other branches. Until both are in this
/// tree, the `#else` branches below stand in for them (``StubCorpusStore``, ``StandInExplorer``)
/// and the report's first lines say so. Once they are merged, build with
/// `-Xswiftc -DEVEX_INDEX -Xswiftc -DEVEX_EXPLORER` to check, then delete the `#if`s, their `#else`
/// branches and the two stand-in files.
final class EvexSide {
    let root: URL
    let indexPath: URL

    #if EVEX_INDEX
    /// Printed as `evex_backend:` so a figure is never mistaken for another backend's.
    static let backend = "EventIndex.IndexedCorpus"
    private let corpus: IndexedCorpus
    var store: any CorpusStore { corpus }

    private init(root: URL, indexPath: URL, corpus: IndexedCorpus) {
        self.root = root
        self.indexPath = indexPath
        self.corpus = corpus
    }

    /// Opens the corpus's index (creating it when missing) without syncing it.
    static func open(corpus root: URL, indexPath: URL) throws -> EvexSide {
        EvexSide(root: root, indexPath: indexPath, corpus: try IndexedCorpus.open(corpus: root, indexPath: indexPath))
    }

    /// Brings the index up to date with the folder: the whole corpus the first time, the changed
    /// files after. Returns what the sync says it did, for the report.
    @discardableResult
    func sync() throws -> String {
        let report = try corpus.sync(progress: nil)
        return "added \(report.added), changed \(report.changed), removed \(report.removed), relinked \(report.relinked), articles \(report.articles)"
    }
    #else
    static let backend = "stub (EventModel.CorpusLoader in memory; EventIndex.IndexedCorpus not in this build)"
    private(set) var store: any CorpusStore

    private init(root: URL, indexPath: URL, store: any CorpusStore) {
        self.root = root
        self.indexPath = indexPath
        self.store = store
    }

    static func open(corpus root: URL, indexPath: URL) throws -> EvexSide {
        EvexSide(root: root, indexPath: indexPath, store: StubCorpusStore.opening(root: root))
    }

    @discardableResult
    func sync() throws -> String {
        store = StubCorpusStore.loading(root: root)
        return "loaded \(try store.counts().articles) articles"
    }
    #endif

    static var isStub: Bool { backend.hasPrefix("stub") }

    /// The first page of the article list, newest first, as the explorer shows it on opening.
    func firstPage(rows: Int) throws -> [ArticleSummary] {
        try store.articles(order: .date, range: 0..<rows)
    }

    /// One search, as the explorer and `evex search` run it; returns the number of article hits.
    func search(_ query: String, limit: Int, asYouType: Bool) throws -> Int {
        try store.search(query, limit: limit, asYouType: asYouType).articles.count
    }

    // MARK: - The explorer

    #if EVEX_EXPLORER
    static let uiDriver = "ExplorerUI.Explorer"

    /// The explorer over this store, drawing into an in-memory screen of `size`.
    func explorer(size: Size) -> any UIDriver {
        ExplorerDriver(explorer: Explorer(store: store, size: size), screen: Screen(size: size))
    }
    #else
    static let uiDriver = "stand-in (ExplorerUI.Explorer not in this build)"

    func explorer(size: Size) -> any UIDriver {
        StandInExplorer(store: store, size: size)
    }
    #endif
}

/// Something that takes a key and hands back the screen it drew.
protocol UIDriver {
    mutating func press(_ key: Key) throws -> Screen
}

#if EVEX_EXPLORER
/// What the terminal loop does per key: handle it, render the whole screen.
struct ExplorerDriver: UIDriver {
    var explorer: Explorer
    var screen: Screen

    mutating func press(_ key: Key) throws -> Screen {
        explorer.handle(key)
        explorer.render(into: &screen)
        return screen
    }
}
#endif
