/// Reads an RSS 2.0, RSS 1.0 (RDF) or Atom 1.0 feed (`.xml`, `.rss`, `.atom`): an article per item.
///
/// Each item gives its title, link, date (published before updated), authors, categories as tags,
/// and its text from `content:encoded` or Atom `content` before `description` or `summary`, with
/// HTML reduced to paragraphs. The feed's title is each article's source. An item is known by its
/// link, else its guid (Atom `id`), else the feed's path and its title; its `path` is the feed's
/// path and a key that stays when items are added or reordered (see ``FeedItem/pathKey(number:)``:
/// `feeds/world.xml#2025-storm`). Relative links resolve against the `xml:base`
/// in scope, else the feed's own link (``FeedBase``).
///
/// A feed that is not well-formed still gives the items libxml2 recovers, with a warning naming
/// the line; an item without title or text is skipped with a warning naming it.
enum FeedReader {
    static func read(_ bytes: [UInt8], path: String) -> (articles: [Article], diagnostics: [Diagnostic]) {
        if let line = MarkupDocument.binaryLine(bytes) {
            return ([], [.error(path, line: line, "holds NUL bytes, so it is binary data, not a feed; skipped")])
        }
        let parsed = MarkupDocument.xml(bytes)
        guard let document = parsed, let root = document.root else {
            return ([], [.error(path, line: parsed?.problems.first?.line, "is not an RSS or Atom feed: no XML could be read from it; skipped")])
        }
        var diagnostics: [Diagnostic] = []
        if let problem = document.problems.first(where: MarkupDocument.isEncodingProblem) {
            diagnostics.append(.warning(
                path, line: problem.line,
                "has bytes that are not valid in its character set; the items after them may be lost (declare the encoding in the <?xml ?> line)"))
        } else if let problem = document.problems.first {
            let more = document.problems.count > 1 ? " (and \(document.problems.count - 1) more problem\(document.problems.count == 2 ? "" : "s"))" : ""
            diagnostics.append(.warning(
                path, line: problem.line,
                "the feed is not well-formed XML: \(problem.message)\(more); the items that could be read are loaded"))
        }
        guard let shape = FeedShape(root: root) else {
            diagnostics.append(.warning(path, line: root.line, "is XML but not an RSS or Atom feed (its root element is <\(root.name)>); skipped"))
            return ([], diagnostics)
        }
        let source = FeedItem.plainText(shape.title)
        var articles: [Article] = []
        var seen = Set<String>()
        var keys = Set<String>()
        for (offset, node) in shape.items.enumerated() {
            let number = offset + 1
            var item = FeedItem(node: node, atom: shape.isAtom, feedPath: path, number: number, feedLink: shape.link)
            if item.title.isEmpty && item.blocks.isEmpty {
                diagnostics.append(.warning(path, line: node.line, "item \(number) has no title and no text; skipped"))
                continue
            }
            if let raw = item.rawDate, item.date == nil {
                diagnostics.append(.warning(path, line: node.line, "item \(number): \"\(FeedItem.plainText(raw).prefix(40))\" is not a date; the item is shown undated"))
            }
            guard seen.insert(item.id).inserted else { continue }  // the same item twice in one feed
            item.source = source.isEmpty ? nil : source
            // Two items whose keys meet (a guid written twice, slugs that coincide) are told apart
            // by their order: rare, and only they depend on it.
            var key = item.pathKey(number: number)
            if !keys.insert(key).inserted {
                var suffix = 2
                while !keys.insert("\(key)-\(suffix)").inserted { suffix += 1 }
                key = "\(key)-\(suffix)"
            }
            articles.append(item.article(path: "\(path)#\(key)"))
        }
        if shape.items.isEmpty {
            diagnostics.append(.warning(path, line: root.line, "the feed has no items"))
        }
        return (articles, diagnostics)
    }
}

/// Where a feed keeps its title and items, by its kind.
private struct FeedShape {
    var title: String
    var items: [MarkupNode]
    var isAtom: Bool
    /// The feed's own web address, which relative links fall back on.
    var link: String?

    init?(root: MarkupNode) {
        switch root.name {
        case "rss":
            guard let channel = root.child("channel") else { return nil }
            title = channel.child("title")?.text ?? ""
            items = channel.elements.filter { $0.name == "item" }
            isAtom = false
            link = FeedBase.feedLink(channel: channel, atomFeed: nil)
        case "rdf":
            // RSS 1.0: the items are siblings of the channel.
            title = root.child("channel")?.child("title")?.text ?? ""
            items = root.elements.filter { $0.name == "item" }
            isAtom = false
            link = FeedBase.feedLink(channel: root.child("channel"), atomFeed: nil)
        case "feed":
            title = root.child("title")?.text ?? ""
            items = root.elements.filter { $0.name == "entry" }
            isAtom = true
            link = FeedBase.feedLink(channel: nil, atomFeed: root)
        default:
            return nil
        }
    }
}
