import TerminalCore

/// Shared pieces of the list screens: a header row and the rows of a cursor.
enum ListDrawing {
    static func header(_ text: String, into screen: inout Screen, y: Int, theme: Theme) {
        screen.put(DisplayText(text), x: 0, y: y, style: theme.style(.heading), maxWidth: screen.width)
    }

    /// Draws each visible row with `drawRow(screen, index, y, selected)`; the selected row reversed.
    static func rows(
        _ cursor: ListCursor, into screen: inout Screen, y: Int, height: Int, theme: Theme,
        drawRow: (inout Screen, Int, Int, Bool) -> Void
    ) {
        for (row, index) in cursor.visible.enumerated() where row < height {
            let selected = index == cursor.selection
            if selected { screen.fill(y: y + row, style: theme.style(.selection)) }
            drawRow(&screen, index, y + row, selected)
        }
    }

    /// A role's style, reversed on the selected row so the selection shows without colour.
    static func style(_ role: Role, _ selected: Bool, _ theme: Theme) -> Style {
        var style = theme.style(role)
        if selected { style.reverse = true }
        return style
    }
}
