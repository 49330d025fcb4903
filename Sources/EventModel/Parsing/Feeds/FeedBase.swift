import Foundation

/// The address a feed's relative links resolve against: the `xml:base` in scope (on the feed,
/// channel, item, entry or any element inside; nested bases compose, as libxml2 composes them),
/// made absolute against the feed's own link when the base itself is relative.
///
/// Where no `xml:base` is in scope, an item's links and its text's links resolve against the item's
/// own link when it has one (a relative link in a story is relative to the story's page), else the
/// feed's link. Neither is the feed file's location: evex reads a folder, not the web.
enum FeedBase {
    /// `href` as an absolute http(s) URL, or nil when it cannot be made one.
    static func resolve(_ href: String, at node: MarkupNode, feedLink: String?, itemURL: String? = nil) -> String? {
        ArticleIdentity.absolute(href, base: base(at: node, feedLink: feedLink, itemURL: itemURL))
    }

    /// The absolute base at `node`, if any.
    static func base(at node: MarkupNode, feedLink: String?, itemURL: String?) -> String? {
        let feed = feedLink.flatMap { ArticleIdentity.absolute($0, base: nil) }
        guard let declared = node.base, !declared.isEmpty else { return itemURL ?? feed }
        return ArticleIdentity.absolute(declared, base: feed) ?? itemURL ?? feed
    }

    /// The feed's own web address: RSS `<link>` (RSS 1.0: the channel's `rdf:about` when it has
    /// no link), Atom's `<link rel="alternate">`, each resolved against the `xml:base` around it.
    static func feedLink(channel: MarkupNode?, atomFeed: MarkupNode?) -> String? {
        if let feed = atomFeed {
            for link in feed.elements where link.name == "link" && (link.attribute("rel") ?? "alternate") == "alternate" {
                guard let href = link.attribute("href") else { continue }
                return ArticleIdentity.absolute(href, base: link.base.flatMap { ArticleIdentity.absolute($0, base: nil) })
            }
            return feed.base.flatMap { ArticleIdentity.absolute($0, base: nil) }
        }
        guard let channel else { return nil }
        let declared = channel.base.flatMap { ArticleIdentity.absolute($0, base: nil) }
        for link in channel.elements where link.name == "link" && link.attribute("href") == nil {
            let text = link.text.trimmingCharacters(in: .whitespacesAndNewlines)
            if let url = ArticleIdentity.absolute(text, base: declared) { return url }
        }
        return channel.attribute("about").flatMap { ArticleIdentity.absolute($0, base: declared) } ?? declared
    }
}
