import ArgumentParser
import EventModel

struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities", abstract: "List the entities the articles name, most mentioned first.")

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var output: OutputOptions
    @Option(help: "Only this kind: organisation, country, person, place, event or other.")
    var kind: EntityKind?
    @Flag(help: "Include entities that no article mentions (curated ones only in the knowledge file).")
    var all = false

    func run() throws {
        let store = try corpus.openStore()
        let summaries = try store.allEntities(kind: kind).filter { all || $0.mentions > 0 || $0.confirmed }
        if output.json {
            try JSONOutput.print(try summaries.compactMap { summary in
                try store.entity(id: summary.id).map { EntityJSON($0, mentions: summary.mentions) }
            })
            return
        }
        var table = TextTable("MENTIONS", "KIND", "ID", "NAME")
        for summary in summaries {
            table.add("\(summary.mentions)", summary.kind.rawValue, summary.id,
                      summary.confirmed ? summary.name : "\(summary.name) (unconfirmed)")
        }
        print(table.render(), terminator: "")
    }
}

extension EntityKind: ExpressibleByArgument {
    public init?(argument: String) { self.init(loose: argument) }
}
