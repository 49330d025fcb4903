/// Turns the content of an HTML element into paragraph-sized ``BodyBlock``s: block elements
/// (`<p>`, headings, list items, ...) end a block, inline markup is reduced to its words, and
/// anchors are kept with the words they cover. Site furniture found inside (scripts, navigation,
/// share bars, related rails, comments, ads) is left out; see ``MarkupFurniture``.
struct MarkupBlocks {
    private(set) var blocks: [BodyBlock] = []
    /// True when markup nested deeper than ``maximumDepth`` was left out.
    private(set) var tooDeep = false
    private var current = MarkupText()
    private var currentLine = 0
    private var currentKind: BodyBlock.Kind = .paragraph
    private var anchors: [BodyAnchor] = []
    /// Resolves an anchor's `href` (the anchor element given too, for the `xml:base` in scope
    /// around it in a feed) to a link target, or nil to drop the link (keeping its words).
    private let resolve: (String, MarkupNode) -> String?

    /// Deeper than this, content is left out: no article nests so deep, and the walk stays bounded.
    static let maximumDepth = 200

    init(resolve: @escaping (String, MarkupNode) -> String?) {
        self.resolve = resolve
    }

    static let blockNames: Set<String> = [
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
        "blockquote", "pre", "table", "tr", "td", "th", "figure", "figcaption", "hr", "center", "address", "body",
    ]

    mutating func read(_ node: MarkupNode) {
        walk(node, depth: 0)
        flush()
    }

    private mutating func walk(_ node: MarkupNode, depth: Int) {
        guard depth < Self.maximumDepth else {
            tooDeep = true
            return
        }
        for child in node.children {
            if child.isText {
                if current.isEmpty { currentLine = child.line }
                current.append(child.text)
                continue
            }
            guard child.isElement, !MarkupFurniture.isFurniture(child) else { continue }
            let name = child.name
            if name == "br" {
                current.space()
                continue
            }
            if Self.blockNames.contains(name) {
                flush()
                currentKind = Self.kind(of: name)
                currentLine = child.line
                walk(child, depth: depth + 1)
                flush()
                currentKind = .paragraph
            } else if name == "a", let href = child.attribute("href") {
                let start = current.nextOffset
                walk(child, depth: depth + 1)
                if let url = resolve(href, child), current.bytes.count > start {
                    anchors.append(BodyAnchor(range: start..<current.bytes.count, url: url))
                }
            } else {
                walk(child, depth: depth + 1)
            }
        }
    }

    private static func kind(of name: String) -> BodyBlock.Kind {
        switch name {
        case "h1", "h2", "h3", "h4", "h5", "h6": return .heading
        case "li", "dt", "dd": return .listItem
        default: return .paragraph
        }
    }

    private mutating func flush() {
        defer {
            current.reset()
            anchors = []
        }
        guard !current.isEmpty else { return }
        blocks.append(BodyBlock(bytes: current.bytes, line: max(currentLine, 1), kind: currentKind, anchors: anchors))
    }
}
