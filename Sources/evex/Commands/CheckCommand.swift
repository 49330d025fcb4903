import ArgumentParser
import EventModel

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Load the corpus and report counts and every problem found, as path:line: error|warning: message.",
        discussion: "Exits with status 1 when any file has an error, 0 otherwise (warnings included).")

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let store = try corpus.openStore()
        let counts = try store.counts()
        let diagnostics = try store.diagnostics()
        if output.json {
            struct Report: Encodable {
                var counts: CorpusCounts
                var diagnostics: [DiagnosticJSON]
            }
            try JSONOutput.print(Report(counts: counts, diagnostics: diagnostics.map(DiagnosticJSON.init)))
        } else {
            print(CountsLine.render(counts))
            for diagnostic in diagnostics {
                print(safe(diagnostic.description))
            }
        }
        if counts.errors > 0 { throw ExitCode(1) }
    }
}

enum CountsLine {
    static func render(_ counts: CorpusCounts) -> String {
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        return [
            plural(counts.articles, "article"), plural(counts.entities, "entity").replacingOccurrences(of: "entitys", with: "entities"),
            plural(counts.relations, "relation"), plural(counts.links, "link"),
            "\(counts.unresolvedLinks) unresolved", plural(counts.errors, "error"), plural(counts.warnings, "warning"),
        ].joined(separator: ", ")
    }
}
