/// One article of a corpus, parsed from a plain-text or Markdown file.
public struct Article: Sendable, Hashable, Codable, Identifiable {
    /// Stable id: the front matter's `id`, else the file's path relative to the corpus root
    /// without its extension (`articles/crocus-claim`).
    public var id: String
    /// Path relative to the corpus root, `/`-separated; for an item of a feed, the feed's path and
    /// a key from the item's guid or link, which stays when the feed changes
    /// (`feeds/world.xml#2025-storm`; the item's number only when it has neither, nor a title).
    public var path: String
    public var title: String
    /// ISO 8601 date (`2024-03-22`), only when the file gives one; never invented.
    public var date: String?
    public var source: String?
    /// A leading "MOSCOW (Reuters) -" or "WEB DESK:" marker, kept as metadata and out of `text`.
    public var dateline: String?
    public var url: String?
    public var authors: [String]
    public var tags: [String]
    public var language: String?
    /// The body: paragraphs joined by a blank line ("\n\n"). The title, the dateline and boilerplate
    /// trailers are not part of it; each "Read more: TITLE" line is, as a paragraph of its own (its
    /// title's place is `ReadMoreLink.span`), so a reader shows it where it stood and entities named
    /// in it are found. Every offset in the model indexes this string.
    public var text: String
    public var paragraphs: [TextSpan]
    public var sentences: [TextSpan]
    /// "Read more: TITLE" lines in the order they appear.
    public var links: [ReadMoreLink]

    public init(
        id: String, path: String, title: String, date: String? = nil, source: String? = nil,
        dateline: String? = nil, url: String? = nil, authors: [String] = [], tags: [String] = [],
        language: String? = nil, text: String, paragraphs: [TextSpan], sentences: [TextSpan],
        links: [ReadMoreLink] = []
    ) {
        self.id = id
        self.path = path
        self.title = title
        self.date = date
        self.source = source
        self.dateline = dateline
        self.url = url
        self.authors = authors
        self.tags = tags
        self.language = language
        self.text = text
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.links = links
    }

    /// The text of sentence `index`.
    public func sentenceText(_ index: Int) -> String {
        guard sentences.indices.contains(index) else { return "" }
        return text.substring(sentences[index])
    }

    /// The index of the sentence that contains `offset`, if any.
    public func sentenceIndex(containing offset: Int) -> Int? {
        var low = 0, high = sentences.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let span = sentences[mid]
            if offset < span.start { high = mid - 1 } else if offset >= span.end { low = mid + 1 } else { return mid }
        }
        return nil
    }
}

/// A "Read more: TITLE" line (or "Related:", "See also", a Markdown link, a line that is only a
/// quoted title): a link to another article of the corpus, by URL where it gives one, else by title.
public struct ReadMoreLink: Sendable, Hashable, Codable {
    /// The title as written in the file.
    public var title: String
    /// The address a Markdown link gives (`[title](url)`), or an HTML, feed or ninjs anchor's `href`:
    /// matched against articles' `url` (and, for a page's relative link, their path) before the title.
    public var url: String?
    /// 1-based line of the file that holds the link.
    public var line: Int
    /// Where the title stands in the article's `text` (the "Read more: " prefix excluded).
    public var span: TextSpan
    /// The id of the article it resolves to; nil while unresolved (not in the corpus).
    public var target: String?

    public init(title: String, line: Int, span: TextSpan, target: String? = nil, url: String? = nil) {
        self.title = title
        self.url = url
        self.line = line
        self.span = span
        self.target = target
    }
}
