/// One place where the screen differs from what the terminal shows: the character at (x, y)
/// covering `width` columns (2 for a whole wide character, else 1).
public struct ScreenChange: Sendable, Hashable {
    public var x: Int
    public var y: Int
    public var width: Int

    public init(x: Int, y: Int, width: Int) {
        self.x = x
        self.y = y
        self.width = width
    }
}

extension Screen {
    /// The cells that differ from `previous`, row by row, left to right: what a terminal has to
    /// send so that it shows this screen. Every cell when `previous` is nil or another size.
    ///
    /// A wide character is one change at its left half, reported when either half changed; a
    /// wide character cut by the `columns` limit, or a right half with no left half, is a change
    /// of width 1 for the terminal to blank. Cells beyond `columns` x `rows` (the terminal's size,
    /// when it is smaller than the screen) are left out.
    public func changes(since previous: Screen?, columns: Int? = nil, rows: Int? = nil) -> [ScreenChange] {
        let old = previous?.size == size ? previous : nil
        let width = min(size.width, max(0, columns ?? size.width))
        let height = min(size.height, max(0, rows ?? size.height))
        var changes: [ScreenChange] = []
        for y in 0..<height {
            var x = 0
            while x < width {
                let cell = self[x, y]
                let isWide = cell.text.map { CellWidth.of($0) == 2 } == true && x + 1 < width && self[x + 1, y].text == nil
                let covered = isWide ? 2 : 1
                let changed = old.map { old in
                    old[x, y] != cell || (isWide && old[x + 1, y] != self[x + 1, y])
                } ?? true
                if changed { changes.append(ScreenChange(x: x, y: y, width: covered)) }
                x += covered
            }
        }
        return changes
    }
}
