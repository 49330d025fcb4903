/// Articles by the addresses links use: their URL (compared as ``ArticleIdentity/urlKey(_:)``)
/// and their path in the folder (what a saved page's relative link names). Links with a URL
/// resolve through this before their title is tried.
struct URLTargets {
    private var byKey: [String: Int] = [:]

    /// `articles` in any order; when two share a URL, the first by path wins, as with titles.
    init(_ articles: [Article]) {
        for index in articles.indices.sorted(by: { articles[$0].path < articles[$1].path }) {
            let article = articles[index]
            if let url = article.url {
                let key = ArticleIdentity.urlKey(url)
                if !key.isEmpty, byKey[key] == nil { byKey[key] = index }
            }
            if byKey[article.path] == nil { byKey[article.path] = index }
        }
    }

    /// The index of the article a link's URL leads to, if the link has a URL and it is in the corpus.
    func target(of link: ReadMoreLink) -> Int? {
        guard let url = link.url else { return nil }
        return byKey[ArticleIdentity.urlKey(url)]
    }
}
