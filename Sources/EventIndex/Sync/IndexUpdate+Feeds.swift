import EventModel
import Foundation
import GRDB

/// Feeds in the index: a feed file holds many articles, stored as rows whose path is the feed's
/// path and the item's number (`feeds/world.xml#3`), and the same story in a page and a feed, or in
/// two feeds, is one article: the page's, else the first feed's by path (as ``CorpusLoader`` keeps).
///
/// Which feed item gives way depends on the other files, so whenever a feed changes, or an article
/// known by its URL comes or goes, every feed is read again after the other files, in path order.
/// Feeds are few; a corpus without feeds pays nothing.
extension IndexUpdate {
    /// Stores the feeds that changed, or all feeds when one of them, or a page known by its URL, changed.
    mutating func parseFeeds(_ changed: [Synchronizer.Candidate], all: [CorpusFile], report: inout SyncReport) throws {
        guard !changed.isEmpty || (feedsMoved && !all.isEmpty) else { return }
        let changedPaths = Set(changed.map(\.file.path))
        var candidates = changed.map { candidate -> Synchronizer.Candidate in
            var reread = candidate
            reread.storedHash = nil
            return reread
        }
        for file in all where !changedPaths.contains(file.path) {
            candidates.append(Synchronizer.Candidate(file: file, existed: true, storedHash: nil, reread: true))
        }
        candidates.sort { $0.file.path < $1.file.path }
        // Every feed's items go first, so that the first feed by path keeps a story two feeds share.
        for candidate in candidates where candidate.existed { _ = try removeItems(of: candidate.file.path) }
        try parse(candidates, report: &report)
    }

    /// Deletes the items a feed stored; true when there were some.
    mutating func removeItems(of path: String) throws -> Bool {
        // Items are stored as "path#n": the rows between "path#" and "path$" ('$' follows '#').
        let rows = try Row.fetchAll(
            db.cachedStatement(sql: "SELECT rowid FROM articles WHERE path >= ? AND path < ?"), arguments: [path + "#", path + "$"])
        guard !rows.isEmpty else { return false }
        for row in rows { try deleteArticle(rowid: row[0]) }
        feedsMoved = true
        catalogInputsChanged = true
        titlesChanged = true
        return true
    }

    /// Stores a feed's items, leaving out those whose id an article already stored has.
    mutating func insertItems(_ items: [Article], contributions: [Data]) throws {
        let exists = try db.cachedStatement(sql: "SELECT 1 FROM articles WHERE id = ? LIMIT 1")
        for (index, item) in items.enumerated() {
            if try Int.fetchOne(exists, arguments: [item.id]) != nil { continue }
            try insert(item, contribution: index < contributions.count ? contributions[index] : Data())
        }
        feedsMoved = true
        articlesChanged = true
        titlesChanged = true
        catalogInputsChanged = true
    }

    /// Whether an article's id comes from its URL (pages, ninjs): a feed item with that URL gives way to it.
    static func knownByURL(id: String, url: String?) -> Bool {
        guard let url else { return false }
        return ArticleIdentity.id(forURL: url) == id
    }
}
