import ArgumentParser
import EventModel
import Foundation

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search articles and entities.",
        discussion: """
            Words must all match; "exact phrase"; prefix*; a OR b; -excluded; filters title:, source:,
            kind: (entities), entity:NAME, after:DATE, before:DATE, date:YYYY-MM[-DD], note:WORDS (your notes).
            """)

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "The query.")
    var query: String
    @Option(help: "At most this many articles and this many entities.")
    var limit = 20

    func run() throws {
        let store = try corpus.openStore()
        // note: reads the reader's notes; the state file is opened only then (opening creates it).
        let results = NoteSearch.split(query).notes.isEmpty
            ? try store.search(query, limit: limit, asYouType: false)
            : try NoteSearch.search(query, store: store, state: try corpus.openState(), limit: limit)
        if results.omittedTerms > 0 {
            // On standard error, so that --json output stays one document.
            FileHandle.standardError.write(Data("Note: \(SearchCommand.omittedNote(results.omittedTerms))\n".utf8))
        }
        if output.json {
            struct Hit: Encodable {
                var id: String, title: String, date: String?, score: Double, snippet: String
                var highlights: [[Int]]
                enum CodingKeys: CodingKey { case id, title, date, score, snippet, highlights }
                func encode(to encoder: Encoder) throws {
                    var c = encoder.container(keyedBy: CodingKeys.self)
                    try c.encode(id, forKey: .id)
                    try c.encode(title, forKey: .title)
                    try c.encode(date, forKey: .date)
                    try c.encode(score, forKey: .score)
                    try c.encode(snippet, forKey: .snippet)
                    try c.encode(highlights, forKey: .highlights)
                }
            }
            struct EntityHit: Encodable { var id: String, name: String, kind: String, mentions: Int }
            struct Page: Encodable { var approximate: Bool, articles: [Hit], entities: [EntityHit] }
            try JSONOutput.print(Page(
                approximate: results.approximate,
                articles: results.articles.map {
                    Hit(id: $0.article.id, title: $0.article.title, date: $0.article.date, score: $0.score,
                        snippet: $0.snippet, highlights: $0.highlights.map { [$0.start, $0.end] })
                },
                entities: results.entities.map { EntityHit(id: $0.id, name: $0.name, kind: $0.kind.rawValue, mentions: $0.mentions) }))
            return
        }
        if results.approximate { print("No exact match; showing approximate matches.\n") }
        if !results.entities.isEmpty {
            var table = TextTable("MENTIONS", "KIND", "ID", "ENTITY")
            for entity in results.entities { table.add("\(entity.mentions)", entity.kind.rawValue, entity.id, entity.name) }
            print(table.render())
        }
        if results.articles.isEmpty && results.entities.isEmpty { print("No matches.") }
        for hit in results.articles {
            print(safe("\(hit.article.date ?? "undated")  \(hit.article.id)  \(hit.article.title)"))
            print(safe("    " + Snippet.marked(hit.snippet, hit.highlights)))
        }
    }
}

extension SearchCommand {
    static func omittedNote(_ count: Int) -> String {
        "only the first \(SearchQuery.maximumTerms) distinct terms were searched; \(count) more left out"
    }
}

/// Marks matches with [brackets] for plain output, where no colour is used.
enum Snippet {
    static func marked(_ text: String, _ spans: [TextSpan]) -> String {
        var out = ""
        let scalars = Array(text.unicodeScalars)
        var index = 0
        for span in spans.sorted() where span.start >= index && span.end <= scalars.count {
            out.unicodeScalars.append(contentsOf: scalars[index..<span.start])
            out += "["
            out.unicodeScalars.append(contentsOf: scalars[span.start..<span.end])
            out += "]"
            index = span.end
        }
        out.unicodeScalars.append(contentsOf: scalars[index...])
        return out.replacingOccurrences(of: "\n", with: " ")
    }
}
