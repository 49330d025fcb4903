import EventIndex
import EventModel
import ExplorerUI
import Foundation
import TerminalCore

/// Every call the benchmark makes into evex goes through this file, so the figures measure exactly
/// these calls and nothing of the harness.
final class EvexSide: Sendable {
    /// Printed as `evex_backend:` so a figure is never mistaken for another backend's.
    static let backend = "EventIndex.IndexedCorpus"
    static let uiDriver = "ExplorerUI.Explorer"

    let root: URL
    let indexPath: URL
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
        return "added \(report.added), changed \(report.changed), removed \(report.removed), relinked \(report.relinked), "
            + "articles \(report.articles), listing \(String(format: "%.3f", report.listingDuration)) s"
    }

    /// A full sync that syncs the first folder it finds changed at once and tells `firstChange`, as the
    /// explorer's second pass does.
    func sync(firstChange: @escaping @Sendable (SyncReport) -> Void) throws {
        _ = try corpus.sync(progress: nil, firstChange: firstChange)
    }

    /// The explorer's quick pass behind its first screen: the folders whose time moved. nil when it
    /// cannot tell (the full sync then does it all).
    func syncChangedFolders() throws -> SyncReport? {
        try corpus.syncChangedFolders(progress: nil)
    }

    /// The first page of the article list, newest first, as the explorer shows it on opening.
    func firstPage(rows: Int) throws -> [ArticleSummary] {
        try store.articles(order: .date, range: 0..<rows)
    }

    /// One search, as the explorer and `evex search` run it; returns the number of article hits.
    func search(_ query: String, limit: Int, asYouType: Bool) throws -> Int {
        try results(query, limit: limit, asYouType: asYouType).articles.count
    }

    func results(_ query: String, limit: Int, asYouType: Bool) throws -> SearchResults {
        try store.search(query, limit: limit, asYouType: asYouType)
    }

    /// The explorer over this store, drawing into an in-memory screen of `size`.
    func explorer(size: Size) -> ExplorerDriver {
        ExplorerDriver(explorer: Explorer(store: store, size: size), screen: Screen(size: size))
    }
}

/// What the terminal loop does per key: handle it, render the whole screen.
struct ExplorerDriver {
    var explorer: Explorer
    var screen: Screen

    mutating func press(_ key: Key) throws -> Screen {
        explorer.handle(key)
        explorer.render(into: &screen)
        return screen
    }
}
