import TerminalCore

/// Times each key from the press to the rendered screen, over a fixed session of the kinds of key
/// issue 4 names: j/k, page moves, opening an article (and coming back), each keystroke of a search.
enum UILatency {
    enum Category: String, CaseIterable {
        case move, page, open, search
    }

    struct Step {
        var key: Key
        /// nil: pressed but not counted (going back, opening the prompt, leaving it).
        var category: Category?
    }

    /// The session: deterministic, built from words the workload searches for.
    static func session(searchWords: [String]) -> [Step] {
        var steps: [Step] = []
        for round in 0..<3 {
            steps += Array(repeating: Step(key: .character("j"), category: .move), count: 30)
            steps += Array(repeating: Step(key: .character("k"), category: .move), count: 10)
            steps += Array(repeating: Step(key: .pageDown, category: .page), count: 8 + round)
            steps += Array(repeating: Step(key: .pageUp, category: .page), count: 3)
            for _ in 0..<5 {
                steps.append(Step(key: .enter, category: .open))
                steps.append(Step(key: .backspace, category: nil))
                steps.append(Step(key: .character("j"), category: .move))
            }
        }
        for word in searchWords {
            steps.append(Step(key: .character("/"), category: nil))
            for character in word { steps.append(Step(key: .character(character), category: .search)) }
            steps.append(Step(key: .escape, category: nil))
        }
        return steps
    }

    /// Milliseconds per counted key, by category.
    static func run(_ driver: inout ExplorerDriver, session: [Step]) throws -> [Category: [Double]] {
        var times: [Category: [Double]] = [:]
        for step in session {
            let (_, milliseconds) = try Clock.measure { try driver.press(step.key) }
            if let category = step.category { times[category, default: []].append(milliseconds) }
        }
        return times
    }
}
