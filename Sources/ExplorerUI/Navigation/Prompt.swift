/// A line of text typed in the status line: the `:` command line, or the target of a path.
struct Prompt: Sendable, Hashable {
    enum Purpose: Sendable, Hashable {
        case command
        case path(from: String)
    }

    var purpose: Purpose
    var text = ""

    var label: String {
        switch purpose {
        case .command: return ":"
        case .path: return "Path to: "
        }
    }
}
