import EventModel
import TerminalCore

/// One article: title, metadata, wrapped paragraphs with entity mentions and "Read more" links in
/// place, and the articles that link here.
struct ReaderScreen: ExplorerScreen {
    let kind = ScreenKind.reader
    let article: Article
    private let mentions: [Mention]
    private let entityKinds: [String: EntityKind]
    private let backlinks: [ArticleSummary]
    /// The sentence to show first and mark, when opened from a relation's evidence.
    private let sentence: Int?
    private(set) var view = DocumentView()
    private var laidOut: (width: Int, terms: [String])?
    private var matchLines: [Int] = []
    /// The match n/N last went to: a short page cannot scroll to say where it is.
    private var currentMatch: Int?
    /// Where to put the user on the first layout of a screen rebuilt from the history.
    private var restoredPlace: ScreenPlace?

    init(id: String, sentence: Int?, context: ScreenContext) throws {
        guard let article = try context.store.article(id: id) else { throw ExplorerError.noArticle(id) }
        self.article = article
        self.sentence = sentence
        mentions = try context.store.mentions(inArticle: id)
        var kinds: [String: EntityKind] = [:]
        for entityID in Set(mentions.map(\.entity)) {
            kinds[entityID] = try context.store.entity(id: entityID)?.kind ?? .other
        }
        entityKinds = kinds
        backlinks = try context.store.backlinks(to: id)
    }

    var title: String { article.title }
    var position: String { view.position }

    var destination: Destination? { .article(id: article.id, sentence: sentence) }
    var currentArticle: String? { article.id }

    var place: ScreenPlace {
        let lines = view.document.lines
        let offset = lines.indices.contains(view.top) ? lines[view.top].offset : -1
        return ScreenPlace(topOffset: offset >= 0 ? offset : nil, topLine: view.top, focus: view.focus)
    }

    mutating func restore(_ place: ScreenPlace) { restoredPlace = place }

    var currentEntity: String? {
        if case .entity(let id)? = view.focusedTarget { return id }
        return nil
    }

    /// The sentence of the mention Tab went to, else the one at the top of the screen.
    var currentSentence: Int? {
        let document = view.document
        if let focus = view.focus, case .entity(let id)? = view.focusedTarget, document.linkLines.indices.contains(focus),
           document.lines.indices.contains(document.linkLines[focus]) {
            let line = document.lines[document.linkLines[focus]]
            if let mention = mentions.first(where: { $0.entity == id && $0.span.start >= line.offset && $0.span.start < max(line.end, line.offset + 1) }) {
                return mention.sentence
            }
        }
        for line in document.lines.dropFirst(view.top) where line.offset >= 0 {
            return article.sentenceIndex(containing: line.offset)
        }
        return nil
    }

    mutating func layout(size: Size, context: ScreenContext) throws {
        if let laidOut, laidOut.width == size.width, laidOut.terms == context.lastSearch {
            view.setHeight(size.height)
            return
        }
        let first = laidOut == nil
        // Keep the same text at the top across a re-wrap.
        let topOffset = view.document.lines.indices.contains(view.top) ? view.document.lines[view.top].offset : -1
        let (document, matches) = build(width: size.width, terms: context.lastSearch)
        view.setDocument(document, height: size.height)
        matchLines = matches
        currentMatch = nil
        laidOut = (size.width, context.lastSearch)
        if first, let restored = restoredPlace {
            // Back to a screen the history rebuilt: the same text at the top, the same link focused.
            if let offset = restored.topOffset, let line = document.line(containing: offset) {
                view.scroll(to: line)
            } else {
                view.scroll(to: restored.topLine ?? 0)
            }
            if let focus = restored.focus, document.links.indices.contains(focus) { view.focus = focus }
            restoredPlace = nil
        } else if first, let sentence, article.sentences.indices.contains(sentence),
           let line = document.line(containing: article.sentences[sentence].start) {
            view.scroll(to: line)
        } else if topOffset >= 0, let line = document.line(containing: topOffset) {
            view.scroll(to: line)
        }
    }

