import TerminalCore

extension LineEditor {
    /// Draws `label` then the line from `x`, scrolled sideways so that the cursor stays in view,
    /// the cell under the cursor in `cursorStyle`. Each character is sanitised on its own, so a
    /// control character shows as its placeholder and the cursor still lands where it is.
    func draw(label: DisplayText, into screen: inout Screen, x: Int, y: Int, width: Int, style: Style, cursorStyle: Style) {
        guard width > 0 else { return }
        let pieces = characters.map { DisplayText(String($0)) }
        let beforeCursor = pieces[..<cursor].reduce(0) { $0 + $1.width }
        var cursorCell = label.width + beforeCursor
        var first = 0
        if cursorCell >= width {
            // Too long: the label goes, then characters from the left, keeping a cell for the cursor.
            cursorCell = beforeCursor
            while cursorCell >= width, first < cursor {
                cursorCell -= pieces[first].width
                first += 1
            }
        }
        var used = first == 0 && cursorCell >= label.width ? screen.put(label, x: x, y: y, style: style, maxWidth: width) : 0
        for piece in pieces[first...] where used < width {
            used += screen.put(piece, x: x + used, y: y, style: style, maxWidth: width - used)
        }
        guard cursorCell >= 0, cursorCell < width else { return }
        let under = cursor < characters.count ? pieces[cursor].characters.first : nil
        screen[x + cursorCell, y] = Cell(under ?? " ", style: cursorStyle)
    }
}
