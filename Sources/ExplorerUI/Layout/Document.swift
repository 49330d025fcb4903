import TerminalCore

/// Where a link leads.
enum LinkTarget: Sendable, Hashable {
    case entity(String)
    /// An article, optionally at one of its sentences.
    case article(id: String, sentence: Int?)
    /// A "Read more" title that no article of the corpus has.
    case missing(title: String, from: String)
    case search(String)
}

/// One laid-out row of a document.
struct DocLine: Sendable, Hashable {
    var segments: [Segment]
    /// Offset in the article text of the row's first character, or -1.
    var offset: Int = -1
    var end: Int = -1
}

/// Laid-out rows with the links they carry, for screens that read like a page.
struct Document: Sendable, Hashable {
    private(set) var lines: [DocLine] = []
    private(set) var links: [LinkTarget] = []
    /// The first row where each link appears.
    private(set) var linkLines: [Int] = []

    /// Registers a link and returns its index, to put on the segments that show it.
    mutating func addLink(_ target: LinkTarget) -> Int {
        links.append(target)
        linkLines.append(-1)
        return links.count - 1
    }

    mutating func append(_ segments: [Segment], offset: Int = -1, end: Int = -1) {
        for segment in segments {
            if let link = segment.link, linkLines.indices.contains(link), linkLines[link] < 0 { linkLines[link] = lines.count }
        }
        lines.append(DocLine(segments: segments, offset: offset, end: end))
    }

    mutating func blank() { append([]) }

    /// Wraps `atoms` to `width` cells and appends the rows, each prefixed with `indent` spaces.
    mutating func appendWrapped(_ atoms: [Atom], width: Int, indent: Int = 0) {
        let pad = String(repeating: " ", count: max(0, indent))
        for row in TextWrapper.wrap(atoms, width: max(1, width - indent)) {
            let offsets = row.map(\.offset).filter { $0 >= 0 }
            var segments = TextWrapper.segments(row)
            if indent > 0 { segments.insert(Segment(DisplayText(pad)), at: 0) }
            append(segments, offset: offsets.first ?? -1, end: (offsets.last ?? -2) + 1)
        }
    }

    /// Wraps plain text of one role.
    mutating func appendWrapped(_ text: String, role: Role = .plain, link: Int? = nil, width: Int, indent: Int = 0) {
        appendWrapped(TextWrapper.atoms(untrusted: text, role: role, link: link, offset: -1), width: width, indent: indent)
    }

    /// ``line(containing:)`` of each of `offsets`, given in ascending order: one pass over the rows,
    /// where a lookup each would cost rows × offsets on a long article with many matches.
    func lines(containing offsets: [Int]) -> [Int] {
        var out: [Int] = []
        var index = 0
        for offset in offsets {
            while index < lines.count {
                let line = lines[index]
                if line.offset >= 0 && (line.offset >= offset || offset < max(line.end, line.offset + 1)) { break }
                index += 1
            }
            if index < lines.count { out.append(index) }
        }
        return out
    }

    /// The first row that shows the article text at `offset`.
    func line(containing offset: Int) -> Int? {
        lines.firstIndex { $0.offset >= 0 && $0.offset <= offset && offset < max($0.end, $0.offset + 1) }
            ?? lines.firstIndex { $0.offset >= offset }
    }
}
