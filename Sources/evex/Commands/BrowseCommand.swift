import ArgumentParser
import EventModel

struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse", abstract: "Open the full-screen explorer on the corpus (the default).")

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let store = try corpus.openStore()
        print(CountsLine.render(try store.counts()))
    }
}
