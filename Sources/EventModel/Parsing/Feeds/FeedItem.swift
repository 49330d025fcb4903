import Foundation

/// One item of a feed (RSS `<item>` or Atom `<entry>`), read into an article's fields.
struct FeedItem {
    var title = ""
    var link: String?
    var guid: String?
    var rawDate: String?
    var date: String?
    var authors: [String] = []
    var tags: [String] = []
    var blocks: [BodyBlock] = []
    var source: String?
    var language: String?
    let id: String

    private static let contentModule = "http://purl.org/rss/1.0/modules/content/"
    private static let atomNamespace = "http://www.w3.org/2005/Atom"

    /// - parameters:
    ///   - feedLink: the feed's own web address (RSS `<link>`, Atom `rel="alternate"`): relative
    ///     links resolve against it where no absolute `xml:base` is in scope.
    init(node: MarkupNode, atom: Bool, feedPath: String, number: Int, feedLink: String? = nil) {
        var content: MarkupNode?
        var summary: MarkupNode?
        var published: String?
        var updated: String?
        for child in node.elements {
            switch child.name {
            case "title": title = Self.text(of: child, atom: atom)
            case "link":
                if atom {
                    let rel = child.attribute("rel") ?? "alternate"
                    if rel == "alternate", link == nil, let href = child.attribute("href") {
                        link = FeedBase.resolve(href, at: child, feedLink: feedLink) ?? href
                    }
                } else if link == nil, child.namespace != Self.atomNamespace {
                    // An `<atom:link rel="self">` in an RSS item is the feed's, not the story's.
                    let text = child.text.trimmingCharacters(in: .whitespacesAndNewlines)
                    link = FeedBase.resolve(text, at: child, feedLink: feedLink) ?? text
                }
            case "guid", "id": guid = child.text.trimmingCharacters(in: .whitespacesAndNewlines)
            case "pubdate", "published", "issued", "created": published = published ?? child.text
            case "date" where published == nil: published = child.text  // dc:date
            case "updated", "modified": updated = updated ?? child.text
            case "author", "creator":
                let name = atom ? (child.child("name")?.text ?? child.text) : Self.authorName(child.text)
                let cleaned = MarkupText.clean(name)
                if !cleaned.isEmpty, !authors.contains(cleaned) { authors.append(cleaned) }
            case "category", "subject":
                let term = MarkupText.clean(child.attribute("label") ?? child.attribute("term") ?? child.text)
                if !term.isEmpty, !tags.contains(term) { tags.append(term) }
            case "encoded" where child.namespace == Self.contentModule: content = child
            case "content": content = content ?? child
            case "description", "summary": summary = summary ?? child
            case "language": language = child.text
            default: break
            }
        }
        if let link, link.isEmpty { self.link = nil }
        if guid?.isEmpty == true { guid = nil }
        let permalink = link ?? guid.flatMap { ArticleIdentity.absolute($0, base: nil) }
        rawDate = published ?? updated
        date = rawDate.flatMap(PublishedDate.day)
        if let body = content ?? summary {
            blocks = Self.blocks(of: body, atom: atom, itemURL: permalink, feedLink: feedLink)
            if blocks.isEmpty, content != nil, let summary {
                blocks = Self.blocks(of: summary, atom: atom, itemURL: permalink, feedLink: feedLink)
            }
        }
        if let heading = blocks.firstIndex(where: { $0.kind == .heading }), heading == 0,
            TitleKey.normalize(String(decoding: blocks[heading].bytes, as: UTF8.self)) == TitleKey.normalize(title)
        {
            blocks.remove(at: heading)
        }
        link = permalink
        id = link.flatMap(ArticleIdentity.id(forURL:)) ?? guid.flatMap(ArticleIdentity.id(forURL:))
            ?? "\(ArticleParser.defaultID(path: feedPath))#\(title.isEmpty ? String(number) : Slug.make(title))"
    }

    /// What the item's path ends with (`feeds/world.xml#KEY`), so that its path, like its id, stays
    /// when the feed gains, loses or reorders items: its guid (Atom `id`), else its link, as a slug
    /// (`https://www.example.org/2025/storm` gives `2025-storm`); without either, its title's slug;
    /// its number in the feed only as the last resort.
    func pathKey(number: Int) -> String {
        if let identity = guid ?? link {
            var readable = ArticleIdentity.id(forURL: identity) ?? identity
            // A web address's host is most often the feed's own: its path says which item it is.
            if ArticleIdentity.absolute(identity, base: nil) != nil, let slash = readable.firstIndex(of: "/"),
                readable.index(after: slash) < readable.endIndex
            {
                readable = String(readable[readable.index(after: slash)...])
            }
            return Self.shortened(Slug.make(readable), of: readable)
        }
        if !title.isEmpty { return Self.shortened(Slug.make(title), of: title) }
        return String(number)
    }

