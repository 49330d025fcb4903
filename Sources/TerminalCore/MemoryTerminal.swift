/// A terminal that lives in memory: keys come from a script, the size is set by hand, and the last
/// presented screen can be read back. For tests and benchmarks of anything that draws.
///
/// ```swift
/// let terminal = MemoryTerminal(size: Size(width: 40, height: 10))
/// terminal.send(.down, .down, .enter)
/// terminal.type("/csto")
/// terminal.size = Size(width: 10, height: 3)   // queues `.resize` after the keys above
/// app.run(on: terminal)                         // nextKey() returns nil once the script is used up
/// #expect(terminal.screen?.line(0) == "…")
/// ```
public final class MemoryTerminal: Terminal {
    /// The terminal's size. Setting a different size queues `.resize`, as a real terminal would.
    public var size: Size {
        didSet {
            size = Size(width: max(0, size.width), height: max(0, size.height))
            if size != oldValue { pending.append(.resize) }
        }
    }

    /// The last screen passed to `present(_:)`, nil before the first.
    public private(set) var screen: Screen?
    /// How many times `present(_:)` was called.
    public private(set) var presentCount = 0
    /// Keys queued and not yet read by `nextKey()`.
    public var pendingKeys: [Key] { Array(pending[head...]) }

    private var pending: [Key] = []
    private var head = 0

    public init(size: Size = Size(width: 80, height: 24), keys: [Key] = []) {
        self.size = Size(width: max(0, size.width), height: max(0, size.height))
        pending = keys
    }

    /// Queues keys after those already queued.
    public func send(_ keys: Key...) { send(keys) }

    /// Queues keys after those already queued.
    public func send(_ keys: [Key]) { pending.append(contentsOf: keys) }

    /// Queues each character of `text` as a `.character` key.
    public func type(_ text: String) { pending.append(contentsOf: text.map(Key.character)) }

    /// Queues ``Key/wake`` after the keys already queued.
    public func wake() { pending.append(.wake) }

    public func present(_ screen: Screen) {
        self.screen = screen
        presentCount += 1
    }

    /// The next queued key, or nil when the script is used up (as a real terminal at end of input).
    public func nextKey() -> Key? {
        guard head < pending.count else { return nil }
        defer {
            head += 1
            if head == pending.count {
                pending.removeAll(keepingCapacity: true)
                head = 0
            }
        }
        return pending[head]
    }

    /// The last presented screen as text, one row per line; empty before the first `present(_:)`.
    public var text: String { screen?.text ?? "" }

    /// The rows of the last presented screen, trailing blanks removed.
    public var lines: [String] { screen?.lines ?? [] }
}
