import ArgumentParser
import EventModel

struct RelationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relations", abstract: "List the relations between entities, each with the sentence that supports it.")

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var output: OutputOptions
    @Option(help: "Only relations of this origin: curated, pattern or cooccurrence.")
    var origin: RelationOrigin?
    @Option(help: "Only relations of this entity (id, name or alias).")
    var entity: String?

    func run() throws {
        let store = try corpus.openStore()
        var relations: [Relation]
        if let entity {
            guard let found = try store.resolveEntity(named: entity) else {
                throw ValidationError("No entity is called \"\(entity)\". `evex entities \(corpus.path)` lists them.")
            }
            relations = try store.relationsWithEvents(of: found.id)
        } else {
            relations = try store.allRelationsWithEvents()
        }
        if let origin { relations = relations.filter { $0.origin == origin } }
        if output.json {
            // One record per tie and origin, so that a script can keep or drop an origin.
            try JSONOutput.print(relations.map(RelationJSON.init))
            return
        }
        // One tie per line, with every origin that states it.
        let ties = Tie.group(relations).sorted {
            ($0.origins[0].strength, -$0.weight, $0.subject, $0.predicate, $0.object)
                < ($1.origins[0].strength, -$1.weight, $1.subject, $1.predicate, $1.object)
        }
        for tie in ties {
            print(safe("\(tie.subject) \(tie.predicate.label) \(tie.object)  \(tie.details)"))
            let evidence = tie.evidence
            for line in evidence.prefix(3) {
                if let citation = line.citationLine {
                    print(safe("    \(citation)"))
                } else {
                    let speaker = line.saidBy.map { " (said by \($0))" } ?? ""
                    print(safe("    \(line.article ?? "")\(speaker): \(line.text)"))
                }
            }
            if evidence.count > 3 { print("    … and \(evidence.count - 3) more") }
        }
    }
}

extension RelationOrigin: ExpressibleByArgument {}
