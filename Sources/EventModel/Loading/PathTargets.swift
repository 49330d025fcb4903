/// Articles by their path in the folder, for the relative links of saved pages: browsers and
/// `wget -k` save a page's link to a neighbouring page as `other-story.html`, which the HTML reader
/// turns into that file's path from the corpus root. Tried before ``TitleMatcher``'s URL and title.
struct PathTargets {
    private var byPath: [String: Int] = [:]

    init(_ articles: [Article]) {
        for (index, article) in articles.enumerated() where byPath[article.path] == nil {
            byPath[article.path] = index
        }
    }

    /// The index of the article whose path a link's `url` is, if any.
    func target(of link: ReadMoreLink) -> Int? {
        guard let url = link.url, !url.contains("://") else { return nil }
        return byPath[url]
    }
}
