// Stand-ins until the real store and title normaliser land; replaced, not extended.
import Foundation
public enum TitleKey { public static func normalize(_ s: String) -> String { s.lowercased() } }
public struct MemoryCorpusStore: CorpusStore {
    let corpus: Corpus
    public init(corpus: Corpus) { self.corpus = corpus }
    public func counts() throws -> CorpusCounts { CorpusCounts(articles: corpus.articles.count, entities: corpus.entities.count, relations: corpus.relations.count, links: corpus.linkCount, unresolvedLinks: corpus.unresolvedLinkCount, errors: corpus.diagnostics.filter{$0.severity == .error}.count, warnings: 0) }
    func summary(_ a: Article) -> ArticleSummary { ArticleSummary(id: a.id, title: a.title, date: a.date, source: a.source, entityCount: 0, linkCount: a.links.count, unresolvedLinks: a.links.filter{$0.target == nil}.count) }
    public func articles(order: ArticleOrder, range: Range<Int>) throws -> [ArticleSummary] { Array(corpus.articles.map(summary)[min(range.lowerBound, corpus.articles.count)..<min(range.upperBound, corpus.articles.count)]) }
    public func article(id: String) throws -> Article? { corpus.articles.first { $0.id == id } }
    public func mentions(inArticle id: String) throws -> [Mention] { corpus.mentions.filter { $0.article == id } }
    public func backlinks(to id: String) throws -> [ArticleSummary] { [] }
    public func entityCount(kind: EntityKind?) throws -> Int { corpus.entities.count }
    public func entities(kind: EntityKind?, range: Range<Int>) throws -> [EntitySummary] { corpus.entities.map { EntitySummary(id: $0.id, name: $0.name, kind: $0.kind, mentions: 0, confirmed: $0.confirmed) } }
    public func entity(id: String) throws -> Entity? { corpus.entities.first { $0.id == id } }
    public func resolveEntity(named name: String) throws -> Entity? { corpus.entities.first { $0.id == name || $0.name == name } }
    public func relations(of entityID: String) throws -> [Relation] { corpus.relations.filter { $0.subject == entityID || $0.object == entityID } }
    public func allRelations() throws -> [Relation] { corpus.relations }
    public func mentioningArticles(entityID: String, limit: Int) throws -> [KeywordInContext] { [] }
    public func timeline() throws -> [TimelineEntry] { [] }
    public func search(_ query: String, limit: Int, asYouType: Bool) throws -> SearchResults { SearchResults() }
    public func diagnostics() throws -> [Diagnostic] { corpus.diagnostics }
}
