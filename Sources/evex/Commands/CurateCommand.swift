import ArgumentParser
import EventIndex
import EventModel
import Foundation

/// `evex curate PATH ACTION ...`: the explorer's curation for scripts. Each action writes
/// `curation.knowledge.yaml` in the corpus folder (see `CurationFile`), then syncs the index so
/// that the next command sees it.
struct CurateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "curate",
        abstract: "Correct what evex found: confirm, reject, rename, merge, add or split a name, add or reject a relation, undo.",
        discussion: """
            Every change is written to curation.knowledge.yaml in the corpus folder (readable, diffable, \
            committable); `undo` takes back the last one, also one made in the explorer. ENTITY is an \
            id, a name or an alias.

              evex curate samples/crocus confirm 'Sergei Shoigu' --kind person
              evex curate samples/crocus merge Shoygu 'Sergei Shoigu'
              evex curate samples/crocus relate isis-k claimed_responsibility_for crocus-city-hall-attack --article articles/x.txt --sentence 3
            """,
        subcommands: [Confirm.self, Reject.self, Rename.self, Merge.self, Alias.self, Split.self, Relate.self, RejectRelation.self, Undo.self])

    struct Confirm: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Confirm an entity, with its kind if --kind says another.")
        @OptionGroup var corpus: CorpusOptions
        @Argument(help: "The entity.") var entity: String
        @Option(help: "What it is: organisation, country, person, place, event or other.") var kind: EntityKind?
        @OptionGroup var output: OutputOptions

        func run() throws {
            try CurateCommand.perform("confirm", corpus, output) { store in .confirm(try store.entityNamed(entity), kind: kind) }
        }
    }

    struct Reject: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Reject an entity: it and its names are no longer shown or linked.")
        @OptionGroup var corpus: CorpusOptions
        @Argument(help: "The entity.") var entity: String
        @OptionGroup var output: OutputOptions

        func run() throws {
            try CurateCommand.perform("reject", corpus, output) { store in .reject(try store.entityNamed(entity)) }
        }
    }

    struct Rename: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Give an entity another name; the old one stays an alias.")
        @OptionGroup var corpus: CorpusOptions
        @Argument(help: "The entity.") var entity: String
        @Argument(help: "Its new name.") var name: String
        @OptionGroup var output: OutputOptions

        func run() throws {
            try CurateCommand.perform("rename", corpus, output) { store in .rename(try store.entityNamed(entity), to: name) }
        }
    }

    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Merge an entity into another: its names become the other's aliases.")
        @OptionGroup var corpus: CorpusOptions
        @Argument(help: "The entity that goes.") var entity: String
        @Argument(help: "The entity it is.") var into: String
        @OptionGroup var output: OutputOptions

        func run() throws {
            try CurateCommand.perform("merge", corpus, output) { store in
                .merge(try store.entityNamed(entity), into: try store.entityNamed(into))
            }
        }
    }

    struct Alias: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a name an entity goes by.")
        @OptionGroup var corpus: CorpusOptions
        @Argument(help: "The entity.") var entity: String
        @Argument(help: "The name.") var name: String
        @OptionGroup var output: OutputOptions

        func run() throws {
            try CurateCommand.perform("alias", corpus, output) { store in .alias(try store.entityNamed(entity), add: name) }
        }
    }

    struct Split: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Split a wrong alias off an entity; it becomes an entity of its own.")
        @OptionGroup var corpus: CorpusOptions
        @Argument(help: "The entity.") var entity: String
        @Argument(help: "The alias that is not its name.") var alias: String
        @Option(help: "What the alias names (default: the entity's kind).") var kind: EntityKind?
        @OptionGroup var output: OutputOptions

        func run() throws {
            try CurateCommand.perform("split", corpus, output) { store in .split(try store.entityNamed(entity), alias: alias, kind: kind) }
        }
    }

    struct Relate: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a relation, with a sentence of an article as its evidence.")
        @OptionGroup var corpus: CorpusOptions
        @Argument(help: "The subject entity.") var subject: String
        @Argument(help: "The predicate: member_of, met, supported... any word works.") var predicate: String
        @Argument(help: "The object entity.") var object: String
        @Option(help: "The article (id) whose sentence supports it.") var article: String?
        @Option(help: "The sentence's number in the article, from 0 (`evex mentions --json` gives them).") var sentence: Int?
        @Option(help: "The office, for role_of.") var role: String?
        @OptionGroup var output: OutputOptions

        func run() throws {
            try CurateCommand.perform("relate", corpus, output) { store in
                let subjectID = try store.entityNamed(subject).id, objectID = try store.entityNamed(object).id
                let written = Predicate(written: predicate)
                guard let article else {
                    return .relate(CuratedRelation(subject: subjectID, predicate: written, object: objectID, role: role))
                }
                guard let found = try store.article(id: article) else {
                    throw CurateError("No article with id “\(article)”; `evex articles \(corpus.path)` lists them")
                }
                let index = sentence ?? 0
                guard found.sentences.indices.contains(index) else {
                    throw CurateError("\(article) has sentences 0 to \(found.sentences.count - 1); give one with --sentence")
                }
                return .relate(CuratedRelation(subject: subjectID, predicate: written, object: objectID, role: role, article: found, sentence: index))
            }
        }
    }

    struct RejectRelation: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reject-relation", abstract: "Reject a relation found by a pattern or by co-occurrence.")
        @OptionGroup var corpus: CorpusOptions
        @Argument(help: "The subject entity.") var subject: String
        @Argument(help: "The predicate, as `evex relations` prints it.") var predicate: String
        @Argument(help: "The object entity.") var object: String
        @Option(help: "pattern or cooccurrence (default: cooccurrence for co_occurs_with, else pattern).") var origin: RelationOrigin?
        @OptionGroup var output: OutputOptions

        func run() throws {
            try CurateCommand.perform("reject-relation", corpus, output) { store in
                let subjectID = try store.entityNamed(subject).id, objectID = try store.entityNamed(object).id
                let written = Predicate(written: predicate)
                let origin = origin ?? (written == .coOccursWith ? .cooccurrence : .pattern)
                let wanted = RejectedRelation(subject: subjectID, predicate: written, object: objectID, origin: origin)
                guard let relation = try store.relations(of: subjectID).first(where: wanted.matches) else {
                    throw CurateError("No \(origin.rawValue) relation \(subjectID) \(written.rawValue) \(objectID); `evex relations \(corpus.path) --entity \(subjectID)` lists them")
                }
                return .rejectRelation(relation)
            }
        }
    }

    struct Undo: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Undo the last change to curation.knowledge.yaml.")
        @OptionGroup var corpus: CorpusOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            try corpus.validateFolder()
            var file = try CurationFile(corpus: corpus.rootURL)
            let outcome = try file.undo()
            try CurateCommand.finish("undo", outcome, file, corpus, output)
        }
    }

    /// Reads the store, makes the change there described, writes it, syncs the index, reports.
    static func perform(_ action: String, _ corpus: CorpusOptions, _ output: OutputOptions,
                        _ change: (any CorpusStore) throws -> CurationChange) throws {
        let store = try corpus.openStore()
        var file = try CurationFile(corpus: corpus.rootURL)
        let outcome = try file.apply(try change(store))
        try finish(action, outcome, file, corpus, output)
    }

    static func finish(_ action: String, _ outcome: CurationFile.Outcome, _ file: CurationFile, _ corpus: CorpusOptions,
                       _ output: OutputOptions) throws {
        // The next command would sync anyway; syncing now says at once whether the change loads.
        _ = try corpus.openStore()
        if output.json {
            try JSONOutput.print(CurateJSON(action: action, summary: outcome.summary, file: file.url.path,
                                            wrote: outcome.wrote, mergedWithDisk: outcome.mergedWithDisk))
            return
        }
        print(safe(outcome.summary.prefix(1).uppercased() + outcome.summary.dropFirst()) + " in " + safe(file.url.path)
              + (outcome.mergedWithDisk ? " (merged with changes made to it since)" : ""))
    }
}

