/// A selection in a list of `count` rows of which `height` are visible from `top`.
///
/// It is a value: the history keeps a copy, and going back restores selection and scroll exactly.
struct ListCursor: Sendable, Hashable {
    private(set) var count = 0
    private(set) var selection = 0
    private(set) var top = 0
    private(set) var height = 1

    init(count: Int = 0, height: Int = 1) {
        self.count = max(0, count)
        self.height = max(1, height)
    }

    /// The rows on screen.
    var visible: Range<Int> { top..<min(count, top + height) }

    /// "12/345", or "0/0" for an empty list.
    var position: String { count == 0 ? "0/0" : "\(selection + 1)/\(count)" }

    mutating func setCount(_ newCount: Int) {
        count = max(0, newCount)
        clamp()
    }

    mutating func setHeight(_ newHeight: Int) {
        height = max(1, newHeight)
        clamp()
    }

    mutating func move(by delta: Int) {
        selection += delta
        clamp()
    }

    mutating func select(_ row: Int) {
        selection = row
        clamp()
    }

    /// Applies a movement key's action (j/k, g/G, the page keys); false for any other action.
    mutating func apply(_ action: Action) -> Bool {
        switch action {
        case .down: move(by: 1)
        case .up: move(by: -1)
        case .top: toTop()
        case .bottom: toBottom()
        case .pageDown: page(1)
        case .pageUp: page(-1)
        default: return false
        }
        return true
    }

    mutating func toTop() { select(0) }
    mutating func toBottom() { select(count - 1) }

    /// Moves a page like less: the view and the selection both move by a screenful.
    mutating func page(_ direction: Int) {
        top += direction * height
        selection += direction * height
        top = max(0, min(top, count - height))
        clamp()
    }

    /// Scrolls the view without moving the selection further than needed (the mouse wheel).
    mutating func scroll(by delta: Int) {
        top = max(0, min(top + delta, count - height))
        if selection < top { selection = top }
        if selection >= top + height { selection = top + height - 1 }
        clamp()
    }

    private mutating func clamp() {
        selection = max(0, min(selection, count - 1))
        if selection < top { top = selection }
        if selection >= top + height { top = selection - height + 1 }
        top = max(0, min(top, max(0, count - height)))
    }
}
