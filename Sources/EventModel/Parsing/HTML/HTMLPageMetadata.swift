/// What a page says about itself outside its text: `<title>`, Open Graph and `article:` meta
/// tags, the canonical link, `<html lang>`, and its JSON-LD scripts (read by ``JSONLDArticle``).
struct HTMLPageMetadata {
    var title: String?
    var meta: [String: String] = [:]
    /// Every `article:tag` / `article:author` (meta tags that may repeat).
    var repeated: [String: [String]] = [:]
    var canonical: String?
    var base: String?
    var language: String?
    var jsonLD: [(text: String, line: Int)] = []
    /// `<time datetime>` values, first first.
    var times: [String] = []
    /// The first `<h1>`.
    var firstHeading: String?

    /// Reads the whole document once; bounded in depth like ``MarkupBlocks``.
    init(document root: MarkupNode) {
        language = root.attribute("lang")
        var stack: [(MarkupNode, Int)] = [(root, 0)]
        while let (node, depth) = stack.popLast() {
            guard node.isElement, depth < MarkupBlocks.maximumDepth else { continue }
            switch node.name {
            case "title" where title == nil: title = MarkupText.clean(node.text)
            case "meta": readMeta(node)
            case "link":
                let rel = node.attribute("rel")?.lowercased() ?? ""
                if rel.split(separator: " ").contains("canonical"), canonical == nil { canonical = node.attribute("href") }
            case "base" where base == nil: base = node.attribute("href")
            case "script":
                if node.attribute("type")?.lowercased().hasPrefix("application/ld+json") == true {
                    jsonLD.append((node.text, node.line))
                }
                continue
            case "style": continue
            case "time": if let value = node.attribute("datetime") { times.append(value) }
            case "h1" where firstHeading == nil: firstHeading = MarkupText.clean(node.text)
            default: break
            }
            for child in node.elements.reversed() { stack.append((child, depth + 1)) }
        }
    }

    private mutating func readMeta(_ node: MarkupNode) {
        guard let key = (node.attribute("property") ?? node.attribute("name") ?? node.attribute("itemprop"))?.lowercased(),
            let content = node.attribute("content")
        else { return }
        let value = MarkupText.clean(content)
        guard !value.isEmpty else { return }
        if meta[key] == nil { meta[key] = value }
        repeated[key, default: []].append(value)
    }

    func first(_ keys: String...) -> String? {
        for key in keys { if let value = meta[key] { return value } }
        return nil
    }
}
