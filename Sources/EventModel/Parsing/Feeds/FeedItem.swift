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

    init(node: MarkupNode, atom: Bool, feedPath: String, number: Int) {
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
                    // A relative href is resolved against the xml:base in effect.
                    if rel == "alternate", link == nil, let href = child.attribute("href") {
                        link = ArticleIdentity.absolute(href, base: child.base) ?? href
                    }
                } else if link == nil {
                    link = child.text.trimmingCharacters(in: .whitespacesAndNewlines)
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
            blocks = Self.blocks(of: body, atom: atom, itemURL: permalink)
            if blocks.isEmpty, content != nil, let summary { blocks = Self.blocks(of: summary, atom: atom, itemURL: permalink) }
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
    private static func blocks(of node: MarkupNode, atom: Bool, itemURL: String?) -> [BodyBlock] {
        let type = node.attribute("type")?.lowercased() ?? (atom ? "text" : "html")
        var reader = MarkupBlocks { href in ArticleIdentity.absolute(href, base: itemURL) }
        if type == "xhtml" {
            reader.read(node)
        } else if type == "text" || type == "text/plain" {
            return node.text.components(separatedBy: "\n\n").map(MarkupText.clean).filter { !$0.isEmpty }
                .map { BodyBlock(bytes: Array($0.utf8), line: node.line, kind: .paragraph) }
        } else {
            guard let fragment = MarkupDocument.htmlFragment(node.text), let root = fragment.root else { return [] }
            reader.read(root)
        }
        // Lines are those of the feed: the item's, since a fragment's own lines mean nothing there.
        return LinkTarget.keepArticleLinks(reader.blocks, pageURL: itemURL).map { block in
            var block = block
            block.line = node.line
            return block
        }
    }
}
