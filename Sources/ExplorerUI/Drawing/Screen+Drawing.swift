import TerminalCore

extension Screen {
    /// Draws segments left to right from `x`, within `width` cells; returns the cells used.
    /// Segments of `focusedLink` and the whole row when `selected` are drawn in reverse video.
    @discardableResult
    mutating func draw(
        _ segments: [Segment], x: Int = 0, y: Int, width: Int, theme: Theme, focusedLink: Int? = nil, selected: Bool = false
    ) -> Int {
        var column = x
        let end = x + width
        if selected { fill(y: y, from: x, width: width, style: theme.style(.selection)) }
        for segment in segments where column < end {
            var style = theme.style(segment.role)
            if selected || (segment.link != nil && segment.link == focusedLink) { style.reverse = true }
            column += put(segment.text, x: column, y: y, style: style, maxWidth: end - column)
        }
        return column - x
    }

    /// Draws `text` in a column of exactly `width` cells: clipped, or padded (on the left when
    /// `alignRight`), so the next column starts where it should even after wide characters.
    mutating func column(_ text: DisplayText, x: Int, y: Int, width: Int, style: Style, alignRight: Bool = false) {
        guard width > 0 else { return }
        let shown = min(text.width, width)
        let start = alignRight ? x + max(0, width - shown) : x
        put(text, x: start, y: y, style: style, maxWidth: width)
    }
}
