import TerminalCore

/// One line of text being typed, with a cursor: what every prompt (`:`, `/`, the path prompt) edits
/// with the same keys, those of readline and the shells.
struct LineEditor: Sendable, Hashable {
    private(set) var characters: [Character]
    /// Index into `characters` where the next character goes.
    private(set) var cursor: Int

    init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    var text: String { String(characters) }
    var isEmpty: Bool { characters.isEmpty }

    /// What a key did, for the prompt that owns the line to act on.
    enum Outcome: Sendable, Hashable {
        /// The text changed.
        case edited
        /// Only the cursor moved.
        case moved
        case submit
        /// Esc, Ctrl-C, Ctrl-G, or Backspace on an empty line: leave the prompt.
        case cancel
        /// Up or Down: an older or newer line from the history.
        case history(older: Bool)
        /// Tab: complete the word before the cursor.
        case complete
        /// Not an editing key.
        case ignored
    }

    /// The keys, in the words `?` shows them.
    static let keys: [(keys: String, help: String)] = [
        ("Left, Right", "move the cursor"),
        ("Home, End", "start, end of the line (also Ctrl-A, Ctrl-E)"),
        ("Backspace, Delete", "delete before, at the cursor"),
        ("Ctrl-W", "delete the word before the cursor"),
        ("Ctrl-U, Ctrl-K", "delete to the start, to the end"),
        ("Up, Down", "earlier lines typed at this prompt"),
        ("Tab", "complete a command, format or entity name"),
        ("Enter", "run it"),
        ("Esc, Ctrl-C, Ctrl-G", "leave the prompt"),
    ]

    mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .character(let character):
            characters.insert(character, at: cursor)
            cursor += 1
            return .edited
        case .backspace:
            guard cursor > 0 else { return characters.isEmpty ? .cancel : .moved }
            cursor -= 1
            characters.remove(at: cursor)
            return .edited
        case .delete:
            guard cursor < characters.count else { return .moved }
            characters.remove(at: cursor)
            return .edited
        case .left: cursor = max(0, cursor - 1); return .moved
        case .right: cursor = min(characters.count, cursor + 1); return .moved
        case .home, .control("a"): cursor = 0; return .moved
        case .end, .control("e"): cursor = characters.count; return .moved
        case .control("u"):
            characters.removeFirst(cursor)
            cursor = 0
            return .edited
        case .control("k"):
            characters.removeLast(characters.count - cursor)
            return .edited
        case .control("w"):
            let start = wordStart(before: cursor)
            characters.removeSubrange(start..<cursor)
            cursor = start
            return .edited
        case .up: return .history(older: true)
        case .down: return .history(older: false)
        case .tab: return .complete
        case .enter: return .submit
        case .escape, .control("c"), .control("g"): return .cancel
        default: return .ignored
        }
    }

    /// Replaces the whole line (a line from the history), cursor at its end.
    mutating func replace(with text: String) {
        characters = Array(text)
        cursor = characters.count
    }

    /// The word the cursor is at the end of, and the text before it: what Tab completes.
    var wordBeforeCursor: (before: String, word: String) {
        let start = wordStart(before: cursor, stopAtSpace: true)
        return (String(characters[..<start]), String(characters[start..<cursor]))
    }

    /// Replaces the word before the cursor with `completion`.
    mutating func completeWord(with completion: String) {
        let start = wordStart(before: cursor, stopAtSpace: true)
        let inserted = Array(completion)
        characters.replaceSubrange(start..<cursor, with: inserted)
        cursor = start + inserted.count
    }

    /// Where the word that ends at `index` starts: spaces before it are part of what Ctrl-W deletes.
    private func wordStart(before index: Int, stopAtSpace: Bool = false) -> Int {
        var start = index
        if !stopAtSpace { while start > 0, characters[start - 1] == " " { start -= 1 } }
        while start > 0, characters[start - 1] != " " { start -= 1 }
        return start
    }
}

/// Lines entered at one prompt, newest last, and where Up/Down have got to.
struct PromptHistory: Sendable, Hashable {
    private(set) var lines: [String] = []
    private var position: Int?
    /// The line being typed before Up was first pressed, given back by Down past the newest.
    private var draft = ""
    static let capacity = 100

    mutating func record(_ line: String) {
        position = nil
        guard !line.isEmpty else { return }
        lines.removeAll { $0 == line }
        lines.append(line)
        if lines.count > Self.capacity { lines.removeFirst(lines.count - Self.capacity) }
    }

    /// The line to show after Up (`older`) or Down, or nil when there is none further that way.
    mutating func step(older: Bool, current: String) -> String? {
        guard !lines.isEmpty else { return nil }
        if older {
            let next: Int
            if let position { next = position - 1 } else { draft = current; next = lines.count - 1 }
            guard next >= 0 else { return nil }
            position = next
            return lines[next]
        }
        guard let position else { return nil }
        if position + 1 < lines.count {
            self.position = position + 1
            return lines[position + 1]
        }
        self.position = nil
        return draft
    }
}
