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
            // What Tab found goes on the right, the line being typed keeps the rest.
            var lineWidth = width
            if let message {
                let text = DisplayText(message.text)
                let shown = min(text.width, width / 2)
                if shown > 0 {
                    screen.column(text, x: width - shown, y: y, width: shown, style: status)
                    lineWidth = width - shown - 2
                }
            }
            // The cursor: a cell out of the reverse bar.
            prompt.editor.draw(label: DisplayText(prompt.label), into: &screen, x: 0, y: y, width: max(1, lineWidth), style: status, cursorStyle: .plain)
            return
        }
        var right = DisplayText(current.position)
        let breadcrumb = DisplayText(self.breadcrumb(fitting: width * 2 / 3))
        if message == nil {
            // Hints give way first when room runs out: the breadcrumb says where you are.
            let reserve = min(breadcrumb.width, width * 2 / 3)
            var hints = ActionTable.hints(for: current.kind)
            while let hint = hints.first, right.width + 2 + DisplayText(hints.joined(separator: "  ")).width > width - reserve - 2 {
                hints.removeAll { $0 == hint }
            }
            if !hints.isEmpty { right = right + "  " + DisplayText(hints.joined(separator: "  ")) }
        }
        let rightWidth = min(right.width, width)
        screen.column(right, x: width - rightWidth, y: y, width: rightWidth, style: status)
        let leftWidth = max(0, width - rightWidth - 2)
        if let message {
            var style = theme.style(message.isError ? .error : .status)
            style.reverse = true
            screen.put(DisplayText(message.text), x: 0, y: y, style: style, maxWidth: leftWidth)
        } else {
            screen.put(breadcrumb, x: 0, y: y, style: status, maxWidth: leftWidth)
        }
    }
}
