/// A key press, a mouse event or a resize, as the UI receives it from any terminal.
public enum Key: Sendable, Hashable {
    case character(Character)
    /// Ctrl plus a letter, lowercase: `.control("c")`.
    case control(Character)
    case up, down, left, right
    case home, end, pageUp, pageDown
    case enter, tab, backTab, backspace, delete, escape
    case function(Int)
    case mouse(MouseEvent)
    /// The terminal changed size; the new size is the terminal's `size`.
    case resize
    /// Not a key: work running beside the screen (a sync of the folder) asked to be looked at,
    /// through ``Terminal/wake()``.
    case wake
}

public struct MouseEvent: Sendable, Hashable {
    public enum Action: Sendable, Hashable {
        case press, wheelUp, wheelDown
    }
    public var action: Action
    public var x: Int
    public var y: Int

    public init(action: Action, x: Int, y: Int) {
        self.action = action
        self.x = x
        self.y = y
    }
}
