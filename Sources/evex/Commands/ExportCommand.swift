import ArgumentParser
import EventModel
import Foundation

extension ExportFormat: ExpressibleByArgument {}
extension CSVTable: ExpressibleByArgument {}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the entity graph for other tools: FollowTheMoney, GraphML, GEXF, DOT or CSV.",
        discussion: """
            ftm (JSON lines for Aleph and the ftm tools, articles included), graphml (Gephi, Cytoscape, \
            networkx), gexf (Gephi), dot (Graphviz), csv (one table: --table entities, relations or mentions).
            Filters keep entities of --kind, within --hops of --entity, and relations of --origin whose two
            ends are kept. The same corpus gives the same bytes.

              evex export samples/crocus --format gexf --output crocus.gexf
              evex export samples/crocus --format dot --entity CSTO --hops 2 | dot -Tsvg > csto.svg
            """)

    @OptionGroup var corpus: CorpusOptions
    @Option(help: "ftm, graphml, gexf, dot or csv.")
    var format: ExportFormat
    @Option(help: "The file to write (default: standard output). It is replaced only once the export is complete.")
    var output: String?
    @Option(help: "For csv: entities, relations or mentions.")
    var table: CSVTable = .relations
    @Option(help: "Only entities of this kind: organisation, country, person, place, event or other.")
    var kind: EntityKind?
    @Option(help: "Only relations of this origin: curated, pattern or cooccurrence.")
    var origin: RelationOrigin?
    @Option(help: "Only the neighbourhood of this entity (id, name or alias).")
    var entity: String?
    @Option(help: "With --entity: how many relations away from it to go.")
    var hops = 1

    func validate() throws {
        guard hops >= 0 else { throw ValidationError("--hops must be 0 or more.") }
    }

    func run() throws {
        let store = try corpus.openStore()
        var filter = ExportFilter(kind: kind, origin: origin, hops: hops)
        if let entity {
            guard let found = try store.resolveEntity(named: entity) else {
                throw ValidationError("No entity is called \"\(entity)\". `evex entities \(corpus.path)` lists them.")
            }
            filter.entity = found.id
        }
        guard let output else {
            // On a terminal, article text goes through the sanitiser like every other listing.
            let sanitise: ((String) -> String)? = isatty(STDOUT_FILENO) == 1 ? { safeLines($0) } : nil
            let out = ExportOutput(handle: FileHandle.standardOutput, transform: sanitise)
            try Exporter.export(store, format: format, filter: filter, table: table, to: out)
            try out.finish()
            return
        }
        try AtomicFile.write(to: URL(fileURLWithPath: output)) { handle in
            let out = ExportOutput(handle: handle)
            try Exporter.export(store, format: format, filter: filter, table: table, to: out)
            try out.finish()
        }
    }
}
