/// The same story reached twice, through a feed and a saved page, or through two feeds (same guid
/// or link, hence the same id), is one article: the page's when there is one, else the first
/// feed's by path. Nothing is reported: subscribing to two feeds that share items is normal.
///
/// Articles that share an id without a feed among them are left alone, for ``LinkResolver`` to
/// report.
enum SameItems {
    static func merge(_ articles: [Article]) -> [Article] {
        var groups: [String: [Int]] = [:]
        var feedItemSeen = false
        for (index, article) in articles.enumerated() {
            groups[article.id, default: []].append(index)
            if isFeedItem(article) { feedItemSeen = true }
        }
        guard feedItemSeen else { return articles }
        var dropped = Set<Int>()
        for (_, members) in groups where members.count > 1 {
            let items = members.filter { isFeedItem(articles[$0]) }
            guard !items.isEmpty else { continue }
            if items.count < members.count {
                dropped.formUnion(items)
            } else if let first = items.min(by: { articles[$0].path < articles[$1].path }) {
                dropped.formUnion(items.filter { $0 != first })
            }
        }
        guard !dropped.isEmpty else { return articles }
        return articles.indices.filter { !dropped.contains($0) }.map { articles[$0] }
    }

    /// Feed items are stored as `feeds/world.xml#3`: the feed's path and the item's number.
    static func isFeedItem(_ article: Article) -> Bool {
        guard let hash = article.path.lastIndex(of: "#") else { return false }
        return ArticleFormat(path: String(article.path[..<hash])) == .feed
    }
}
