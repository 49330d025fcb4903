/// The line at the bottom where `:` commands and the path target are typed.
struct Prompt: Sendable, Hashable {
    enum Purpose: Sendable, Hashable {
        case command
        case path(from: String)

        /// Lines typed at prompts of the same key share a history.
        var historyKey: String {
            switch self {
            case .command: return ":"
            case .path: return "path"
            }
        }
    }

    var purpose: Purpose
    var editor = LineEditor()

    var text: String { editor.text }

    var label: String {
        switch purpose {
        case .command: return ":"
        case .path: return "Path to: "
        }
    }
}
