import EventModel
import Foundation
import TerminalCore

// MARK: - The command line
extension Explorer {
    mutating func handlePrompt(_ key: Key) throws {
        guard var line = prompt else { return }
        switch key {
        case .character(let character):
            line.text.append(character)
            prompt = line
        case .backspace, .delete:
            if line.text.isEmpty {
                prompt = nil
            } else {
                line.text.removeLast()
                prompt = line
            }
        case .escape, .control("c"), .control("g"):
            prompt = nil
        case .control("u"):
            line.text = ""
            prompt = line
        case .enter:
            prompt = nil
            switch line.purpose {
            case .command: try run(command: line.text)
            case .path(let from): try findPath(from: from, to: line.text)
            }
        default:
            break
        }
    }

    /// `:open ID`, `:entity NAME`, `:search QUERY`, `:quit`.
    mutating func run(command: String) throws {
        let trimmed = command.trimmingSpaces
        guard !trimmed.isEmpty else { return }
        let name: Substring, argument: String
        if let space = trimmed.firstIndex(of: " ") {
            name = trimmed[..<space]
            argument = String(trimmed[space...]).trimmingSpaces
        } else {
            name = Substring(trimmed)
            argument = ""
        }
        switch name {
        case "q", "quit", "q!", "qa":
            isFinished = true
        case "open", "o":
            guard !argument.isEmpty else { return message = .error("Usage: :open ID") }
            if try store.article(id: argument) != nil {
                try open(.article(id: argument, sentence: nil))
            } else if try store.entity(id: argument) != nil {
                try open(.entity(argument))
            } else {
                message = .error("No article or entity with id \u{201C}\(argument)\u{201D}")
            }
        case "entity", "e":
            guard !argument.isEmpty else { return message = .error("Usage: :entity NAME") }
            guard let entity = try store.resolveEntity(named: argument) else { throw ExplorerError.noEntity(argument) }
            try open(.entity(entity.id))
        case "search", "s":
            guard !argument.isEmpty else { return message = .error("Usage: :search QUERY") }
            var screen = try SearchScreen(query: argument, editing: false, context: context)
            try screen.layout(size: bodySize, context: context)
            lastSearch = screen.results.terms
            backStack.push(current)
            current = screen
            forwardStack.removeAll()
        case "diagnostics", "check":
            try open(.diagnostics)
        case "export", "w":
            try export(argument)
        default:
            message = .error("Unknown command :\(name); try :open ID, :entity NAME, :search QUERY, :export FORMAT FILE, :diagnostics or :quit")
        }
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
