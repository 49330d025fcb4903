import EventModel

/// One `:` command: its names, what it takes, what `?` says of it, and what it does.
struct ExplorerCommand: Sendable {
    /// The first is the name `?` shows; the others are short forms.
    let names: [String]
    /// The argument in the usage line ("ID", "FORMAT FILE"), empty when it takes none.
    let argument: String
    let help: String
    let completion: CompletionKind
    /// The command runs without its argument too (`:note` alone removes the note).
    var argumentOptional = false
    let run: @Sendable (inout Explorer, String) throws -> Void

    var usage: String { ":" + names[0] + (argument.isEmpty ? "" : " " + argument) }
}

/// What Tab completes in a command's argument.
enum CompletionKind: Sendable, Hashable {
    case none
    case entityName
    case entityID
    case format
    /// An entity kind (`:confirm`).
    case kind
    /// An alias of the entity in view (`:split`).
    case alias
    /// A predicate, then an entity name (`:relate`).
    case relation
}

/// Every `:` command: dispatch, `?` help, usage and "unknown command" messages all read this table.
enum CommandTable {
    static let all: [ExplorerCommand] = [
        ExplorerCommand(names: ["open", "o"], argument: "ID", help: "open an article or an entity by id", completion: .entityID) { explorer, argument in
            try explorer.openByID(argument)
        },
        ExplorerCommand(names: ["entity", "e"], argument: "NAME", help: "open an entity by name or alias", completion: .entityName) { explorer, argument in
            guard let entity = try explorer.store.resolveEntity(named: argument) else { throw ExplorerError.noEntity(argument) }
            try explorer.open(.entity(entity.id))
        },
        ExplorerCommand(names: ["search", "s"], argument: "QUERY", help: "search, results listed", completion: .none) { explorer, argument in
            try explorer.openSearch(argument)
        },
        ExplorerCommand(names: ["export", "w"], argument: "FORMAT FILE",
                        help: "write the entity in view and its neighbours (or the whole graph) as ftm, graphml, gexf, dot or csv",
                        completion: .format) { explorer, argument in
            try explorer.export(argument)
        },
        ExplorerCommand(names: ["note"], argument: "TEXT", help: "a note on the article or entity in view (alone: remove it)",
                        completion: .none, argumentOptional: true) { explorer, argument in
            try explorer.setNote(argument)
        },
        ExplorerCommand(names: ["starred"], argument: "", help: "what you starred", completion: .none) { explorer, _ in
            try explorer.open(.marks(.starred))
        },
        ExplorerCommand(names: ["notes"], argument: "", help: "your notes", completion: .none) { explorer, _ in
            try explorer.open(.marks(.notes))
        },
        ExplorerCommand(names: ["save"], argument: "NAME", help: "on a search: keep it under NAME", completion: .none) { explorer, argument in
            try explorer.saveSearch(argument)
        },
        ExplorerCommand(names: ["searches"], argument: "", help: "saved searches, with their unread articles", completion: .none) { explorer, _ in
            try explorer.open(.marks(.searches))
        },
        ExplorerCommand(names: ["confirm"], argument: "KIND", help: "confirm the entity in view or selected, as KIND if given (C)",
                        completion: .kind, argumentOptional: true) { explorer, argument in
            try explorer.confirmEntity(argument)
        },
        ExplorerCommand(names: ["reject"], argument: "", help: "reject the entity: it and its names are no longer shown or linked (X)",
                        completion: .none) { explorer, _ in
            try explorer.curate(.reject(try explorer.curatedEntity()))
        },
        ExplorerCommand(names: ["rename"], argument: "NAME", help: "rename the entity; the old name stays an alias (R)", completion: .none) { explorer, argument in
            try explorer.curate(.rename(try explorer.curatedEntity(), to: argument))
        },
        ExplorerCommand(names: ["merge"], argument: "ENTITY", help: "merge the entity into ENTITY: its names become aliases (M)",
                        completion: .entityName) { explorer, argument in
            try explorer.mergeEntity(into: argument)
        },
        ExplorerCommand(names: ["alias"], argument: "NAME", help: "add a name the entity goes by (A)", completion: .none) { explorer, argument in
            try explorer.curate(.alias(try explorer.curatedEntity(), add: argument))
        },
        ExplorerCommand(names: ["split"], argument: "ALIAS", help: "split a wrong alias off the entity; it becomes an entity (S)",
                        completion: .alias) { explorer, argument in
            try explorer.curate(.split(try explorer.curatedEntity(), alias: argument, kind: nil))
        },
        ExplorerCommand(names: ["relate"], argument: "PREDICATE ENTITY",
                        help: "add a relation from the entity to ENTITY, the sentence in view as evidence (+)", completion: .relation) { explorer, argument in
            try explorer.relate(argument)
        },
        ExplorerCommand(names: ["reject-relation"], argument: "", help: "reject the pattern or co-occurrence relation under the cursor (-)",
                        completion: .none) { explorer, _ in
            try explorer.rejectRelation()
        },
        ExplorerCommand(names: ["undo"], argument: "", help: "undo the last curation, also one made before a restart (U)", completion: .none) { explorer, _ in
            try explorer.undoCuration()
        },
        ExplorerCommand(names: ["diagnostics", "check"], argument: "", help: "files that could not be read, and why", completion: .none) { explorer, _ in
            try explorer.open(.diagnostics)
        },
        ExplorerCommand(names: ["quit", "q", "q!", "qa"], argument: "", help: "quit evex", completion: .none) { explorer, _ in
            explorer.isFinished = true
        },
    ]

    static func command(named name: Substring) -> ExplorerCommand? {
        all.first { $0.names.contains(String(name)) }
    }

    /// ":open, :entity, ..." for messages.
    static var names: String { all.map { ":" + $0.names[0] }.joined(separator: ", ") }

    /// Splits "entity Crocus City Hall" into the command name and its argument.
    static func split(_ line: String) -> (name: Substring, argument: String) {
        let trimmed = line.trimmingSpaces
        guard let space = trimmed.firstIndex(of: " ") else { return (Substring(trimmed), "") }
        return (trimmed[..<space], String(trimmed[space...]).trimmingSpaces)
    }
}
