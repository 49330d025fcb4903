/// A list of links under a bare label ("Related", "Read more", "More on this"), as news pages put
/// after or inside a story. Its links to other pages of the folder or the site are the article's
/// "Read more" links; its words, other stories' headlines, stay out of the article's text, where
/// they would be read as the article's own sentences and give it mentions it does not make.
///
/// A rail marked as such by its class or id (`<aside class="related">`) never gets here: it is
/// furniture (``MarkupFurniture``). This is the list a page leaves unmarked.
enum RelatedList {
    /// Labels that head such a list, compared lowercased with surrounding punctuation dropped.
    private static let labels: Set<String> = [
        "related", "related articles", "related article", "related stories", "related story", "related coverage",
        "related reading", "related news", "related content", "related links", "read more", "read also", "also read",
        "more on this", "more on this story", "more on this topic", "see also", "read next", "further reading",
    ]

    /// The blocks with each labelled list of links replaced by one ``BodyBlock/Kind/detachedLinks``
    /// block that holds the titles of the links kept (those within the folder or the site of
    /// `pageURL`). A label not followed by links is left as it was.
    static func detach(_ blocks: [BodyBlock], pageURL: String?) -> [BodyBlock] {
        guard blocks.contains(where: isLabel) else { return blocks }
        var result: [BodyBlock] = []
        result.reserveCapacity(blocks.count)
        var index = 0
        while index < blocks.count {
            let block = blocks[index]
            var end = index + 1
            if isLabel(block) {
                while end < blocks.count, isLinkItem(blocks[end]) { end += 1 }
            }
            guard end > index + 1 else {
                result.append(block)
                index += 1
                continue
            }
            var links = BodyBlock(bytes: [], line: blocks[index + 1].line, kind: .detachedLinks)
            for item in blocks[(index + 1)..<end] {
                for anchor in item.anchors where LinkTarget.isWithin(anchor.url, pageURL: pageURL) {
                    if !links.bytes.isEmpty { links.bytes.append(0x0A) }
                    let start = links.bytes.count
                    links.bytes += item.bytes[anchor.range]
                    links.anchors.append(BodyAnchor(range: start..<links.bytes.count, url: anchor.url))
                }
            }
            if !links.anchors.isEmpty { result.append(links) }
            index = end
        }
        return result
    }

    /// A heading or short paragraph whose whole text is one of the ``labels``.
    private static func isLabel(_ block: BodyBlock) -> Bool {
        guard block.kind == .heading || block.kind == .paragraph, block.bytes.count <= 40 else { return false }
        let text = String(decoding: block.bytes, as: UTF8.self).lowercased()
        return labels.contains(String(text.trimmed(of: labelEdges)))
    }

    /// Spaces and the marks pages set around a label: "Related:", "— Read more —", "More on this »".
    private static let labelEdges: Set<Character> = [" ", ":", "-", "|", "»", "›", ">", "—", "–", "•", "*", ".", "…"]

    /// A list item or paragraph that is mostly one or more links (a title with its date or a
    /// "3 min read" still counts); an item of prose with a link inside ends the list, so that words
    /// of the story are never taken for the list.
    private static func isLinkItem(_ block: BodyBlock) -> Bool {
        guard !block.anchors.isEmpty, block.kind == .listItem || block.kind == .paragraph else { return false }
        let linked = block.anchors.reduce(0) { $0 + $1.range.count }
        return linked * 2 >= block.bytes.count
    }
}

private extension String {
    func trimmed(of set: Set<Character>) -> Substring {
        var slice = self[...]
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return slice
    }
}
