import ArgumentParser
import EventIndex
import EventModel
import Foundation

/// The corpus folder and where its index lives: shared by every subcommand.
struct CorpusOptions: ParsableArguments {
    @Argument(help: "The corpus folder (articles as .txt, .md, .html, .json (ninjs) or RSS/Atom feeds; knowledge.yaml).", completion: .directory)
    var path: String

    @Option(name: .customLong("index"), help: "The index file (default: in the cache folder, keyed by the corpus path).")
    var indexPath: String?

    @Option(name: .customLong("state"), help: "The file of your read marks, stars, notes and saved searches (default: .evex/state.sqlite in the corpus folder).")
    var statePath: String?

    var rootURL: URL { URL(fileURLWithPath: path).standardizedFileURL }

    func validateFolder() throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw ValidationError("No such folder: \(path). Give the folder that holds the articles.")
        }
        guard isFolder.boolValue else {
            throw ValidationError("\(path) is a file; give the folder that holds it.")
        }
    }

    /// The reader's marks: at `--state`, else beside the articles.
    func openState() throws -> UserStateFile {
        if let statePath { return try UserStateFile.open(path: URL(fileURLWithPath: statePath)) }
        return try UserStateFile.open(corpus: rootURL)
    }

    /// The corpus, synced and ready to query.
    func openStore() throws -> any CorpusStore {
        try validateFolder()
        return try StoreOpener.open(root: rootURL, indexPath: indexPath.map { URL(fileURLWithPath: $0) })
    }
}

/// `--json` for commands that print data scripts read.
struct OutputOptions: ParsableArguments {
    @Flag(help: "Print JSON instead of a table.")
    var json = false
}
