import EventModel
import Foundation
import GRDB

/// Feeds in the index: a feed file holds many articles, stored as rows whose path is the feed's
/// path and the item's number (`feeds/world.xml#3`), and the same story in a page and a feed, or in
/// two feeds, is one article: the page's, else the first feed's by path (as ``CorpusLoader`` keeps).
///
/// Which feed item gives way depends on the other files, so whenever a feed changes, or an article
/// with a URL comes or goes, every feed is read again after the other files, in path order. Feeds
/// are few; a corpus without feeds pays nothing.
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

    /// Stores a feed's items, leaving out those whose id or URL an article already stored has
    /// (`SameItems` in the loader).
    mutating func insertItems(_ items: [Article], contributions: [Data]) throws {
        if claimedKeys == nil {
            var keys = Set<String>()
            for row in try Row.fetchAll(db, sql: "SELECT id, url FROM articles") {
                keys.insert("id:" + (row[0] as String))
                if let url = row[1] as String? { keys.insert("url:" + ArticleIdentity.urlKey(url)) }
            }
            claimedKeys = keys
        }
        for (index, item) in items.enumerated() {
            let keys = SameItems.keys(item)
            guard claimedKeys?.isDisjoint(with: keys) ?? true else { continue }
            claimedKeys?.formUnion(keys)
            try insert(item, contribution: index < contributions.count ? contributions[index] : Data())
        }
        feedsMoved = true
        articlesChanged = true
        titlesChanged = true
        catalogInputsChanged = true
    }

    /// Whether a feed item may be the same story as this article: it has a URL.
    static func knownByURL(id: String, url: String?) -> Bool {
        url != nil
    }
}
