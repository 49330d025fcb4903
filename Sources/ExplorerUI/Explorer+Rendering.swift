import TerminalCore

// MARK: - Drawing
extension Explorer {
    /// Draws the current screen and the status line into `screen`; a screen of another size than the
    /// explorer's lays the explorer out for it first.
    public mutating func render(into screen: inout Screen) {
        if screen.size != size { resize(to: screen.size) }
        screen.clear()
        guard screen.width > 0, screen.height > 0 else { return }
        if isTooSmall {
            let text: DisplayText = screen.width >= 18 ? "terminal too small" : "too small"
            screen.put(text, x: 0, y: 0, style: theme.style(.error))
            return
        }
        let body = bodySize
        current.draw(into: &screen, height: body.height, theme: theme)
        drawStatus(into: &screen, y: screen.height - 1)
    }

    private func drawStatus(into screen: inout Screen, y: Int) {
        let status = theme.style(.status)
        screen.fill(y: y, style: status)
        let width = screen.width
        if let prompt {
            let used = screen.put(DisplayText(prompt.label) + DisplayText(prompt.text), x: 0, y: y, style: status)
            // The cursor: a cell out of the reverse bar.
            if used < width { screen[used, y] = Cell(" ", style: .plain) }
            return
        }
        var right = DisplayText(current.position)
        let hints = DisplayText(ActionTable.hints(for: current.kind))
        if message == nil && right.width + hints.width + 2 <= width / 2 { right = right + "  " + hints }
        let rightWidth = min(right.width, width)
        screen.column(right, x: width - rightWidth, y: y, width: rightWidth, style: status)
        let leftWidth = max(0, width - rightWidth - 2)
        if let message {
            var style = theme.style(message.isError ? .error : .status)
            style.reverse = true
            screen.put(DisplayText(message.text), x: 0, y: y, style: style, maxWidth: leftWidth)
        } else {
            screen.put(DisplayText(breadcrumb), x: 0, y: y, style: status, maxWidth: leftWidth)
        }
    }
}
