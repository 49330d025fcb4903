import ArgumentParser
import EventModel

struct ArticlesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "articles", abstract: "List the articles: date, source, entities, links, title.")

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var output: OutputOptions
    @Option(help: "Sort by date (newest first), title or source.")
    var sort: ArticleOrder = .date

    func run() throws {
        let store = try corpus.openStore()
        let summaries = try store.allArticles(order: sort)
        if output.json {
            let articles = try summaries.compactMap { summary -> ArticleJSON? in
                guard let article = try store.article(id: summary.id) else { return nil }
                return ArticleJSON(article, entities: try store.entityIDs(inArticle: summary.id))
            }
            try JSONOutput.print(articles)
            return
        }
        var table = TextTable("DATE", "SOURCE", "ENTITIES", "LINKS", "ID", "TITLE")
        for summary in summaries {
            let links = summary.unresolvedLinks > 0
                ? "\(summary.linkCount) (\(summary.unresolvedLinks) unresolved)" : "\(summary.linkCount)"
            table.add(summary.date ?? "undated", summary.source ?? "-", "\(summary.entityCount)", links, summary.id, summary.title)
        }
        print(table.render(), terminator: "")
        let unresolved = try unresolvedLinks(store, summaries)
        if !unresolved.isEmpty {
            print("\nUnresolved \"Read more\" links (not in the corpus):")
            for (article, title) in unresolved { print("  \(safe(article)): \(safe(title))") }
        }
    }

    private func unresolvedLinks(_ store: any CorpusStore, _ summaries: [ArticleSummary]) throws -> [(String, String)] {
        try summaries.filter { $0.unresolvedLinks > 0 }.flatMap { summary in
            (try store.article(id: summary.id)?.links ?? []).filter { $0.target == nil }.map { (summary.id, $0.title) }
        }
    }
}

extension ArticleOrder: ExpressibleByArgument {}
