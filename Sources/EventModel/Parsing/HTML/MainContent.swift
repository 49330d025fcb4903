/// Finds the element of a page that holds the article: the one marked as its body
/// (`itemprop="articleBody"`), else the `<article>` with the most paragraph text, else `<main>`,
/// else the element whose own `<p>` children hold the most text (the densest block of paragraphs).
enum MainContent {
    static func find(in root: MarkupNode) -> MarkupNode {
        var marked: MarkupNode?
        var bestArticle: (node: MarkupNode, score: Int)?
        var main: MarkupNode?
        var densest: (node: MarkupNode, score: Int)?
        var body: MarkupNode?
        var stack: [(MarkupNode, Int)] = [(root, 0)]
        while let (node, depth) = stack.popLast() {
            guard node.isElement, depth < MarkupBlocks.maximumDepth, !MarkupFurniture.isFurniture(node) else { continue }
            let name = node.name
            if name == "body" { body = node }
            if marked == nil, node.attribute("itemprop")?.lowercased().split(separator: " ").contains("articlebody") == true {
                marked = node
            }
            if name == "main" || node.attribute("role")?.lowercased() == "main", main == nil { main = node }
            var own = 0
            for child in node.elements where child.name == "p" && !MarkupFurniture.isFurniture(child) {
                own += child.text.utf8.count
            }
            if own > (densest?.score ?? 0) { densest = (node, own) }
            if name == "article" {
                let score = paragraphText(under: node, depth: depth)
                if score > (bestArticle?.score ?? 0) { bestArticle = (node, score) }
            }
            for child in node.elements.reversed() { stack.append((child, depth + 1)) }
        }
        return marked ?? bestArticle?.node ?? main ?? densest?.node ?? body ?? root
    }

    /// How much text the paragraphs under an element hold, furniture left out.
    private static func paragraphText(under node: MarkupNode, depth: Int) -> Int {
        var total = 0
        var stack: [(MarkupNode, Int)] = [(node, depth)]
        while let (current, level) = stack.popLast() {
            guard level < MarkupBlocks.maximumDepth else { continue }
            for child in current.elements where !MarkupFurniture.isFurniture(child) {
                if child.name == "p" { total += child.text.utf8.count } else { stack.append((child, level + 1)) }
            }
        }
        return total
    }
}
