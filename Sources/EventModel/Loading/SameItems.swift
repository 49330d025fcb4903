/// The same story reached twice, through a feed and another file (a saved page, a Markdown
/// article with that `url`), or through two feeds, is one article: the other file's when there is
/// one, else the first feed's by path. Feed items are the same story when they share an id (link
/// or guid) or a URL (compared as ``ArticleIdentity/urlKey(_:)``). Nothing is reported: a feed
/// that carries a story the folder also holds is normal.
///
/// Articles that share an id without a feed among them are left alone, for ``LinkResolver`` to
/// report.
public enum SameItems {
    /// The articles without the feed items that repeat a story already held, in their order.
    public static func merge(_ articles: [Article]) -> [Article] {
        guard articles.contains(where: isFeedItem) else { return articles }
        var claimed = Set<String>()
        for article in articles where !isFeedItem(article) { claimed.formUnion(keys(article)) }
        var dropped = Set<Int>()
        let items = articles.indices.filter { isFeedItem(articles[$0]) }.sorted { articles[$0].path < articles[$1].path }
        for index in items {
            let itemKeys = keys(articles[index])
            if !claimed.isDisjoint(with: itemKeys) {
                dropped.insert(index)
            } else {
                claimed.formUnion(itemKeys)
            }
        }
        guard !dropped.isEmpty else { return articles }
        return articles.indices.filter { !dropped.contains($0) }.map { articles[$0] }
    }

    /// What makes two articles the same story: the id, and the URL's key.
    public static func keys(_ article: Article) -> [String] {
        ["id:" + article.id] + (article.url.map { ["url:" + ArticleIdentity.urlKey($0)] } ?? [])
    }

    /// Feed items are stored as `feeds/world.xml#KEY`: the feed's path and the item's key (its guid
    /// or link as a slug, see `FeedItem.pathKey`).
    public static func isFeedItem(_ article: Article) -> Bool {
        guard let hash = article.path.lastIndex(of: "#") else { return false }
        return ArticleFormat(path: String(article.path[..<hash])) == .feed
    }
}
