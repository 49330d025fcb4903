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

    /// A blank screen; a negative size counts as zero.
    public init(size: Size) {
        let width = max(0, size.width)
        let height = max(0, size.height)
        let (count, overflow) = width.multipliedReportingOverflow(by: height)
        self.size = overflow ? Size(width: 0, height: 0) : Size(width: width, height: height)
        cells = Array(repeating: .blank, count: overflow ? 0 : count)
    }

    public var width: Int { size.width }
    public var height: Int { size.height }

    /// The cell at column `x`, row `y`. Reading outside the screen gives a blank; writing there
    /// does nothing, so drawing code never needs to check the size first.
    ///
    /// This writes one cell as given. To draw text use `put`, which keeps wide characters whole.
    public subscript(x: Int, y: Int) -> Cell {
        get {
            guard contains(x: x, y: y) else { return .blank }
            return cells[y * size.width + x]
        }
        set {
            guard contains(x: x, y: y) else { return }
            cells[y * size.width + x] = newValue
        }
    }

    /// Whether (x, y) is on the screen.
    public func contains(x: Int, y: Int) -> Bool {
        x >= 0 && y >= 0 && x < size.width && y < size.height
    }

    public mutating func clear(style: Style = .plain) {
        for index in cells.indices { cells[index] = Cell(" ", style: style) }
    }

    /// Fills row `y` from `x` to the end of the line (or `width` cells) with blanks in `style`.
    /// A wide character cut by either end of the run is blanked whole.
    public mutating func fill(y: Int, from x: Int = 0, width: Int? = nil, style: Style) {
        guard y >= 0, y < size.height else { return }
        let start = max(0, x)
        let end = min(size.width, Self.end(of: x, width: width ?? size.width))
        var column = start
        while column < end {
            store(Cell(" ", style: style), x: column, y: y)
            column += 1
        }
    }

    /// Draws `text` at (x, y), clipped to `maxWidth` cells and the screen's edges; returns the
    /// columns it advanced (what it would have used on an unbounded line, up to the clip).
    ///
    /// A wide character that would be cut in half by the clip or an edge is not drawn; one that
    /// starts left of the screen leaves its visible half blank. Writing over half of a wide
    /// character already there blanks its other half, so the grid never holds half a character.
    /// Combining marks join the character drawn before them.
    @discardableResult
    public mutating func put(_ text: DisplayText, x: Int, y: Int, style: Style = .plain, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < size.height, x < size.width else { return 0 }
        let limit = min(size.width, Self.end(of: x, width: maxWidth ?? size.width))
        guard limit > x else { return 0 }
        var column = x
        var lastDrawn: Int?
        for character in text.characters {
            let width = CellWidth.of(character)
            if width == 0 {
                // Only when it still makes one grapheme (a lone joiner or format character may not).
                if let base = lastDrawn, let text = self[base, y].text {
                    let joined = String(text) + String(character)
                    if joined.count == 1, let combined = joined.first { cells[y * size.width + base].text = combined }
                }
                continue
            }
            if column + width > limit { break }
            if column >= 0 {
                store(Cell(character, style: style), x: column, y: y)
                if width == 2 { store(Cell(nil, style: style), x: column + 1, y: y) }
                lastDrawn = column
            } else {
                lastDrawn = nil
                // The left half is off screen: the right half shows as a blank.
                if column + width > 0 { store(Cell(" ", style: style), x: 0, y: y) }
            }
            column += width
        }
        return column - x
    }

    /// Writes `cell`, first blanking the other half of any wide character it splits.
    private mutating func store(_ cell: Cell, x: Int, y: Int) {
        let index = y * size.width + x
        let old = cells[index]
        if old.text == nil, cell.text != nil, x > 0, let left = cells[index - 1].text, CellWidth.of(left) == 2 {
            cells[index - 1] = Cell(" ", style: cells[index - 1].style)
        }
        if let text = old.text, CellWidth.of(text) == 2, x + 1 < size.width, cells[index + 1].text == nil {
            cells[index + 1] = Cell(" ", style: cells[index + 1].style)
        }
        cells[index] = cell
    }

    /// `x + width` without overflow, and never left of `x`.
    private static func end(of x: Int, width: Int) -> Int {
        let (sum, overflow) = x.addingReportingOverflow(max(0, width))
        return overflow ? Int.max : sum
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
