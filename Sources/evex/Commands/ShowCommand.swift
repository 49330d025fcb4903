import ArgumentParser
import EventModel

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one entity (by id, name or alias) or one article (by id or title).")

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "An entity's id, name or alias, or an article's id or title.")
    var name: String

    func run() throws {
        let store = try corpus.openStore()
        if let entity = try store.resolveEntity(named: name) {
            try showEntity(entity, store)
        } else if let article = try findArticle(store) {
            try showArticle(article, store)
        } else {
            throw ValidationError("Nothing is called \"\(name)\": no entity, article id or title. Try `evex search \(corpus.path) '\(name)'`.")
        }
    }

    private func findArticle(_ store: any CorpusStore) throws -> Article? {
        if let article = try store.article(id: name) { return article }
        let key = TitleKey.normalize(name)
        let hit = try store.allArticles(order: .title).first { TitleKey.normalize($0.title) == key }
        return try hit.flatMap { try store.article(id: $0.id) }
    }

    private func showEntity(_ entity: Entity, _ store: any CorpusStore) throws {
        let relations = try store.relationsWithEvents(of: entity.id)
        let mentioning = try store.mentioningArticles(entityID: entity.id, limit: 50)
        if output.json {
            struct Page: Encodable {
                var entity: EntityJSON
                var relations: [RelationJSON]
                var articles: [String]
            }
            let mentions = mentioning.count
            try JSONOutput.print(Page(entity: EntityJSON(entity, mentions: mentions), relations: relations.map(RelationJSON.init),
                                      articles: mentioning.map(\.article.id)))
            return
        }
        print(safe("\(entity.name)  [\(entity.kind.rawValue)\(entity.confirmed ? "" : ", unconfirmed")]  id: \(entity.id)"))
        if !entity.aliases.isEmpty { print(safe("Also: " + entity.aliases.joined(separator: ", "))) }
        if let description = entity.description { print(safe(description)) }
        for (scheme, value) in entity.externalIDs.sorted(by: { $0.key < $1.key }) { print(safe("\(scheme): \(value)")) }
        let grouped = Dictionary(grouping: Tie.group(relations), by: \.predicate)
        // Stated relations first; co-occurrence, the weakest signal, last and strongest first.
        let predicates = grouped.keys.sorted { ($0 == .coOccursWith ? 1 : 0, $0) < ($1 == .coOccursWith ? 1 : 0, $1) }
        for predicate in predicates {
            let group = (grouped[predicate] ?? []).sorted { ($1.weight, $0.subject, $0.object) < ($0.weight, $1.subject, $1.object) }
            print("\n\(predicate.label):")
            let shown = predicate == .coOccursWith ? Array(group.prefix(15)) : group
            for tie in shown {
                let other = tie.subject == entity.id ? tie.object : "← \(tie.subject)"
                print(safe("  \(other)  \(tie.details)"))
                guard tie.origins != [.cooccurrence] else { continue }
                if let sentence = tie.evidence.first(where: { $0.article != nil }) { print(safe("      \(sentence.article ?? ""): \(sentence.text)")) }
                for line in tie.evidence.compactMap(\.citationLine) { print(safe("      \(line)")) }
            }
            if shown.count < group.count { print("  … and \(group.count - shown.count) more (evex relations --entity)") }
        }
        if !mentioning.isEmpty {
            print("\nMentioned in:")
            for line in mentioning { print(safe("  \(line.article.id): \(line.text)")) }
        }
    }

    private func showArticle(_ article: Article, _ store: any CorpusStore) throws {
        if output.json {
            try JSONOutput.print(ArticleJSON(article, entities: try store.entityIDs(inArticle: article.id), withText: true))
            return
        }
        print(safe(article.title))
        let meta = [article.date ?? "undated", article.source, article.dateline, article.path].compactMap { $0 }
        print(safe(meta.joined(separator: " · ")))
        print("")
        print(safe(article.text))
        let backlinks = try store.backlinks(to: article.id)
        if !backlinks.isEmpty {
            print("\nLinked from:")
            for link in backlinks { print(safe("  \(link.id): \(link.title)")) }
        }
    }
}
