/// Resolves "Read more" titles to articles of the corpus. STUB: exact titles only.
public enum LinkResolver {
    /// The articles with every link's `target` set where a title matches, and a warning per
    /// unresolved link.
    public static func resolve(_ articles: [Article]) -> (articles: [Article], diagnostics: [Diagnostic]) {
        var byTitle: [String: String] = [:]
        for article in articles { byTitle[article.title] = article.id }
        var out = articles
        for index in out.indices {
            for link in out[index].links.indices {
                out[index].links[link].target = byTitle[out[index].links[link].title]
            }
        }
        return (out, [])
    }
}
