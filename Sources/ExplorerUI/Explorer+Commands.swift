import EventModel
import Foundation
import TerminalCore

// MARK: - The command line
extension Explorer {
    mutating func handlePrompt(_ key: Key) throws {
        guard var line = prompt else { return }
        switch line.editor.handle(key) {
        case .edited, .moved, .ignored:
            prompt = line
        case .cancel:
            prompt = nil
        case .history(let older):
            var history = histories[line.purpose.historyKey, default: PromptHistory()]
            if let text = history.step(older: older, current: line.text) { line.editor.replace(with: text) }
            histories[line.purpose.historyKey] = history
            prompt = line
        case .complete:
            try complete(&line)
            prompt = line
        case .submit:
            prompt = nil
            histories[line.purpose.historyKey, default: PromptHistory()].record(line.text.trimmingSpaces)
            switch line.purpose {
            case .command: try run(command: line.text)
            case .path(let from): try findPath(from: from, to: line.text)
            }
        }
    }

    /// Runs a `:` line through ``CommandTable``.
    mutating func run(command line: String) throws {
        let (name, argument) = CommandTable.split(line)
        guard !name.isEmpty else { return }
        guard let command = CommandTable.command(named: name) else {
            return message = .error("Unknown command :\(name); the commands are \(CommandTable.names) (? lists them)")
        }
        guard command.argument.isEmpty || command.argumentOptional || !argument.isEmpty else { return message = .error("Usage: \(command.usage)") }
        try command.run(&self, argument)
    }

    /// `:open ID`: an article, else an entity.
    mutating func openByID(_ id: String) throws {
        if try store.article(id: id) != nil {
            try open(.article(id: id, sentence: nil))
        } else if try store.entity(id: id) != nil {
            try open(.entity(id))
        } else {
            message = .error("No article or entity with id \u{201C}\(id)\u{201D}")
        }
    }

    /// `:search QUERY`: the results as a list, not a prompt.
    mutating func openSearch(_ query: String) throws {
        var screen = try SearchScreen(query: query, editing: false, context: context)
        try screen.layout(size: bodySize, context: context)
        lastSearch = screen.results.terms
        backStack.push(current)
        current = screen
        forwardStack.removeAll()
    }

    /// `:export FORMAT FILE`: the current entity's neighbourhood (one hop), or the whole graph
    /// when no entity is in view.
    mutating func export(_ argument: String) throws {
        let parts = argument.split(separator: " ", maxSplits: 1).map(String.init)
        let formats = ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")
        guard parts.count == 2, let format = ExportFormat(rawValue: parts[0].lowercased()) else {
            return message = .error("Usage: :export FORMAT FILE, FORMAT one of \(formats)")
        }
        let path = (parts[1].trimmingSpaces as NSString).expandingTildeInPath
        let entity = current.currentEntity
        do {
            try AtomicFile.write(to: URL(fileURLWithPath: path)) { handle in
                let out = ExportOutput(handle: handle)
                try Exporter.export(store, format: format, filter: ExportFilter(entity: entity, hops: 1), to: out)
                try out.finish()
            }
        } catch let error as AtomicFile.WriteError {
            return message = .error(error.description)
        } catch let error as CocoaError {
            return message = .error("\(path): \(error.localizedDescription)")
        }
        let what = entity.map { "the neighbourhood of \($0)" } ?? "the whole graph"
        message = .info("Wrote \(what) as \(format.rawValue) to \(path)")
    }

    mutating func findPath(from source: String, to name: String) throws {
        let trimmed = name.trimmingSpaces
        guard !trimmed.isEmpty else { return }
        guard let target = try store.resolveEntity(named: trimmed) else { throw ExplorerError.noEntity(trimmed) }
        try open(.path(from: source, to: target.id))
    }
}
