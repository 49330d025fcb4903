import Foundation

/// Reads a saved web page (`.html`, `.htm`) into an ``Article``.
///
/// Metadata from schema.org JSON-LD when the page has a trustworthy block, else from Open Graph,
/// `article:` and other meta tags, else from `<title>` and `<time>`. The body comes from the page's
/// main content (see ``MainContent``) so that its links are kept; JSON-LD's `articleBody` is used
/// only when the markup holds no article text (pages that draw their text with scripts).
/// The canonical URL (`<link rel=canonical>`, else `og:url`, else JSON-LD's `url`) is the article's
/// `url`, and its id when there is one.
enum HTMLPageReader {
    static func read(_ bytes: [UInt8], path: String) -> (article: Article?, diagnostics: [Diagnostic]) {
        if let line = MarkupDocument.binaryLine(bytes) {
            return (nil, [.error(path, line: line, "holds NUL bytes, so it is binary data, not a web page; skipped")])
        }
        guard let document = MarkupDocument.html(bytes), let root = document.root else {
            return (nil, [.error(path, "no HTML could be read from this file; skipped")])
        }
        var diagnostics = problems(document.problems, path: path)
        let page = HTMLPageMetadata(document: root)
        let canonical = [page.canonical, page.meta["og:url"]].compactMap { $0 }
            .lazy.compactMap { ArticleIdentity.absolute($0, base: page.base) }.first
        let (jsonLD, jsonProblems) = JSONLDArticle.find(in: page.jsonLD, pageURL: canonical, path: path)
        diagnostics += jsonProblems
        let url = canonical ?? jsonLD?.url
        let base = url ?? page.base.flatMap { ArticleIdentity.absolute($0, base: nil) }

        let container = MainContent.find(in: root)
        var reader = MarkupBlocks { href, _ in LinkTarget.resolve(href, base: base, path: path) }
        reader.read(container)
        if reader.tooDeep {
            diagnostics.append(.warning(path, "markup nested more than \(MarkupBlocks.maximumDepth) elements deep; the deeper text is left out"))
        }
        var blocks = LinkTarget.keepArticleLinks(RelatedList.detach(reader.blocks, pageURL: url), pageURL: url)

        let title = jsonLD?.headline ?? page.first("og:title", "twitter:title") ?? page.firstHeading
            ?? page.title.map(siteNameRemoved(page)) ?? ""
        if let heading = blocks.prefix(3).firstIndex(where: { $0.kind == .heading }),
            TitleKey.normalize(String(decoding: blocks[heading].bytes, as: UTF8.self)) == TitleKey.normalize(title)
        {
            blocks.remove(at: heading)
        }
        if !blocks.contains(where: { $0.kind == .paragraph && ArticleAssembler.isProse($0.bytes) }), let body = jsonLD?.body {
            blocks = paragraphs(of: body) + blocks.filter { $0.kind == .detachedLinks }
        }
        // A related list's links are no text: a page with nothing else still shows its description.
        if blocks.allSatisfy({ $0.kind == .detachedLinks }), let description = page.first("og:description", "description", "twitter:description") {
            blocks.insert(BodyBlock(bytes: Array(description.utf8), line: 1, kind: .paragraph), at: 0)
        }
        guard !title.isEmpty || !blocks.isEmpty else {
            return (nil, diagnostics + [.warning(path, "the page has no title and no article text; skipped")])
        }
        var assembler = ArticleAssembler()
        assembler.add(blocks)
        let dates = [jsonLD?.date] + [
            page.first("article:published_time", "og:article:published_time", "datepublished", "date", "pubdate",
                       "dc.date.issued", "dc.date", "parsely-pub-date", "sailthru.date", "article:modified_time"),
        ] + page.times.map(Optional.some)
        let authors = jsonLD.map(\.authors).flatMap { $0.isEmpty ? nil : $0 }
            ?? (page.repeated["author"] ?? page.repeated["article:author"] ?? page.repeated["parsely-author"] ?? [])
                .filter { !$0.contains("://") }
        let tags = jsonLD.map(\.keywords).flatMap { $0.isEmpty ? nil : $0 }
            ?? page.repeated["article:tag"] ?? page.first("news_keywords", "keywords").map(splitList) ?? []
        let article = Article(
            id: url.flatMap(ArticleIdentity.id(forURL:)) ?? ArticleParser.defaultID(path: path), path: path,
            title: title.isEmpty ? ArticleParser.defaultID(path: path) : title,
            date: dates.lazy.compactMap { $0.flatMap(PublishedDate.day) }.first,
            source: jsonLD?.publisher ?? page.first("og:site_name", "application-name", "publisher") ?? assembler.datelineAgency,
            dateline: assembler.dateline, url: url, authors: unique(authors), tags: unique(tags),
            language: jsonLD?.language ?? page.language ?? page.first("og:locale"),
            text: assembler.string, paragraphs: assembler.paragraphs, sentences: assembler.sentences, links: assembler.links)
        return (article, diagnostics)
    }

    /// libxml2's reports that matter to a reader: bytes wrong for the page's character set, and
    /// markup broken badly enough that text may have moved. Tags unknown to HTML 4 (`<article>`,
    /// `<nav>`) are normal and say nothing.
    static func problems(_ problems: [MarkupDocument.Problem], path: String) -> [Diagnostic] {
        let relevant = problems.filter { $0.code != 801 }  // XML_HTML_UNKNOWN_TAG
        guard let first = relevant.first else { return [] }
        if let encoding = relevant.first(where: MarkupDocument.isEncodingProblem) {
            return [.warning(path, line: encoding.line, "has bytes that are not valid in its character set; some letters may show wrongly (declare the page's charset with <meta charset>)")]
        }
        let more = relevant.count > 1 ? " (and \(relevant.count - 1) more problem\(relevant.count == 2 ? "" : "s"))" : ""
        return [.warning(path, line: first.line, "broken markup: \(first.message)\(more); read as a browser would")]
    }

    /// "Attack in Moscow | Caspian Daily" without " | Caspian Daily" when that is the site's name.
    private static func siteNameRemoved(_ page: HTMLPageMetadata) -> (String) -> String {
        { title in
            guard let site = page.first("og:site_name", "application-name") else { return title }
            for separator in [" | ", " - ", " — ", " – ", " :: "] where title.hasSuffix(separator + site) {
                return String(title.dropLast(separator.count + site.count))
            }
            return title
        }
    }

    private static func paragraphs(of body: String) -> [BodyBlock] {
        body.components(separatedBy: "\n").map(MarkupText.clean).filter { !$0.isEmpty }
            .map { BodyBlock(bytes: Array($0.utf8), line: 1, kind: .paragraph) }
    }

    private static func splitList(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    private static func unique(_ list: [String]) -> [String] {
        var seen = Set<String>()
        return list.filter { seen.insert($0.lowercased()).inserted }
    }
}
