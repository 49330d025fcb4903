import ArgumentParser
import EventIndex
import Foundation

@main
struct Evex: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evex",
        abstract: "Explore a folder of news articles: who is in them, how they are tied, and which sentence says so.",
        discussion: """
            The first argument is always the corpus folder. With no subcommand, evex opens the \
            full-screen explorer on it.

              evex samples/crocus
              evex check samples/crocus
              evex search samples/crocus 'entity:CSTO after:2024-03-22'
            """,
        subcommands: [
            BrowseCommand.self, CheckCommand.self, ArticlesCommand.self, EntitiesCommand.self,
            RelationsCommand.self, EventsCommand.self, ShowCommand.self, MentionsCommand.self, SearchCommand.self, ExportCommand.self,
            StateCommand.self, CurateCommand.self, IndexCommand.self,
        ],
        defaultSubcommand: BrowseCommand.self
    )

    /// Parses, runs, and reports errors as ArgumentParser would, except that every message goes
    /// through the terminal sanitiser first: an error may quote a query, a name or a path the user
    /// typed (or pasted from an article), and an escape sequence in it must not reach the terminal.
    static func main() {
        do {
            var command = try parseAsRoot(CurateCommand.normalized(SearchArguments.normalized(Array(CommandLine.arguments.dropFirst()))))
            do {
                try command.run()
            } catch let error as IndexError where error.code == .corruptIndex {
                // The query that met the damage marked the index; opening it again rebuilds it.
                FileHandle.standardError.write(Data("evex: \(safe(error.path)): the index was damaged; rebuilding it from the corpus\n".utf8))
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            let message = safeLines(fullMessage(for: error))
            if !message.isEmpty {
                let stream = code == .success ? FileHandle.standardOutput : FileHandle.standardError
                stream.write(Data((message + "\n").utf8))
            }
            Foundation.exit(code.rawValue)
        }
    }
}