    mutating func perform(_ action: Action, context: ScreenContext) throws -> ScreenEffect {
        switch action {
        case .open:
            guard let target = view.focusedTarget else { return .message("Tab moves to a link; Enter follows it") }
            return .open(target.destination)
        case .nextMatch, .previousMatch:
            guard !matchLines.isEmpty else {
                return .message(context.lastSearch.isEmpty ? "No search yet: / searches" : "No match of the last search in this article")
            }
            let count = matchLines.count
            let index: Int
            let onScreen = view.top..<(view.top + view.height)
            // From the match on screen, like less; after scrolling away, from what is on screen.
            if let current = currentMatch, onScreen.contains(matchLines[current]) {
                index = (current + (action == .nextMatch ? 1 : count - 1)) % count
            } else if action == .nextMatch {
                index = matchLines.firstIndex { $0 >= view.top } ?? 0
            } else {
                index = matchLines.lastIndex { $0 < view.top + view.height } ?? count - 1
            }
            currentMatch = index
            view.scroll(to: matchLines[index])
            return .message("Match \(index + 1) of \(count)")
        default:
            view.perform(action)
            return .none
        }
    }

    mutating func click(row: Int, context: ScreenContext) throws -> ScreenEffect {
        view.click(row: row)
        return .none
    }

    func draw(into screen: inout Screen, height: Int, theme: Theme) {
        view.draw(into: &screen, y: 0, height: height, theme: theme)
    }

    // MARK: - Layout

    private func build(width: Int, terms: [String]) -> (Document, [Int]) {
        var document = Document()
        document.appendWrapped(article.title, role: .title, width: width)
        var meta = [article.date ?? "undated"]
        if let source = article.source { meta.append(source) }
        if let dateline = article.dateline { meta.append(dateline) }
        meta.append(article.id)
        document.appendWrapped(meta.joined(separator: " \u{00B7} "), role: .dim, width: width)
        var more: [String] = []
        if !article.authors.isEmpty { more.append("By " + article.authors.joined(separator: ", ")) }
        if !article.tags.isEmpty { more.append("Tags: " + article.tags.joined(separator: ", ")) }
        if let url = article.url { more.append(url) }
        if !more.isEmpty { document.appendWrapped(more.joined(separator: " \u{00B7} "), role: .dim, width: width) }
        document.blank()

        let scalars = Array(article.text.unicodeScalars)
        var matchOffsets: [Int] = []
        // Links and mentions in text order, taken paragraph by paragraph as the paragraphs come: one
        // pass, where filtering them all for each paragraph cost paragraphs × links.
        let links = article.links.filter { $0.span.length > 0 }.sorted { $0.span < $1.span }
        let sortedMentions = mentions.filter { $0.span.length > 0 }.sorted { $0.span < $1.span }
        var nextLink = 0, nextMention = 0
        // A body without paragraph spans (a loader that found none) still shows, as one paragraph.
        let paragraphs = article.paragraphs.isEmpty && !scalars.isEmpty ? [TextSpan(start: 0, end: scalars.count)] : article.paragraphs
        for paragraph in paragraphs {
            func inside<T>(_ items: [T], _ next: inout Int, _ span: (T) -> TextSpan) -> ArraySlice<T> {
                while next < items.count && span(items[next]).start < paragraph.start { next += 1 }
                let first = next
                while next < items.count && span(items[next]).start < paragraph.end { next += 1 }
                return items[first..<next]
            }
            let paragraphLinks = inside(links, &nextLink, \.span).filter { $0.span.end <= paragraph.end }
            let paragraphMentions = inside(sortedMentions, &nextMention, \.span).filter { $0.span.end <= paragraph.end }
            var atoms = paragraphAtoms(paragraph, links: paragraphLinks, mentions: paragraphMentions, scalars: scalars, document: &document)
            if let sentence, article.sentences.indices.contains(sentence) {
                let span = article.sentences[sentence]
                for index in atoms.indices where atoms[index].role == .plain && span.contains(atoms[index].offset) {
                    atoms[index].role = .evidence
                }
            }
            matchOffsets += Self.markMatches(&atoms, terms: terms)
            document.appendWrapped(atoms, width: width)
            document.blank()
        }

        appendRelated(to: &document, width: width)
        if !backlinks.isEmpty {
            document.append([Segment("Linked from", .heading)])
            for source in backlinks {
                let link = document.addLink(.article(id: source.id, sentence: nil))
                var atoms = TextWrapper.atoms(DisplayText("\u{2190} "), role: .dim)
                atoms += TextWrapper.atoms(DisplayText(source.title), role: .link, link: link)
                atoms += TextWrapper.atoms(DisplayText(" (\(source.date ?? "undated"))"), role: .dim)
                document.appendWrapped(atoms, width: width, indent: 2)
            }
        }
        let lines = document.lines(containing: matchOffsets.sorted())
        return (document, Array(Set(lines)).sorted())
    }

