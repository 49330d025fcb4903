/// A paragraph-sized piece of a body before it becomes part of an article's text: whitespace
/// already collapsed, Markdown already reduced to plain words.
struct BodyBlock {
    enum Kind: Equatable {
        case paragraph
        case heading
        case listItem
        /// A "Read more: TITLE" line; the title's byte range within `bytes`, and the URL of a Markdown link.
        case readMore(title: Range<Int>, url: String? = nil)
        /// Links from a list under a bare "Related" label (see `RelatedList`): `bytes` holds their
        /// titles, one a line, and `anchors` where each stands; none of it becomes article text.
        case detachedLinks
    }

    var bytes: [UInt8]
    /// 1-based line of the file where the block starts.
    var line: Int
    var kind: Kind
    /// Links inside the block (HTML anchors): each becomes a ``ReadMoreLink`` over its words.
    var anchors: [BodyAnchor] = []
}

/// A link inside a block: the byte range of its words and where it leads.
struct BodyAnchor: Equatable {
    var range: Range<Int>
    var url: String
}
