import ArgumentParser
import EventIndex
import EventModel
import ExplorerUI
import Foundation
import NcursesTerminal

struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse", abstract: "Open the full-screen explorer on the corpus (the default).")

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let store = try corpus.openStore()
        let counts = try store.counts()
        if counts.articles == 0 {
            // Nothing to browse: say why on the plain terminal rather than open an empty screen.
            for diagnostic in try store.diagnostics() { printError(safe(diagnostic.description)) }
            // Not a ValidationError: the command line was right, so no usage text; status 1, as `check` gives.
            printError("Error: No article could be loaded from \(safe(corpus.path)). Articles are .txt, .md, .html, ninjs .json files or RSS/Atom feeds; `evex check \(safe(corpus.path))` explains each problem.")
            throw ExitCode(1)
        }
        let noColor = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        let state = try corpus.openState()
        do {
            try NcursesTerminal.run { terminal in
                ExplorerUI.run(terminal: terminal, store: store, state: state, theme: noColor ? .monochrome : .standard)
            }
        } catch let error as TerminalStartError {
            printError("Error: \(error.description)")
            throw ExitCode(1)
        }
    }

    private func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
