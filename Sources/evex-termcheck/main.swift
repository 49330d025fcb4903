// A test pattern for the terminal layer: wide and combining characters, hostile text drawn through
// DisplayText, the name of each key pressed, the size after each resize. `q` quits.
// The end-to-end tests drive it in tmux; it is also a quick manual check of a new terminal.
// With --allow-crash, `!` (a fatal error) and `@` (a stack overflow) crash the program on
// purpose, to check that the terminal is restored before the crash report.

import NcursesTerminal
import TerminalCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Sets the window title, writes the clipboard, clears the screen (8-bit CSI) and reverses text.
let hostile = "\u{1B}]0;PWNED-TITLE\u{7}\u{1B}]52;c;cHduZWQ=\u{7}\u{9B}2J\u{202E}desrever"

func name(of key: Key) -> String {
    switch key {
    case .character(" "): return "Space"
    case .character(let character): return String(character)
    case .control(let character): return "Ctrl-\(character.uppercased())"
    case .up: return "Up"
    case .down: return "Down"
    case .left: return "Left"
    case .right: return "Right"
    case .home: return "Home"
    case .end: return "End"
    case .pageUp: return "PageUp"
    case .pageDown: return "PageDown"
    case .enter: return "Enter"
    case .tab: return "Tab"
    case .backTab: return "Shift-Tab"
    case .backspace: return "Backspace"
    case .delete: return "Delete"
    case .escape: return "Escape"
    case .function(let number): return "F\(number)"
    case .mouse(let event): return "Mouse \(event.action) \(event.x),\(event.y)"
    case .resize: return "Resize"
    case .wake: return "Wake"
    }
}

func draw(size: Size, lastKey: String, count: Int) -> Screen {
    var screen = Screen(size: size)
    let title = Style(foreground: .white, background: .blue, bold: true)
    screen.fill(y: 0, style: title)
    screen.put(DisplayText("evex-termcheck \(size.width)x\(size.height)"), x: 0, y: 0, style: title)
    screen.put("wide: 日本語テキスト|", x: 0, y: 1)
    screen.put("marks: cafe\u{301} man\u{303}ana|", x: 0, y: 2)
    screen.put("emoji: 👍|", x: 0, y: 3)
    screen.put("hostile: " + DisplayText(hostile), x: 0, y: 4, style: Style(foreground: .red))
    screen.put(DisplayText("key: \(lastKey)"), x: 0, y: 5, style: Style(reverse: true))
    screen.put(DisplayText("keys: \(count)"), x: 0, y: 6, style: Style(underline: true))
    if size.height > 7 { screen.put("q quits", x: 0, y: size.height - 1, style: Style(dim: true)) }
    return screen
}

/// Recurses until the stack runs out.
func overflow(_ depth: Int) -> Int {
    var padding = (depth, depth, depth, depth)
    return withUnsafeMutableBytes(of: &padding) { $0.count } + overflow(depth + 1)
}

let allowCrash = CommandLine.arguments.dropFirst().contains("--allow-crash")

do {
    try NcursesTerminal.run { terminal in
        var lastKey = "none"
        var count = 0
        terminal.present(draw(size: terminal.size, lastKey: lastKey, count: count))
        while let key = terminal.nextKey() {
            if key == .character("q") { return }
            if allowCrash && key == .character("!") { fatalError("crash requested with !") }
            if allowCrash && key == .character("@") { print(overflow(1)) }
            lastKey = name(of: key)
            count += 1
            terminal.present(draw(size: terminal.size, lastKey: lastKey, count: count))
        }
    }
} catch {
    let message = "evex-termcheck: \(error)\n"
    _ = message.withCString { write(STDERR_FILENO, $0, strlen($0)) }
    exit(1)
}
