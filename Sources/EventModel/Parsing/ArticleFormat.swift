/// The formats evex reads articles from, told by a file's extension.
public enum ArticleFormat: Sendable, Hashable {
    /// `.txt`
    case plainText
    /// `.md`, `.markdown`
    case markdown
    /// `.html`, `.htm`: a saved web page, one article.
    case html
    /// `.json`: IPTC ninjs, one article.
    case ninjs
    /// `.xml`, `.rss`, `.atom`: an RSS or Atom feed, an article per item.
    case feed

    public init?(path: String) {
        let lower = path.lowercased()
        guard let dot = lower.lastIndex(of: ".") else { return nil }
        switch lower[lower.index(after: dot)...] {
        case "txt": self = .plainText
        case "md", "markdown": self = .markdown
        case "html", "htm": self = .html
        case "json": self = .ninjs
        case "xml", "rss", "atom": self = .feed
        default: return nil
        }
    }

    /// Whether one file of this format can hold many articles.
    public var holdsManyArticles: Bool { self == .feed }
}
