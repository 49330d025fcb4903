import TerminalCore

/// A document on screen: scroll position, focused link and, in select mode, j/k moving between links.
struct DocumentView: Sendable, Hashable {
    var document = Document()
    private(set) var top = 0
    private(set) var height = 1
    var focus: Int?
    /// j/k move between links (entity page, relations) rather than scroll lines (reader, help).
    var selectsLinks = false

    init(selectsLinks: Bool = false) {
        self.selectsLinks = selectsLinks
    }

    var maxTop: Int { max(0, document.lines.count - height) }

    var position: String {
        if selectsLinks {
            let count = document.links.count
            return count == 0 ? "0/0" : "\((focus ?? 0) + 1)/\(count)"
        }
        return "\(min(top + 1, max(1, document.lines.count)))/\(document.lines.count)"
    }

    var focusedTarget: LinkTarget? {
        focus.flatMap { document.links.indices.contains($0) ? document.links[$0] : nil }
    }

    /// Replaces the document, keeping scroll and focus where they still make sense.
    mutating func setDocument(_ newDocument: Document, height newHeight: Int) {
        document = newDocument
        height = max(1, newHeight)
        if let current = focus, !document.links.indices.contains(current) { focus = nil }
        if selectsLinks && focus == nil && !document.links.isEmpty { focus = 0 }
        top = max(0, min(top, maxTop))
    }

    mutating func setHeight(_ newHeight: Int) {
        height = max(1, newHeight)
        top = max(0, min(top, maxTop))
    }

    mutating func scroll(to line: Int) { top = max(0, min(line, maxTop)) }

    /// The top line and focus, for the history.
    var place: ScreenPlace { ScreenPlace(topLine: top, focus: focus) }

    /// Sets the top line and focus before a document is laid out; ``setDocument(_:height:)`` keeps
    /// them where the new document allows.
    mutating func restore(_ place: ScreenPlace) {
        top = max(0, place.topLine ?? top)
        focus = place.focus ?? focus
    }
    mutating func scroll(by delta: Int) { scroll(to: top + delta) }

    mutating func perform(_ action: Action) {
        switch action {
        case .down: selectsLinks ? stepLink(1) : scroll(by: 1)
        case .up: selectsLinks ? stepLink(-1) : scroll(by: -1)
        case .top:
            scroll(to: 0)
            if selectsLinks && !document.links.isEmpty { focus = 0 }
        case .bottom:
            scroll(to: maxTop)
            if selectsLinks && !document.links.isEmpty { focus = document.links.count - 1 }
        case .pageDown: page(1)
        case .pageUp: page(-1)
        case .nextLink: stepLink(1)
        case .previousLink: stepLink(-1)
        default: break
        }
    }

    private mutating func page(_ direction: Int) {
        scroll(by: direction * max(1, height - 1))
        guard selectsLinks, let current = focus else { return }
        // Keep the focus on screen, like a list's selection.
        let visible = top..<(top + height)
        if !visible.contains(document.linkLines[current]) {
            let candidates = document.linkLines.indices.filter { visible.contains(document.linkLines[$0]) }
            if let pick = direction > 0 ? candidates.first : candidates.last { focus = pick }
        }
    }

    /// Moves the focus to the next or previous link; with none left that way, scrolls instead.
    mutating func stepLink(_ direction: Int) {
        let lines = document.linkLines
        guard !lines.isEmpty else { return scroll(by: direction) }
        let next: Int?
        if let current = focus, isVisible(lines[current]) || selectsLinks {
            let candidate = current + direction
            next = lines.indices.contains(candidate) ? candidate : nil
        } else if direction > 0 {
            next = lines.indices.first { lines[$0] >= top }
        } else {
            next = lines.indices.last { lines[$0] < top + height }
        }
        guard let target = next else { return scroll(by: direction) }
        focus = target
        reveal(lines[target])
    }

    /// Scrolls just enough for `line` to be on screen.
    mutating func reveal(_ line: Int) {
        if line < top { scroll(to: line) } else if line >= top + height { scroll(to: line - height + 1) }
    }

    private func isVisible(_ line: Int) -> Bool { line >= top && line < top + height }

    /// Focuses the first link on the clicked row.
    mutating func click(row: Int) {
        let line = top + row
        guard document.lines.indices.contains(line) else { return }
        if let link = document.lines[line].segments.compactMap(\.link).first { focus = link }
    }

    func draw(into screen: inout Screen, y: Int, height: Int, theme: Theme) {
        for row in 0..<height {
            let index = top + row
            guard document.lines.indices.contains(index) else { break }
            screen.draw(document.lines[index].segments, y: y + row, width: screen.width, theme: theme, focusedLink: focus)
        }
    }
}
