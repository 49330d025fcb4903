import Foundation

/// Where the links of a page lead, and which of them are links to other articles.
enum LinkTarget {
    /// An `href` as a link target: a relative one (`other-story.html`, as browsers and `wget -k` save
    /// pages) is a file of the corpus, named by its path from the corpus root; one starting with `/`
    /// or a scheme is a URL, made absolute against the page's URL.
    static func resolve(_ href: String, base: String?, path: String) -> String? {
        let trimmed = href.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { return nil }
        if let scheme = URL(string: trimmed)?.scheme?.lowercased() {
            return scheme == "http" || scheme == "https" ? trimmed : nil
        }
        if trimmed.hasPrefix("/") { return ArticleIdentity.absolute(trimmed, base: base) }
        return filePath(trimmed, from: path)
    }

    /// `../world/story.html#top` from `news/local/page.html` gives `news/world/story.html`.
    static func filePath(_ href: String, from path: String) -> String? {
        var relative = href
        if let cut = relative.firstIndex(where: { $0 == "#" || $0 == "?" }) { relative = String(relative[..<cut]) }
        relative = relative.removingPercentEncoding ?? relative
        guard !relative.isEmpty else { return nil }
        var parts = path.split(separator: "/").dropLast().map(String.init)
        for part in relative.split(separator: "/") {
            if part == ".." {
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            } else if part != "." {
                parts.append(String(part))
            }
        }
        return parts.joined(separator: "/")
    }

    /// Keeps, in each block, the links a reader follows to another article: every link of a
    /// "Read more:" / "Related:" line, and elsewhere links within the site or the folder. Links to
    /// other sites keep their words but are no links of the corpus.
    static func keepArticleLinks(_ blocks: [BodyBlock], pageURL: String?) -> [BodyBlock] {
        blocks.map { block in
            guard !block.anchors.isEmpty, !isReadMore(block.bytes) else { return block }
            var kept = block
            kept.anchors = block.anchors.filter { isWithin($0.url, pageURL: pageURL) }
            return kept
        }
    }

    /// Whether a resolved link target may be another article of the corpus: a file of the folder,
    /// or a URL on the same site as the page.
    static func isWithin(_ url: String, pageURL: String?) -> Bool {
        guard url.hasPrefix("http://") || url.hasPrefix("https://") else { return true }
        return pageURL.map { ArticleIdentity.sameSite($0, url) } ?? false
    }

    private static let readMorePrefixes = ["read more", "read also", "also read", "related", "see also", "more on this", "read next"]

    static func isReadMore(_ bytes: [UInt8]) -> Bool {
        let head = String(decoding: bytes.prefix(24), as: UTF8.self).lowercased()
        return readMorePrefixes.contains { head.hasPrefix($0) }
    }
}
