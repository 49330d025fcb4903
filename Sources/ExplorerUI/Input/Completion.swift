import EventModel

// MARK: - Tab in a prompt
extension Explorer {
    /// Completes what is typed: a command name, then the command's argument (an entity name or id,
    /// an export format); in the path prompt, an entity name. Several candidates complete to what
    /// they share and are listed on the status line.
    mutating func complete(_ prompt: inout Prompt) throws {
        let text = prompt.text
        switch prompt.purpose {
        case .path:
            try completeArgument(&prompt.editor, typed: text, kind: .entityName)
        case .command:
            let (name, argument) = CommandTable.split(text)
            guard text.contains(" ") else {
                let names = CommandTable.all.map { $0.names[0] }
                return apply(Self.candidates(names, startingWith: String(name)), to: &prompt.editor, suffix: " ")
            }
            guard let command = CommandTable.command(named: name) else { return }
            if command.completion == .format {
                // "FORMAT FILE": only the first word is a format.
                guard !argument.contains(" ") else { return }
                let formats = ExportFormat.allCases.map(\.rawValue)
                return apply(Self.candidates(formats, startingWith: argument), to: &prompt.editor, suffix: " ")
            }
            switch command.completion {
            case .kind:
                return apply(Self.candidates(EntityKind.allCases.map(\.rawValue), startingWith: argument), to: &prompt.editor, suffix: "")
            case .alias:
                let aliases = (try? curatedEntity().aliases) ?? []
                return completeWhole(&prompt.editor, typed: argument, with: Self.candidates(aliases, startingWith: argument))
            case .relation:
                // "PREDICATE ENTITY": a predicate first, then an entity name.
                let (predicate, name) = CommandTable.split(argument)
                guard argument.contains(" ") else {
                    return apply(Self.candidates(Self.predicates, startingWith: String(predicate)), to: &prompt.editor, suffix: " ")
                }
                try completeArgument(&prompt.editor, typed: name, kind: .entityName)
            default:
                try completeArgument(&prompt.editor, typed: argument, kind: command.completion)
            }
        }
    }

    /// Predicates `:relate` offers: those the extractor states, co-occurrence aside.
    static let predicates: [String] = [
        Predicate.memberOf, .allyOf, .atWarWith, .rivalOf, .branchOf, .roleOf, .locatedIn, .basedIn, .capitalOf, .citizenOf,
        .activeIn, .claimedResponsibilityFor, .blamedFor, .accused, .condemned, .arrested, .charged, .met, .visited, .supported,
        .attacked, .sanctioned,
    ].map(\.rawValue).sorted()

    /// Completes an argument of several words as a whole.
    private mutating func completeWhole(_ editor: inout LineEditor, typed: String, with matches: [String]) {
        let before = editor.text.dropLast(typed.count)
        var replaced = LineEditor(String(before))
        apply(matches, to: &replaced, suffix: "")
        if replaced.text != String(before) { editor.replace(with: replaced.text) }
    }

    private mutating func completeArgument(_ editor: inout LineEditor, typed: String, kind: CompletionKind) throws {
        guard kind == .entityName || kind == .entityID, !typed.isEmpty else { return }
        // As you type, a search takes the last word as a prefix and lists the entities whose name
        // or alias starts with the text: "crocus ci" finds Crocus City Hall.
        guard let results = try? store.search(typed, limit: 20, asYouType: true) else { return }
        let names = results.entities.map { kind == .entityID ? $0.id : $0.name }
        var matches = Self.candidates(names, startingWith: typed)
        if matches.isEmpty, let first = names.first { matches = [first] }
        // The argument may be several words: replace all of it, not the last word only.
        let before = editor.text.dropLast(typed.count)
        var replaced = LineEditor(String(before))
        apply(matches, to: &replaced, suffix: "")
        if replaced.text != String(before) { editor.replace(with: replaced.text) }
    }

    /// Completes to the one candidate, or to the prefix several share (listing them).
    private mutating func apply(_ candidates: [String], to editor: inout LineEditor, suffix: String) {
        guard let first = candidates.first else { return message = .info("No completion") }
        if candidates.count == 1 { return editor.completeWord(with: first + suffix) }
        var shared = first
        for candidate in candidates.dropFirst() {
            while !candidate.lowercased().hasPrefix(shared.lowercased()) { shared.removeLast() }
        }
        if shared.count > editor.wordBeforeCursor.word.count { editor.completeWord(with: shared) }
        message = .info(candidates.prefix(8).joined(separator: "  ") + (candidates.count > 8 ? "  …" : ""))
    }

    /// Candidates that start with `typed`, any case, in their order; unique.
    static func candidates(_ names: [String], startingWith typed: String) -> [String] {
        var seen = Set<String>()
        let folded = typed.lowercased()
        return names.filter { $0.lowercased().hasPrefix(folded) && seen.insert($0).inserted }
    }
}
