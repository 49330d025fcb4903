import EventModel
import Foundation
import GRDB

/// Feeds in the index: a feed file holds many articles, stored as rows whose path is the feed's
/// path and the item's key (`feeds/world.xml#2025-storm`), and the same story in a page and a feed,
/// or in two feeds, is one article: the page's, else the first feed's by path (as ``CorpusLoader`` keeps).
///
/// Which feed item gives way depends on the other files, so whenever a feed changes, or an article
/// with a URL comes or goes, every feed is read again after the other files, in path order. An item
/// that comes back as it was stored keeps its row, so only the items added, edited or gone are
/// written and linked again. Feeds are few; a corpus without feeds pays nothing.
extension IndexUpdate {
    /// A feed item's row and a hash of what it holds, to tell an unchanged item from an edited one.
    struct StoredItem {
        var rowid: Int64
        var hash: Int64
    }

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
        // Every feed is read in path order, so that the first feed by path keeps a story two feeds share.
        candidates.sort { $0.file.path < $1.file.path }
        try collectStoredItems(of: candidates.map(\.file.path))
        try parse(candidates, report: &report)
        try dropItemsNotReadAgain()
    }

    /// Deletes the items a feed stored; true when there were some. While feeds are read again, the
    /// rows stay for ``insertItems(_:contributions:)`` to keep or replace.
    mutating func removeItems(of path: String) throws -> Bool {
        // Items are stored as "path#key": the rows between "path#" and "path$" ('$' follows '#').
        let rows = try Row.fetchAll(
            db.cachedStatement(sql: "SELECT rowid FROM articles WHERE path >= ? AND path < ?"), arguments: [path + "#", path + "$"])
        guard !rows.isEmpty else { return false }
        guard storedItems == nil else { return true }
        for row in rows { try deleteArticle(rowid: row[0]) }
        itemsMoved()
        return true
    }

    /// Stores a feed's items, leaving out those whose id or URL an article already stored has
    /// (`SameItems` in the loader), and keeping the row of an item stored before as it is now.
    mutating func insertItems(_ items: [Article], contributions: [Data]) throws {
        if claimedKeys == nil { claimedKeys = try Self.articleKeys(db, except: []) }
        for (index, item) in items.enumerated() {
            let keys = SameItems.keys(item)
            guard claimedKeys?.isDisjoint(with: keys) ?? true else { continue }
            claimedKeys?.formUnion(keys)
            if let stored = storedItems?.removeValue(forKey: item.path) {
                if stored.hash == Self.itemHash(item) { continue }
                try deleteArticle(rowid: stored.rowid)
            }
            try insert(item, contribution: index < contributions.count ? contributions[index] : Data())
            articlesChanged = true
            itemsMoved()
        }
    }

    /// Whether a feed item may be the same story as this article: it has a URL.
    static func knownByURL(id: String, url: String?) -> Bool {
        url != nil
    }

    // MARK: - Items kept across a read

    /// Notes the items the feeds at `paths` stored, and claims the keys of every other article, as if
    /// those items were gone: a story the feeds share goes to the first feed that states it again.
    private mutating func collectStoredItems(of paths: [String]) throws {
        var stored: [String: StoredItem] = [:]
        for path in paths {
            let rows = try Row.fetchCursor(db, sql: "SELECT \(ArticleRow.fullColumns) FROM articles WHERE path >= ? AND path < ?",
                                           arguments: [path + "#", path + "$"])
            while let row = try rows.next() {
                let article = ArticleRow.article(row, links: try ArticleRow.links(db, article: row[0]))
                stored[article.path] = StoredItem(rowid: row[0], hash: Self.itemHash(article))
            }
        }
        storedItems = stored
        claimedKeys = try Self.articleKeys(db, except: Set(stored.values.map(\.rowid)))
    }

    /// Deletes the items no feed stated again (gone from their feed, given way to another article, or
    /// in a feed that no longer parses), and ends the read.
    private mutating func dropItemsNotReadAgain() throws {
        let gone = (storedItems ?? [:]).values.map(\.rowid).sorted()
        storedItems = nil
        for rowid in gone { try deleteArticle(rowid: rowid) }
        if !gone.isEmpty { itemsMoved() }
    }

    /// Items came or went: their titles, ids and catalog contributions with them.
    private mutating func itemsMoved() {
        feedsMoved = true
        catalogInputsChanged = true
        titlesChanged = true
    }

    /// The ids and URL keys of the stored articles but those of rowid in `excluded`.
    private static func articleKeys(_ db: Database, except excluded: Set<Int64>) throws -> Set<String> {
        var keys = Set<String>()
        for row in try Row.fetchAll(db, sql: "SELECT rowid, id, url FROM articles") where !excluded.contains(row[0]) {
            keys.insert("id:" + (row[1] as String))
            if let url = row[2] as String? { keys.insert("url:" + ArticleIdentity.urlKey(url)) }
        }
        return keys
    }

    /// What an item holds as parsed, link targets aside (they are resolved after it is stored).
    private static func itemHash(_ item: Article) -> Int64 {
        var parsed = item
        for index in parsed.links.indices { parsed.links[index].target = nil }
        return ContentHash.of(Coding.encode(parsed))
    }
}
