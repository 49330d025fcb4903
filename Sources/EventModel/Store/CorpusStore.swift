/// The questions the explorer and the command line ask of a corpus.
///
/// Two implementations: `EventIndex.IndexedCorpus` (SQLite, for real corpora of any size) and
/// ``MemoryCorpusStore`` (over a loaded ``Corpus``, for tests and small folders). Lists are paged
/// by `range` so that a screen asks only for the rows it shows.
public protocol CorpusStore: Sendable {
    func counts() throws -> CorpusCounts

    func articles(order: ArticleOrder, range: Range<Int>) throws -> [ArticleSummary]
    /// The whole article, body included; nil when there is no such id.
    func article(id: String) throws -> Article?
    /// Entity mentions of one article, in text order.
    func mentions(inArticle id: String) throws -> [Mention]
    /// Articles whose "Read more" links point to `id` ("Linked from").
    func backlinks(to id: String) throws -> [ArticleSummary]

    func entityCount(kind: EntityKind?) throws -> Int
    /// Entities, most mentioned first, then by name.
    func entities(kind: EntityKind?, range: Range<Int>) throws -> [EntitySummary]
    func entity(id: String) throws -> Entity?
    /// The entity a user means by `name`: an id, a name or an alias, case- and diacritics-insensitive.
    func resolveEntity(named name: String) throws -> Entity?
    /// Every relation where the entity is subject or object.
    func relations(of entityID: String) throws -> [Relation]
    /// All relations, for listing and export.
    func allRelations() throws -> [Relation]
    /// Articles that mention the entity, each with the sentence of its first mention.
    func mentioningArticles(entityID: String, limit: Int) throws -> [KeywordInContext]

    /// Events (knowledge and extracted) and dated articles, oldest first; undated events last.
    func timeline() throws -> [TimelineEntry]
    /// Every event, knowledge and extracted, each with its sentences: dated ones oldest first, then undated.
    func events() throws -> [NewsEvent]
    /// The events an entity takes part in (as place, agent or target), or that it is, in the order of ``events()``.
    func events(involving entityID: String) throws -> [NewsEvent]
    /// Runs a query in evex's search language; throws `SearchQueryError` when it is malformed.
    func search(_ query: String, limit: Int, asYouType: Bool) throws -> SearchResults
    func diagnostics() throws -> [Diagnostic]

    // MARK: Streaming, for exports: memory bounded by a page, not by a hub or the corpus

    /// At most `limit` relations whose subject is `subjectID`, in ``RelationPageKey`` order, those after
    /// `after` (from the first when nil); each cut to a ``RelationExcerpt``. An empty page is the end.
    func relationPage(subject subjectID: String, after: RelationPageKey?, limit: Int) throws -> [RelationExcerpt]
    /// The entities tied to `entityID` (as subject or object) by a relation of `origin` (any when nil), sorted by id.
    func relatedEntityIDs(of entityID: String, origin: RelationOrigin?) throws -> [String]
    /// At most `limit` distinct article ids greater than `after` (from the first when nil), sorted.
    func articleIDPage(after: String?, limit: Int) throws -> [String]
}

public struct CorpusCounts: Sendable, Hashable, Codable {
    public var articles: Int
    public var entities: Int
    public var relations: Int
    public var links: Int
    public var unresolvedLinks: Int
    public var errors: Int
    public var warnings: Int

    public init(articles: Int, entities: Int, relations: Int, links: Int, unresolvedLinks: Int, errors: Int, warnings: Int) {
        self.articles = articles
        self.entities = entities
        self.relations = relations
        self.links = links
        self.unresolvedLinks = unresolvedLinks
        self.errors = errors
        self.warnings = warnings
    }
}

public enum ArticleOrder: String, Sendable, CaseIterable {
    /// Newest first; undated articles last.
    case date
    case title
    case source
}

/// One row of the article list.
public struct ArticleSummary: Sendable, Hashable, Codable {
    public var id: String
    public var title: String
    public var date: String?
    public var source: String?
    public var entityCount: Int
    public var linkCount: Int
    public var unresolvedLinks: Int

    public init(id: String, title: String, date: String?, source: String?, entityCount: Int, linkCount: Int, unresolvedLinks: Int) {
        self.id = id
        self.title = title
        self.date = date
        self.source = source
        self.entityCount = entityCount
        self.linkCount = linkCount
        self.unresolvedLinks = unresolvedLinks
    }
}

/// One row of the entity list.
public struct EntitySummary: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    public var kind: EntityKind
    public var mentions: Int
    public var confirmed: Bool

    public init(id: String, name: String, kind: EntityKind, mentions: Int, confirmed: Bool) {
        self.id = id
        self.name = name
        self.kind = kind
        self.mentions = mentions
        self.confirmed = confirmed
    }
}

/// A sentence that names an entity, with where the name stands in it.
public struct KeywordInContext: Sendable, Hashable {
    public var article: ArticleSummary
    public var sentence: Int
    public var text: String
    /// Offsets within `text` (Unicode scalars) of the mention.
    public var highlight: TextSpan

    public init(article: ArticleSummary, sentence: Int, text: String, highlight: TextSpan) {
        self.article = article
        self.sentence = sentence
        self.text = text
        self.highlight = highlight
    }
}

public struct TimelineEntry: Sendable, Hashable {
    public enum Subject: Sendable, Hashable {
        /// An event that is also an entity (curated, or named in the text): its entity page tells more.
        case event(entityID: String)
        /// An event read from the text with no entity of its own: its first sentence tells more.
        case report(eventID: String, article: String, sentence: Int)
        case article(id: String)
    }
    /// ISO date; empty for an event no sentence dates ("on Friday" in an undated article).
    public var date: String
    public var title: String
    public var subject: Subject

    public init(date: String, title: String, subject: Subject) {
        self.date = date
        self.title = title
        self.subject = subject
    }
}

public struct ArticleHit: Sendable, Hashable {
    public var article: ArticleSummary
    /// Higher is better (BM25 negated, title weighted).
    public var score: Double
    public var snippet: String
    /// Matches within `snippet` (Unicode scalars).
    public var highlights: [TextSpan]

    public init(article: ArticleSummary, score: Double, snippet: String, highlights: [TextSpan]) {
        self.article = article
        self.score = score
        self.snippet = snippet
        self.highlights = highlights
    }
}

public struct SearchResults: Sendable, Hashable {
    public var articles: [ArticleHit]
    public var entities: [EntitySummary]
    /// The query matched nothing as written and these come from a typo-tolerant match.
    public var approximate: Bool
    /// The terms used for highlighting, folded (what n/N jumps between in the reader).
    public var terms: [String]
    /// Terms of the query left out past ``SearchQuery/maximumTerms``: to be said with the results.
    public var omittedTerms = 0

    public init(articles: [ArticleHit] = [], entities: [EntitySummary] = [], approximate: Bool = false, terms: [String] = []) {
        self.articles = articles
        self.entities = entities
        self.approximate = approximate
        self.terms = terms
    }
}
