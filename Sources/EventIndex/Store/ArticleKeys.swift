import EventModel
import GRDB

/// The keys links resolve by (`article_keys`: each article's title key, its title without an outlet
/// name, its URL key, and the key of a title cut short), so that a sync that changed a few articles
/// hands the resolver those articles and only the ones their links can lead to, rather than every title
/// of the corpus.
enum ArticleKeys {
    static func insert(_ db: Database, article rowid: Int64, _ article: Article) throws {
        let keys = LinkResolver.titleKeys(article.title)
        let url = article.url.map(LinkResolver.urlKey).flatMap { $0.isEmpty ? nil : $0 }
        try db.cachedStatement(sql: "INSERT INTO article_keys(article, title, bare, url, shortened) VALUES (?, ?, ?, ?, ?)")
            .execute(arguments: [rowid, keys.title, keys.bare, url, keys.shortened])
    }

    static func delete(_ db: Database, article rowid: Int64) throws {
        try db.cachedStatement(sql: "DELETE FROM article_keys WHERE article = ?").execute(arguments: [rowid])
    }

    /// The articles whose links and titles ``LinkResolver/resolve(_:)`` must see to resolve the links of
    /// `articles` as it would with the whole corpus: those articles; every article a link of theirs can
    /// match (same title key or bare title key as the link's, same URL key, the path a relative link
    /// names, and every shortened title); every article with the title of one of them (the first by
    /// path owns a title); and every article sharing an id with any of these (the first by path owns an id).
    static func candidates(_ db: Database, for articles: Set<Int64>) throws -> Set<Int64> {
        var found = articles
        var titleKeys = Set<String>()
        var urlKeys = Set<String>()
        var paths = Set<String>()
        for rowid in articles {
            if let own = try String.fetchOne(db.cachedStatement(sql: "SELECT title FROM article_keys WHERE article = ?"), arguments: [rowid]) {
                titleKeys.insert(own)
            }
            for link in try ArticleRow.links(db, article: rowid) {
                let keys = LinkResolver.titleKeys(link.title)
                titleKeys.insert(keys.title)
                if let bare = keys.bare { titleKeys.insert(bare) }
                if let url = link.url {
                    urlKeys.insert(LinkResolver.urlKey(url))
                    if !url.contains("://") { paths.insert(url) }
                }
            }
        }
        let byTitle = try db.cachedStatement(sql: "SELECT article FROM article_keys WHERE title = ?1 UNION SELECT article FROM article_keys WHERE bare = ?1")
        for key in titleKeys where !key.isEmpty { found.formUnion(try Int64.fetchAll(byTitle, arguments: [key])) }
        let byURL = try db.cachedStatement(sql: "SELECT article FROM article_keys WHERE url = ?")
        for key in urlKeys where !key.isEmpty { found.formUnion(try Int64.fetchAll(byURL, arguments: [key])) }
        let byPath = try db.cachedStatement(sql: "SELECT rowid FROM articles WHERE path = ?")
        for path in paths { found.formUnion(try Int64.fetchAll(byPath, arguments: [path])) }
        found.formUnion(try Int64.fetchAll(db, sql: "SELECT article FROM article_keys WHERE shortened IS NOT NULL"))
        let idOf = try db.cachedStatement(sql: "SELECT id FROM articles WHERE rowid = ?")
        let byID = try db.cachedStatement(sql: "SELECT rowid FROM articles WHERE id = ?")
        var ids = Set<String>()
        for rowid in found { if let id = try String.fetchOne(idOf, arguments: [rowid]) { ids.insert(id) } }
        for id in ids { found.formUnion(try Int64.fetchAll(byID, arguments: [id])) }
        return found
    }
}
