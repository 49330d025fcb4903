/// Width and height in cells.
public struct Size: Sendable, Hashable {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
}

/// The seam between the explorer and a real terminal: ncurses in the app, an in-memory one in tests.
public protocol Terminal: AnyObject {
    var size: Size { get }
    /// Shows `screen`; implementations send only the cells that changed since the last call.
    func present(_ screen: Screen)
    /// Waits for the next key; nil when input has ended (the terminal went away).
    func nextKey() -> Key?
    /// Makes a waiting (or the next) `nextKey()` return ``Key/wake``. Safe to call from any thread.
    func wake()
}
