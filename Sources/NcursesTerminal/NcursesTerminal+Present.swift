import CNcurses
import TerminalCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension NcursesTerminal {
    /// Shows `screen`: only the cells that differ from the previous screen go to curses (see
    /// `Screen.changes(since:)`), then one refresh, so moving a selection rewrites two lines and
    /// nothing flickers. Cells outside the terminal are dropped; a screen smaller than the
    /// terminal leaves the rest blank.
    public func present(_ screen: Screen) {
        guard active else { return }
        let rows = min(screen.height, Int(evex_lines()))
        let columns = min(screen.width, Int(evex_cols()))
        let old: Screen? = previous?.size == screen.size ? previous : nil
        if old == nil { werase(evex_stdscr()) }
        if needsClearRepaint {
            clearok(evex_curscr(), true)
            needsClearRepaint = false
        }
        for change in screen.changes(since: old, columns: columns, rows: rows) {
            presentCell(screen[change.x, change.y], x: change.x, y: change.y, width: change.width)
        }
        wrefresh(evex_stdscr())
        previous = screen
    }

    /// Sends one cell that covers `width` columns (2: a whole wide character).
    private func presentCell(_ cell: Cell, x: Int, y: Int, width: Int) {
        guard let character = cell.text else {
            // A right half whose left half is gone: a blank.
            put(" ", style: cell.style, x: x, y: y)
            return
        }
        if width == 2 {
            putGlyph(character, cells: 2, style: cell.style, x: x, y: y)
        } else if CellWidth.of(character) != 1 {
            // A wide character with no room, or a zero-width one alone: a visible stand-in.
            put(Self.replacement, style: cell.style, x: x, y: y)
        } else {
            putGlyph(character, cells: 1, style: cell.style, x: x, y: y)
        }
    }

    /// Puts a grapheme that should fill `cells` columns. The terminal measures it with wcwidth,
    /// which may disagree with `CellWidth` (an emoji with VS16, a keycap): then the base is drawn
    /// narrow and padded with a blank, so the columns after it stay where the UI put them.
    /// Joiners, variation selectors and modifiers are dropped: terminals disagree on them.
    private func putGlyph(_ character: Character, cells: Int, style: Style, x: Int, y: Int) {
        var scalars = character.unicodeScalars.makeIterator()
        guard let base = scalars.next() else { return }
        let baseWidth = Int(evex_wcwidth(wchar_t(bitPattern: base.value)))
        guard baseWidth >= 1, baseWidth <= cells else {
            put(Self.replacement, style: style, x: x, y: y)
            if cells == 2 { put(" ", style: style, x: x + 1, y: y) }
            return
        }
        var text: [wchar_t] = [wchar_t(bitPattern: base.value)]
        let markLimit = Int(evex_ccharw_max()) - 1
        while let scalar = scalars.next(), text.count <= markLimit {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .spacingMark:
                if evex_wcwidth(wchar_t(bitPattern: scalar.value)) == 0 { text.append(wchar_t(bitPattern: scalar.value)) }
            default:
                break
            }
        }
        text.append(0)
        write(text, style: style, x: x, y: y)
        if baseWidth < cells { put(" ", style: style, x: x + 1, y: y) }
    }

    private func put(_ character: Unicode.Scalar, style: Style, x: Int, y: Int) {
        write([wchar_t(bitPattern: character.value), 0], style: style, x: x, y: y)
    }

    private func write(_ text: [wchar_t], style: Style, x: Int, y: Int) {
        let (attributes, pair) = colors.attributes(for: style)
        // The last cell of the screen makes curses report that it could not move the cursor
        // past it; the cell is drawn all the same.
        _ = evex_put(Int32(y), Int32(x), text, attributes, pair)
    }

    /// What stands in for a grapheme the terminal cannot show in its cells.
    static var replacement: Unicode.Scalar {
        evex_wcwidth(0xFFFD) == 1 ? "\u{FFFD}" : "?"
    }
}