    /// The links of a "Related" list, under a heading of their own: the loader keeps the list's words
    /// out of the body, so these links have no place in the text where Tab could reach them.
    private func appendRelated(to document: inout Document, width: Int) {
        let related = article.links.filter { $0.span.length == 0 }
        guard !related.isEmpty else { return }
        document.append([Segment("Related", .heading)])
        for readMore in related {
            var atoms = TextWrapper.atoms(DisplayText("\u{2192} "), role: .dim)
            if let target = readMore.target {
                atoms += TextWrapper.atoms(DisplayText(readMore.title), role: .link, link: document.addLink(.article(id: target, sentence: nil)))
            } else {
                atoms += TextWrapper.atoms(DisplayText(readMore.title), role: .brokenLink,
                                           link: document.addLink(.missing(title: readMore.title, from: article.id)))
                atoms += TextWrapper.atoms(DisplayText(" (not in corpus)"), role: .dim)
            }
            document.appendWrapped(atoms, width: width, indent: 2)
        }
        document.blank()
    }

    /// The paragraph cut at mentions and read-more titles, each a link.
    /// `links` and `mentions`: those inside the paragraph, in text order, none empty (an empty span
    /// would make a link nobody can see or reach).
    private func paragraphAtoms(_ paragraph: TextSpan, links: [ReadMoreLink], mentions: [Mention], scalars: [Unicode.Scalar], document: inout Document) -> [Atom] {
        enum Mark { case mention(Mention), readMore(ReadMoreLink) }
        var marks: [(span: TextSpan, mark: Mark)] = links.map { ($0.span, .readMore($0)) }
        var nextLink = 0
        var lastMentionEnd = Int.min
        for mention in mentions where mention.span.start >= lastMentionEnd {
            // Links are in text order: only the ones not yet behind this mention can overlap it.
            while nextLink < links.count && links[nextLink].span.end <= mention.span.start { nextLink += 1 }
            if nextLink < links.count && links[nextLink].span.overlaps(mention.span) { continue }
            marks.append((mention.span, .mention(mention)))
            lastMentionEnd = mention.span.end
        }
        marks.sort { $0.span < $1.span }

        func text(_ from: Int, _ to: Int) -> String {
            let lower = max(0, min(from, scalars.count)), upper = max(lower, min(to, scalars.count))
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[lower..<upper])
            return String(view)
        }
        var atoms: [Atom] = []
        var position = paragraph.start
        for (span, mark) in marks where span.start >= position {
            if span.start > position {
                atoms += TextWrapper.atoms(untrusted: text(position, span.start), role: .plain, offset: position)
            }
            switch mark {
            case .mention(let mention):
                let link = document.addLink(.entity(mention.entity))
                atoms += TextWrapper.atoms(untrusted: text(span.start, span.end), role: .kind(entityKinds[mention.entity] ?? .other), link: link, offset: span.start)
            case .readMore(let readMore):
                if let target = readMore.target {
                    let link = document.addLink(.article(id: target, sentence: nil))
                    atoms += TextWrapper.atoms(untrusted: text(span.start, span.end), role: .link, link: link, offset: span.start)
                } else {
                    let link = document.addLink(.missing(title: readMore.title, from: article.id))
                    atoms += TextWrapper.atoms(untrusted: text(span.start, span.end), role: .brokenLink, link: link, offset: span.start)
                    atoms += TextWrapper.atoms(DisplayText(" (not in corpus)"), role: .dim)
                }
            }
            position = span.end
        }
        if paragraph.end > position {
            atoms += TextWrapper.atoms(untrusted: text(position, paragraph.end), role: .plain, offset: position)
        }
        return atoms
    }

    /// Marks the words that match the last search; returns the offset of each match.
    private static func markMatches(_ atoms: inout [Atom], terms: [String]) -> [Int] {
        guard !terms.isEmpty else { return [] }
        var offsets: [Int] = []
        var index = 0
        while index < atoms.count {
            guard atoms[index].character.isLetter || atoms[index].character.isNumber else {
                index += 1
                continue
            }
            var end = index
            while end < atoms.count && (atoms[end].character.isLetter || atoms[end].character.isNumber) { end += 1 }
            let word = String(atoms[index..<end].map(\.character))
            if SearchFolding.matches(word, terms: terms) {
                offsets.append(atoms[index].offset)
                for i in index..<end where atoms[i].role == .plain || atoms[i].role == .evidence { atoms[i].role = .match }
            }
            index = end
        }
        return offsets
    }
}

extension LinkTarget {
    var destination: Destination {
        switch self {
        case .entity(let id): return .entity(id)
        case .article(let id, let sentence): return .article(id: id, sentence: sentence)
        case .missing(let title, let from): return .missing(title: title, from: from)
        case .search(let query): return .search(query: query, editing: false)
        }
    }
}
