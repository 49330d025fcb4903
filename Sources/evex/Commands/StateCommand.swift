import ArgumentParser
import EventIndex
import EventModel
import Foundation

/// `evex state export|import`: the reader's marks (read, starred, notes, saved searches) as JSON
/// lines, for backup and for sharing with a colleague who has the same corpus.
struct StateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "state",
        abstract: "Back up or restore what you marked: read, starred, notes, saved searches.",
        discussion: "They live in the corpus folder, in .evex/state.sqlite; a rebuild of the index keeps them.",
        subcommands: [Export.self, Import.self])

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the marks as JSON lines.")
        @Argument(help: "The corpus folder.", completion: .directory) var path: String
        @Option(name: .customLong("state"), help: "The state file, when not the corpus's own.") var statePath: String?

        func run() throws {
            let state = try StateCommand.open(path, statePath)
            FileHandle.standardOutput.write(Data(try state.exportLines().utf8))
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Read marks written by `evex state export`; each replaces the mark of the same article, entity or search.")
        @Argument(help: "The corpus folder.", completion: .directory) var path: String
        @Argument(help: "The JSON lines file (default: standard input).", completion: .file()) var file: String?
        @Option(name: .customLong("state"), help: "The state file, when not the corpus's own.") var statePath: String?

        func run() throws {
            let state = try StateCommand.open(path, statePath)
            let text: String
            if let file {
                guard let data = FileManager.default.contents(atPath: file) else {
                    throw ValidationError("Cannot read \(file).")
                }
                text = String(decoding: data, as: UTF8.self)
            } else {
                text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
            }
            let count = try state.importLines(text, source: file ?? "standard input")
            print("\(count) mark\(count == 1 ? "" : "s") imported.")
        }
    }

    static func open(_ path: String, _ statePath: String?) throws -> UserStateFile {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
            throw ValidationError("No such folder: \(path). Give the folder that holds the articles.")
        }
        if let statePath { return try UserStateFile.open(path: URL(fileURLWithPath: statePath)) }
        return try UserStateFile.open(corpus: URL(fileURLWithPath: path).standardizedFileURL)
    }
}
