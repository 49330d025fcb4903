import Testing
import TerminalCore

@Suite("The in-memory terminal")
struct MemoryTerminalTests {
    @Test("scripted keys come back in order, then input ends")
    func scriptedKeys() {
        let terminal = MemoryTerminal(keys: [.down])
        terminal.send(.enter, .character("q"))
        terminal.type("/cs")
        let read = (0..<7).map { _ in terminal.nextKey() }
        #expect(read == [.down, .enter, .character("q"), .character("/"), .character("c"), .character("s"), nil])
        #expect(terminal.pendingKeys.isEmpty)
    }

    @Test("a new size queues a resize after the keys already sent")
    func resizeInOrder() {
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24))
        terminal.send(.down)
        terminal.size = Size(width: 10, height: 3)
        terminal.send(.up)
        terminal.size = Size(width: 10, height: 3)
        #expect(terminal.pendingKeys == [.down, .resize, .up])
        #expect(terminal.size == Size(width: 10, height: 3))
    }

    @Test("a negative size is taken as zero")
    func negativeSize() {
        let terminal = MemoryTerminal(size: Size(width: -1, height: 4))
        #expect(terminal.size == Size(width: 0, height: 4))
        terminal.size = Size(width: 5, height: -2)
        #expect(terminal.size == Size(width: 5, height: 0))
    }

    @Test("the last presented screen can be read back")
    func presented() {
        let terminal = MemoryTerminal(size: Size(width: 10, height: 2))
        #expect(terminal.screen == nil)
        #expect(terminal.text == "")
        var screen = Screen(size: terminal.size)
        screen.put("first", x: 0, y: 0)
        terminal.present(screen)
        screen.put("second", x: 0, y: 1)
        terminal.present(screen)
        #expect(terminal.presentCount == 2)
        #expect(terminal.lines == ["first", "second"])
        #expect(terminal.text == "first\nsecond")
    }
}
