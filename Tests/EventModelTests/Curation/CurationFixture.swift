import EventModel
import Foundation

/// A small corpus in a temporary folder, invented for the curation tests: a minister, a union, a
/// harbour board, and the gazetteer's Malta and Valletta.
final class CurationFixture {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("evex-curation-\(UUID().uuidString)")
        try write("articles/strike.txt", """
            Dockers end the harbour strike

            Labour Minister Anna Kowal met the Dockers Union in Valletta on Monday.

            Anna Kowal said the Dockers Union would end the strike after the Harbour Board agreed to talks.

            Kowal thanked Malta for its patience. The Harbour Board praised the Dockers Union.

            """)
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    var curationText: String {
        (try? String(contentsOf: root.appendingPathComponent(KnowledgeParser.curationFileName), encoding: .utf8)) ?? ""
    }

    func load() -> Corpus { CorpusLoader.load(root: root) }

    /// The entity as a freshly loaded corpus has it.
    func entity(_ id: String) -> Entity? { load().entities.first { $0.id == id } }

    func file() throws -> CurationFile { try CurationFile(corpus: root) }
}

extension Corpus {
    func ties(_ subject: String, _ predicate: EventModel.Predicate, _ object: String, _ origin: RelationOrigin) -> [Relation] {
        relations.filter {
            $0.origin == origin && $0.predicate == predicate
                && (($0.subject == subject && $0.object == object) || ($0.subject == object && $0.object == subject))
        }
    }
}