    /// A key cut to ``maximumKeyLength``, the cut made up for by a hash of the whole, so that two long
    /// guids sharing their start stay apart.
    private static func shortened(_ slug: String, of whole: String) -> String {
        guard slug.count > maximumKeyLength else { return slug }
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in whole.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        let hex = String(hash, radix: 16)
        return String(slug.prefix(maximumKeyLength - 9)) + "-" + String(hex.suffix(8))
    }

    static let maximumKeyLength = 80

    func article(path: String) -> Article {
        var assembler = ArticleAssembler()
        assembler.add(blocks)
        return Article(
            id: id, path: path, title: title.isEmpty ? "\(path)" : title, date: date, source: source ?? assembler.datelineAgency,
            dateline: assembler.dateline, url: link, authors: authors, tags: tags, language: language,
            text: assembler.string, paragraphs: assembler.paragraphs, sentences: assembler.sentences, links: assembler.links)
    }

    /// A title as plain words: Atom's `type="html"` and RSS titles holding escaped markup are reduced to their text.
    private static func text(of node: MarkupNode, atom: Bool) -> String {
        if atom, node.attribute("type") == "xhtml" { return MarkupText.clean(node.text) }
        return plainText(node.text)
    }

    static func plainText(_ text: String) -> String {
        guard text.contains("<") || text.contains("&") else { return MarkupText.clean(text) }
        guard let fragment = MarkupDocument.htmlFragment(text), let root = fragment.root else { return MarkupText.clean(text) }
        return MarkupText.clean(root.text)
    }

    /// RSS writes authors as `jane@example.org (Jane Doe)`: the name in brackets, else the whole.
    private static func authorName(_ text: String) -> String {
        if let open = text.firstIndex(of: "("), let close = text.lastIndex(of: ")"), open < close {
            return String(text[text.index(after: open)..<close])
        }
        return text.contains("@") && !text.contains(" ") ? "" : text
    }

    /// The paragraphs of an item's text: escaped HTML parsed as HTML, Atom XHTML walked in place,
    /// plain text split at blank lines.
    ///
    /// A relative `href` resolves against the `xml:base` in scope where it stands (XHTML) or on the
    /// content element (escaped HTML), else against the item's own link, else the feed's.
    private static func blocks(of node: MarkupNode, atom: Bool, itemURL: String?, feedLink: String?) -> [BodyBlock] {
        let type = node.attribute("type")?.lowercased() ?? (atom ? "text" : "html")
        if type == "xhtml" {
            var reader = MarkupBlocks { href, anchor in FeedBase.resolve(href, at: anchor, feedLink: feedLink, itemURL: itemURL) }
            reader.read(node)
            return finished(reader.blocks, line: node.line, site: itemURL ?? feedLink)
        }
        if type == "text" || type == "text/plain" {
            return node.text.components(separatedBy: "\n\n").map(MarkupText.clean).filter { !$0.isEmpty }
                .map { BodyBlock(bytes: Array($0.utf8), line: node.line, kind: .paragraph) }
        }
        // Escaped HTML is parsed apart from the feed, so its links take the base in scope of the
        // element that carried it.
        let base = FeedBase.base(at: node, feedLink: feedLink, itemURL: itemURL)
        var reader = MarkupBlocks { href, _ in ArticleIdentity.absolute(href, base: base) }
        guard let fragment = MarkupDocument.htmlFragment(node.text), let root = fragment.root else { return [] }
        reader.read(root)
        return finished(reader.blocks, line: node.line, site: itemURL ?? feedLink)
    }

    /// Links that lead out of `site` (the item's, else the feed's) dropped, a related list's links
    /// set apart, and every block at the item's line: a fragment's own lines mean nothing in the feed.
    private static func finished(_ blocks: [BodyBlock], line: Int, site: String?) -> [BodyBlock] {
        LinkTarget.keepArticleLinks(RelatedList.detach(blocks, pageURL: site), pageURL: site).map { block in
            var block = block
            block.line = line
            return block
        }
    }
}
