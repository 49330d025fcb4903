/// Parses one article file: bytes and a path in, an ``Article`` or diagnostics out. Pure: it
/// reads no file and can run on many files at once.
///
/// ```swift
/// let result = ArticleParser.parse(Array(data), path: "articles/claim.txt")
/// if let article = result.article { print(article.title, article.links.map(\.title)) }
/// for problem in result.diagnostics { print(problem) }
/// ```
///
/// Plain text (`.txt`): the first non-empty line is the title; blank lines separate paragraphs. A plain
/// file that opens with YAML front matter has it read as a Markdown file's.
/// Markdown (`.md`, `.markdown`): optional YAML front matter (id, title, date, source, url,
/// authors, tags, language), `#` headings, lists and inline markup reduced to text.
/// Both: a leading dateline ("MOSCOW (Reuters) -") becomes ``Article/dateline``, "Read more:
/// TITLE" lines become ``ReadMoreLink``s (the agency in a dateline is the source when the file
/// names none), boilerplate trailers are dropped and a repeated
/// paragraph is kept once.
///
/// Saved web pages (`.html`, `.htm`) and ninjs items (`.json`) are read by their own readers
/// (`HTMLPageReader`, `NINJSReader`); feeds, which hold many articles, by `FeedReader` through
/// ``CorpusScanner/read(_:)``.
public enum ArticleParser {
    /// Files above this size are refused: no article is that long, and the index would suffer.
    public static let maximumFileSize = 32 * 1024 * 1024

    /// The article, when one could be read (possibly with warnings or errors about parts of the
    /// file), and the diagnostics, each naming `path`.
    public static func parse(_ bytes: [UInt8], path: String) -> (article: Article?, diagnostics: [Diagnostic]) {
        guard bytes.count <= maximumFileSize else {
            return (nil, [tooLarge(path: path, size: bytes.count).diagnostic])
        }
        switch ArticleFormat(path: path) {
        case .html?: return HTMLPageReader.read(bytes, path: path)
        case .ninjs?: return NINJSReader.read(bytes, path: path)
        default: break
        }
        switch TextDecoding.validate(bytes) {
        case .failure(let failure):
            return (nil, [TextDecoding.error(failure, path: path).diagnostic])
        case .success(let start):
            return parseValidated(bytes, from: start, path: path)
        }
    }

    /// Parses an RSS or Atom feed: an article per item, each listed as `path#KEY`, and the
    /// diagnostics, each naming `path` (what ``CorpusScanner/read(_:)`` does for a feed file).
    public static func parseFeed(_ bytes: [UInt8], path: String) -> (articles: [Article], diagnostics: [Diagnostic]) {
        guard bytes.count <= maximumFileSize else {
            return ([], [tooLarge(path: path, size: bytes.count).diagnostic])
        }
        return FeedReader.read(bytes, path: path)
    }

    /// Parses text already in memory (tests, and callers that decoded it themselves).
    public static func parse(text: String, path: String) -> (article: Article?, diagnostics: [Diagnostic]) {
        parse(Array(text.utf8), path: path)
    }

    /// Whether a path names a Markdown file.
    public static func isMarkdown(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".md") || lower.hasSuffix(".markdown")
    }

    /// The id of a file without a front matter `id`: its path without the extension.
    public static func defaultID(path: String) -> String {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/"), dot != path.startIndex,
            path[path.index(before: dot)] != "/"
        else { return path }
        return String(path[..<dot])
    }

    static func tooLarge(path: String, size: Int) -> ArticleParseError {
        ArticleParseError(
            code: .tooLarge, path: path,
            message: "the file is \(size / (1024 * 1024)) MB, over evex's limit of \(maximumFileSize / (1024 * 1024)) MB; split it into smaller files")
    }

    private static func parseValidated(_ bytes: [UInt8], from start: Int, path: String) -> (article: Article?, diagnostics: [Diagnostic]) {
        let lines = ByteLines(bytes, from: start)
        guard bytes[start...].contains(where: { !Bytes.isSpace($0) }) else {
            return (nil, [ArticleParseError(code: .empty, path: path, message: "the file is empty; skipped").diagnostic])
        }
        var diagnostics: [Diagnostic] = []
        var matter = FrontMatter()
        var title: String?
        var blocks: [BodyBlock]
        var bodyLines = lines
        func readFrontMatter(_ split: FrontMatter.Split, _ parsed: (FrontMatter, [Diagnostic])) {
            (matter, bodyLines) = (parsed.0, split.body)
            diagnostics += parsed.1
        }
        if isMarkdown(path) {
            switch FrontMatter.split(lines, path: path) {
            case .failure(let error)?:
                return (nil, [error.diagnostic])
            case .success(let split)?:
                readFrontMatter(split, FrontMatter.parse(split, path: path))
            case nil:
                break
            }
            blocks = MarkdownReader.read(bodyLines)
            title = matter.title
            if let heading = blocks.firstIndex(where: { $0.kind == .heading }) {
                let text = String(decoding: blocks[heading].bytes, as: UTF8.self)
                if title == nil {
                    title = text
                    blocks.remove(at: heading)
                } else if heading == 0, let title, TitleKey.normalize(text) == TitleKey.normalize(title) {
                    blocks.remove(at: heading)  // the front matter's title repeated as the first heading
                }
            }
            if title == nil, let first = blocks.first {
                // A text of one paragraph keeps it: taken as the title, nothing would be left to read.
                if first.bytes.count <= PlainTextReader.maximumTitleLength && blocks.count > 1 {
                    title = String(decoding: blocks.removeFirst().bytes, as: UTF8.self)
                } else {
                    title = PlainTextReader.shortTitle(first.bytes[...])
                }
            }
        } else {
            // A plain file saved with YAML front matter by some tool: its keys are read as a Markdown file's,
            // so that "---" is never the title. Lines between two rules that give no key evex knows, or a rule
            // never closed, are text, as any other line.
            if case .success(let split)? = FrontMatter.split(lines, path: path) {
                let parsed = FrontMatter.parse(split, path: path)
                if parsed.0.namesAnyKey { readFrontMatter(split, parsed) }
            }
            let read = PlainTextReader.read(bodyLines, takeTitle: matter.title == nil)
            title = matter.title ?? read.title
            blocks = read.blocks
        }
        var assembler = ArticleAssembler()
        assembler.add(blocks)
        let article = Article(
            id: matter.id ?? defaultID(path: path), path: path,
            title: title.flatMap { $0.isEmpty ? nil : $0 } ?? defaultID(path: path),
            date: matter.date, source: matter.source ?? assembler.datelineAgency, dateline: assembler.dateline, url: matter.url,
            authors: matter.authors, tags: matter.tags, language: matter.language, text: assembler.string,
            paragraphs: assembler.paragraphs, sentences: assembler.sentences, links: assembler.links)
        return (article, diagnostics)
    }
}
