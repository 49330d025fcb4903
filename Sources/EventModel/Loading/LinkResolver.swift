/// Resolves "Read more" titles to articles of the corpus, and checks the ids and links between
/// articles: duplicate ids, links that match nothing, links to the article itself, and cycles.
public enum LinkResolver {
    /// The articles with every link's `target` set where its URL is an article's front matter `url`, or
    /// else its title matches an article's title (compared as ``TitleKey``s, with or without a trailing
    /// outlet name: "... - Reuters"; a title cut short for being too long matches the link that gives it
    /// whole), and the diagnostics:
    /// - an error for each article whose id an earlier file (by path) already has; that article
    ///   is left out of the result;
    /// - a warning for each link that matches no article, with the line of the link;
    /// - a warning for each link to the article itself;
    /// - a warning for each cycle of links between articles, naming them.
    public static func resolve(_ articles: [Article]) -> (articles: [Article], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var out = uniqueIDs(articles, diagnostics: &diagnostics)

        // Titles, the first article by path winning when two share one.
        var byTitle: [String: Int] = [:]
        for index in out.indices.sorted(by: { out[$0].path < out[$1].path }) {
            let key = TitleKey.normalize(out[index].title)
            guard !key.isEmpty else { continue }
            if let first = byTitle[key] {
                diagnostics.append(.warning(
                    out[index].path,
                    "has the same title as \(out[first].path); \"Read more\" links with this title lead to \(out[first].id)"))
            } else {
                byTitle[key] = index
            }
        }

        let byPath = PathTargets(out)
        let matcher = TitleMatcher(articles: out, byTitle: byTitle)
        for index in out.indices {
            let article = out[index]
            for link in article.links.indices {
                let title = article.links[link].title
                guard let found = byPath.target(of: article.links[link]) ?? matcher.match(article.links[link]) else {
                    out[index].links[link].target = nil
                    diagnostics.append(.warning(
                        article.path, line: article.links[link].line,
                        "Read more link \"\(title)\" matches no article of the corpus"))
                    continue
                }
                out[index].links[link].target = out[found].id
                if found == index {
                    diagnostics.append(.warning(
                        article.path, line: article.links[link].line,
                        "Read more link \"\(title)\" leads to this article itself"))
                }
            }
        }
        diagnostics += LinkCycles.find(in: out)
        return (out, diagnostics)
    }

    /// For each article id, the ids of the articles whose "Read more" links lead to it, sorted.
    /// Links of an article to itself are left out.
    public static func backlinks(_ articles: [Article]) -> [String: [String]] {
        var sets: [String: Set<String>] = [:]
        for article in articles {
            for link in article.links {
                guard let target = link.target, target != article.id else { continue }
                sets[target, default: []].insert(article.id)
            }
        }
        return sets.mapValues { $0.sorted() }
    }

    /// The articles whose id no earlier file (by path order) has, in their original order.
    private static func uniqueIDs(_ articles: [Article], diagnostics: inout [Diagnostic]) -> [Article] {
        var owner: [String: String] = [:]
        var dropped: Set<Int> = []
        for index in articles.indices.sorted(by: { articles[$0].path < articles[$1].path }) {
            let article = articles[index]
            if let first = owner[article.id] {
                dropped.insert(index)
                diagnostics.append(.error(
                    article.path,
                    "the article id \"\(article.id)\" is already used by \(first); give this file another id (front matter \"id:\"); skipped"))
            } else {
                owner[article.id] = article.path
            }
        }
        guard !dropped.isEmpty else { return articles }
        return articles.indices.filter { !dropped.contains($0) }.map { articles[$0] }
    }
}
