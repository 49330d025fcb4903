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
            relations = try store.relations(of: found.id)
        } else {
            relations = try store.allRelations()
        }
        if let origin { relations = relations.filter { $0.origin == origin } }
        let rank: [RelationOrigin: Int] = [.curated: 0, .pattern: 1, .cooccurrence: 2]
        relations.sort {
            (rank[$0.origin] ?? 3, -$0.weight, $0.subject, $0.predicate, $0.object)
                < (rank[$1.origin] ?? 3, -$1.weight, $1.subject, $1.predicate, $1.object)
        }
        if output.json {
            try JSONOutput.print(relations.map(RelationJSON.init))
            return
        }
        for relation in relations {
            let role = relation.role.map { " (\($0))" } ?? ""
            let weight = relation.origin == .cooccurrence ? " ×\(Int(relation.weight))" : ""
            print(safe("\(relation.subject) \(relation.predicate.label)\(role) \(relation.object)  [\(relation.origin.rawValue)\(weight)]"))
            for evidence in relation.evidence.prefix(3) {
                let place = evidence.article ?? evidence.location.map { "\($0.path):\($0.line ?? 0)" } ?? ""
                let speaker = evidence.saidBy.map { " (said by \($0))" } ?? ""
                print(safe("    \(place)\(speaker): \(evidence.text)"))
            }
            if relation.evidence.count > 3 { print("    … and \(relation.evidence.count - 3) more") }
        }
    }
}

extension RelationOrigin: ExpressibleByArgument {}
