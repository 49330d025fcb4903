/// Everything evex knows about one corpus folder, in memory: the result of loading it.
///
/// The explorer and the command line do not read this directly once an index exists; they go
/// through a ``CorpusStore``. Tests and small corpora use ``MemoryCorpusStore`` over it.
public struct Corpus: Sendable {
    /// The corpus folder, as given.
    public var root: String
    public var articles: [Article]
    /// Every entity: curated, built-in countries named in the text, acronyms and discovered ones.
    public var entities: [Entity]
    /// Every entity linking knows, listed or not (built-in countries and capitals the text never names
    /// too): what an id, a name or `entity:` can still find, as in the index. Empty means ``entities``.
    public var catalog: [Entity] = []
    public var mentions: [Mention]
    public var relations: [Relation]
    public var events: [KnowledgeEvent]
    /// The knowledge events and the events the articles report, merged (see ``EventMerger``).
    public var newsEvents: [NewsEvent]
    public var diagnostics: [Diagnostic]

    public init(
        root: String, articles: [Article] = [], entities: [Entity] = [], mentions: [Mention] = [],
        relations: [Relation] = [], events: [KnowledgeEvent] = [], newsEvents: [NewsEvent] = [],
        diagnostics: [Diagnostic] = [], catalog: [Entity] = []
    ) {
        self.root = root
        self.articles = articles
        self.entities = entities
        self.mentions = mentions
        self.relations = relations
        self.events = events
        self.newsEvents = newsEvents
        self.diagnostics = diagnostics
        self.catalog = catalog
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    public var linkCount: Int { articles.reduce(0) { $0 + $1.links.count } }
    public var unresolvedLinkCount: Int { articles.reduce(0) { $0 + $1.links.filter { $0.target == nil }.count } }
}
