import EventModel
import ExplorerUI
import Foundation
import TerminalCore

/// An invented corpus in a temporary folder, loaded in memory, with an explorer that can curate it:
/// each write reloads the folder, as the index's sync does in `evex`.
final class CurationCorpus {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("evex-ui-curation-\(UUID().uuidString)")
        let article = root.appendingPathComponent("articles/strike.txt")
        try FileManager.default.createDirectory(at: article.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("""
            Dockers end the harbour strike

            Labour Minister Anna Kowal met the Dockers Union in Valletta on Monday.

            Anna Kowal said the Dockers Union would end the strike after the Harbour Board agreed to talks.

            Kowal thanked Malta for its patience. The Harbour Board praised the Dockers Union.

            """.utf8).write(to: article)
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    func load() -> Corpus { CorpusLoader.load(root: root) }

    /// An explorer on the folder as it is now, as a fresh start of evex would open it.
    func harness(height: Int = 30) throws -> Harness {
        let root = self.root
        let access = CurationAccess(corpus: root) { MemoryCorpusStore(CorpusLoader.load(root: root)) }
        let explorer = Explorer(store: MemoryCorpusStore(load()), curation: access, size: Size(width: 100, height: height))
        return Harness(explorer: explorer)
    }

    var curationText: String {
        (try? String(contentsOf: root.appendingPathComponent(KnowledgeParser.curationFileName), encoding: .utf8)) ?? ""
    }
}

extension Harness {
    /// Opens an entity's page through `:open`.
    mutating func openEntity(_ id: String) {
        press(.character(":"))
        type("open \(id)")
        press(.enter)
    }

    /// Runs a `:` command line.
    mutating func command(_ line: String) {
        press(.character(":"))
        type(line)
        press(.enter)
    }
}
