import ArgumentParser
import EventModel

struct MentionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mentions",
        abstract: "List every entity mention: article, entity id, the words as written and their offsets.",
        discussion: "Offsets count Unicode code points in the article's text (its body, as `evex show` prints it).")

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var output: OutputOptions
    @Option(help: "Only this article (its id).")
    var article: String?

    func run() throws {
        let store = try corpus.openStore()
        let ids: [String]
        if let article {
            guard try store.article(id: article) != nil else {
                throw ValidationError("No article has the id \"\(article)\". `evex articles \(corpus.path)` lists them.")
            }
            ids = [article]
        } else {
            ids = try store.allArticles(order: .title).map(\.id)
        }
        let mentions = try ids.flatMap { try store.mentions(inArticle: $0) }
        if output.json {
            try JSONOutput.print(mentions.map(MentionJSON.init))
            return
        }
        var table = TextTable("ARTICLE", "START", "END", "ENTITY", "TEXT")
        for mention in mentions {
            table.add(mention.article, "\(mention.span.start)", "\(mention.span.end)", mention.entity, mention.text)
        }
        print(table.render(), terminator: "")
    }
}
