import ArgumentParser
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
            for diagnostic in try store.diagnostics() { FileHandle.standardError.write(Data((safe(diagnostic.description) + "\n").utf8)) }
            throw ValidationError("No article could be loaded from \(corpus.path). Articles are .txt or .md files; `evex check \(corpus.path)` explains each problem.")
        }
        let noColor = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        do {
            try NcursesTerminal.run { terminal in
                ExplorerUI.run(terminal: terminal, store: store, theme: noColor ? .monochrome : .standard)
            }
        } catch let error as TerminalStartError {
            throw ValidationError(error.description)
        }
    }
}
