import ArgumentParser

@main
struct Evex: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evex",
        abstract: "Explore a folder of news articles: who is in them, how they are tied, and which sentence says so.",
        discussion: """
            The first argument is always the corpus folder. With no subcommand, evex opens the \
            full-screen explorer on it.

              evex samples/crocus
              evex check samples/crocus
              evex search samples/crocus 'entity:CSTO after:2024-03-22'
            """,
        subcommands: [
            BrowseCommand.self, CheckCommand.self, ArticlesCommand.self, EntitiesCommand.self,
            RelationsCommand.self, EventsCommand.self, ShowCommand.self, MentionsCommand.self, SearchCommand.self, IndexCommand.self,
        ],
        defaultSubcommand: BrowseCommand.self
    )
}
