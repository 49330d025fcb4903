import EventModel
import Foundation

/// TEMPORARY: stands in for `EventIndex.IndexedCorpus` until it exists, so the harness runs end to
/// end. It holds the whole corpus in memory and searches by scanning word sets, so its figures say
/// nothing about evex's index; the report marks them `evex_backend: stub`. Delete with the reconnect.
final class StubCorpusStore: CorpusStore {
    private let summaries: [ArticleSummary]
    private let byDate: [Int]
    private let words: [Set<String>]
    private let articlesByID: [String: Article]

    private init(corpus: Corpus?) {
        let articles = corpus?.articles ?? []
        let summaries = articles.map {
            ArticleSummary(id: $0.id, title: $0.title, date: $0.date, source: $0.source, entityCount: 0,
                           linkCount: $0.links.count, unresolvedLinks: $0.links.filter { $0.target == nil }.count)
        }
        self.summaries = summaries
        byDate = summaries.indices.sorted { (summaries[$0].date ?? "") > (summaries[$1].date ?? "") }
        words = articles.map { Set(($0.title + " " + $0.text).lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)) }
        articlesByID = Dictionary(articles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// What opening an index finds: the corpus as last synced, or nothing before the first sync.
    static func opening(root: URL) -> StubCorpusStore {
        StubCorpusStore(corpus: FileManager.default.fileExists(atPath: marker(root).path) ? CorpusLoader.load(root: root) : nil)
    }

    static func loading(root: URL) -> StubCorpusStore {
        let store = StubCorpusStore(corpus: CorpusLoader.load(root: root))
        _ = FileManager.default.createFile(atPath: marker(root).path, contents: Data())
        return store
    }

    private static func marker(_ root: URL) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("evex-bench-stub" + root.standardizedFileURL.path.replacingOccurrences(of: "/", with: "_") + ".synced")
    }

    func counts() throws -> CorpusCounts {
        CorpusCounts(articles: summaries.count, entities: 0, relations: 0, links: 0, unresolvedLinks: 0, errors: 0, warnings: 0)
    }

    func articles(order: ArticleOrder, range: Range<Int>) throws -> [ArticleSummary] {
        let clamped = range.clamped(to: 0..<byDate.count)
        return byDate[clamped].map { summaries[$0] }
    }

    func article(id: String) throws -> Article? { articlesByID[id] }
    func mentions(inArticle id: String) throws -> [Mention] { [] }
    func backlinks(to id: String) throws -> [ArticleSummary] { [] }
    func entityCount(kind: EntityKind?) throws -> Int { 0 }
    func entities(kind: EntityKind?, range: Range<Int>) throws -> [EntitySummary] { [] }
    func entity(id: String) throws -> Entity? { nil }
    func resolveEntity(named name: String) throws -> Entity? { nil }
    func relations(of entityID: String) throws -> [Relation] { [] }
    func allRelations() throws -> [Relation] { [] }
    func mentioningArticles(entityID: String, limit: Int) throws -> [KeywordInContext] { [] }
    func timeline() throws -> [TimelineEntry] { [] }
    func diagnostics() throws -> [Diagnostic] { [] }

    /// Every plain word must occur; operators and filters are ignored; the last word is a prefix
    /// when typing.
    func search(_ query: String, limit: Int, asYouType: Bool) throws -> SearchResults {
        var terms = query.lowercased().split(separator: " ").filter { !$0.hasPrefix("-") && $0 != "or" }.map { term -> String in
            let value = term.split(separator: ":", maxSplits: 1).last.map(String.init) ?? String(term)
            return value.filter(\.isLetter)
        }.filter { !$0.isEmpty }
        let prefix = asYouType ? terms.popLast() : nil
        var hits: [ArticleHit] = []
        for index in words.indices where hits.count < limit {
            let set = words[index]
            guard terms.allSatisfy(set.contains) else { continue }
            if let prefix, !set.contains(where: { $0.hasPrefix(prefix) }) { continue }
            hits.append(ArticleHit(article: summaries[index], score: 0, snippet: "", highlights: []))
        }
        return SearchResults(articles: hits, terms: terms)
    }
}
