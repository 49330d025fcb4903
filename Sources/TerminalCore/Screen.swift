/// One cell of the screen: a grapheme and its style. A wide grapheme fills its cell, and the cell
/// to its right holds an empty `text` so the grid stays aligned.
public struct Cell: Sendable, Hashable {
    public var text: Character?
    public var style: Style

    public init(_ text: Character? = " ", style: Style = .plain) {
        self.text = text
        self.style = style
    }

    public static let blank = Cell()
}

/// An in-memory grid of cells that the UI draws into and the terminal copies to the real screen.
public struct Screen: Sendable, Hashable {
    public private(set) var size: Size
    public private(set) var cells: [Cell]

    public init(size: Size) {
        self.size = Size(width: max(0, size.width), height: max(0, size.height))
        cells = Array(repeating: .blank, count: self.size.width * self.size.height)
    }

    public var width: Int { size.width }
    public var height: Int { size.height }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * size.width + x] }
        set { cells[y * size.width + x] = newValue }
    }

    public mutating func clear(style: Style = .plain) {
        for index in cells.indices { cells[index] = Cell(" ", style: style) }
    }

    /// Fills row `y` from `x` to the end of the line (or `width` cells) with blanks in `style`.
    public mutating func fill(y: Int, from x: Int = 0, width: Int? = nil, style: Style) {
        guard y >= 0, y < size.height else { return }
        let end = min(size.width, x + (width ?? size.width))
        var column = max(0, x)
        while column < end {
            self[column, y] = Cell(" ", style: style)
            column += 1
        }
    }

    /// Draws `text` at (x, y), clipped to `maxWidth` cells and the screen's edge; returns the cells used.
    /// A wide character that would be cut in half is not drawn.
    @discardableResult
    public mutating func put(_ text: DisplayText, x: Int, y: Int, style: Style = .plain, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < size.height, x < size.width else { return 0 }
        let limit = min(size.width, x + (maxWidth ?? size.width))
        var column = x
        for character in text.characters {
            let width = CellWidth.of(character)
            if width == 0 {
                // Combining marks join the previous cell's grapheme.
                if column > x, column - 1 >= 0, let base = self[column - 1, y].text {
                    self[column - 1, y].text = Character(String(base) + String(character))
                }
                continue
            }
            if column + width > limit { break }
            if column >= 0 {
                self[column, y] = Cell(character, style: style)
                if width == 2 { self[column + 1, y] = Cell(nil, style: style) }
            }
            column += width
        }
        return column - x
    }

    /// Row `y` as plain text, wide characters once, trailing blanks removed: what a test compares.
    public func line(_ y: Int) -> String {
        var out = ""
        for x in 0..<size.width {
            if let character = self[x, y].text { out.append(character) }
        }
        while out.last == " " { out.removeLast() }
        return out
    }

    /// Every row, as `line(_:)` gives it.
    public var lines: [String] { (0..<size.height).map(line) }

    /// The screen as text, one row per line.
    public var text: String { lines.joined(separator: "\n") }
}
