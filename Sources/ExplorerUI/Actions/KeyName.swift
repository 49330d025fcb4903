import TerminalCore

/// How a key is written in the help and the status line, the way vim and less users read it.
enum KeyName {
    static func of(_ key: Key) -> String {
        switch key {
        case .character(" "): return "Space"
        case .character(let c): return String(c)
        case .control(let c): return "Ctrl-\(String(c).uppercased())"
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .enter: return "Enter"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Delete"
        case .escape: return "Esc"
        case .function(let n): return "F\(n)"
        case .mouse: return "Mouse"
        case .resize: return "Resize"
        case .wake: return "Wake"
        }
    }
}