/// What `evex curate --json` prints.
struct CurateJSON: Encodable {
    var action: String
    var summary: String
    var file: String
    var wrote: Bool
    var mergedWithDisk: Bool

    enum CodingKeys: String, CodingKey { case action, summary, file, wrote, mergedWithDisk = "merged_with_disk" }
}

/// A request `evex curate` cannot carry out, with what to do instead.
struct CurateError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

extension CorpusStore {
    /// The entity an id, name or alias means.
    func entityNamed(_ name: String) throws -> Entity {
        guard let entity = try resolveEntity(named: name) else {
            throw CurateError("No entity “\(name)” (an id, a name or an alias); `evex entities` lists them")
        }
        return entity
    }
}

extension CurateCommand {
    /// `evex curate PATH confirm ...` puts the folder first, as every other command does; the
    /// argument parser wants the action first, so the two swap places: `curate confirm PATH ...`.
    static func normalized(_ arguments: [String]) -> [String] {
        guard arguments.count >= 3, arguments[0] == "curate", !arguments[1].hasPrefix("-") else { return arguments }
        let actions = Set(configuration.subcommands.map { $0._commandName })
        guard !actions.contains(arguments[1]), actions.contains(arguments[2]) else { return arguments }
        return ["curate", arguments[2], arguments[1]] + arguments.dropFirst(3)
    }
}
