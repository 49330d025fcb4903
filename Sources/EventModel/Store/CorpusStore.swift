/// The questions the explorer and the command line ask of a corpus.
///
/// Two implementations: `EventIndex.IndexedCorpus` (SQLite, for real corpora of any size: what users
/// run) and ``MemoryCorpusStore`` (over a loaded ``Corpus``, for tests and small folders). Both give
/// the same answers in the same order, as written here; `StoreConformanceTests` (in the index's tests)
/// asks both the same questions over one folder. Lists are paged by `range` so that a screen asks only
/// for the rows it shows.
///
/// Orders, wherever a list has one:
/// - Text compares byte by byte (UTF-8), except titles and sources, which compare as SQLite's `NOCASE`
///   (ASCII letters without case, every other byte as it is); a tie is broken by the file's path.
/// - Dates are ISO strings compared as text, newest first; undated articles come last.
/// - Entities: most mentioned first, then by name, then by id.
/// - Relations: as ``RelationExtractor/merge(_:)`` leaves them (by subject, predicate, object and
///   origin), each one's evidence by article and sentence.
///
/// Which entities: a list (``entities(kind:range:)``, ``counts()``, search results) holds those the
/// text names, the curated ones and the acronyms the text defines; an id, a name or `entity:` finds
/// any entity linking knows, built-in countries the text never names included.
public protocol CorpusStore: Sendable {
    func counts() throws -> CorpusCounts

    /// One page of the article list: `.date` newest first (undated last), `.title` and `.source` by
    /// their text (no source last); ties by path.
    func articles(order: ArticleOrder, range: Range<Int>) throws -> [ArticleSummary]
    /// The whole article, body included; nil when there is no such id. Of two files with one id, the
    /// one whose path sorts first.
    func article(id: String) throws -> Article?
    /// Entity mentions of one article, in text order.
    func mentions(inArticle id: String) throws -> [Mention]
    /// Articles whose "Read more" links point to `id` ("Linked from"), each once, by path.
    func backlinks(to id: String) throws -> [ArticleSummary]

    func entityCount(kind: EntityKind?) throws -> Int
    /// Entities, most mentioned first, then by name, then by id.
    func entities(kind: EntityKind?, range: Range<Int>) throws -> [EntitySummary]
    /// Any entity linking knows, listed or not; nil when none has this id.
    func entity(id: String) throws -> Entity?
    /// The entity a user means by `name` (spaces around it ignored): an id as written first, then a name
    /// or alias folded for case and diacritics (``TextFolding/key(_:)``); of several, the most mentioned,
    /// then the first by name, then the first the catalog defines.
    func resolveEntity(named name: String) throws -> Entity?
    /// Every relation where the entity is subject or object, in merged order.
    func relations(of entityID: String) throws -> [Relation]
    /// All relations, for listing and export, in merged order.
    func allRelations() throws -> [Relation]
    /// Articles that mention the entity, newest first (undated last, ties by path), at most `limit`,
    /// each with the sentence of its first mention.
    func mentioningArticles(entityID: String, limit: Int) throws -> [KeywordInContext]

    /// Events (knowledge and extracted) and dated articles, oldest first; undated events last.
    func timeline() throws -> [TimelineEntry]
    /// Every event, knowledge and extracted, each with its sentences: dated ones oldest first, then undated.
    func events() throws -> [NewsEvent]
    /// The events an entity takes part in (as place, agent or target), or that it is, in the order of ``events()``.
    func events(involving entityID: String) throws -> [NewsEvent]
    /// Runs a query in evex's search language (``SearchQuery``); throws `SearchQueryError` when it is malformed.
    ///
    /// - Words are cut and folded as FTS5's `unicode61` tokenizer does (letters and digits, no case, no
    ///   diacritics); a word with punctuation (`covid-19`) is the phrase of its parts. Every clause must
    ///   match in the title or the body (`title:` in the title only); `OR` takes either; `-term`
    ///   excludes; `"a b"` wants the words in order within one field; `word*` and the last word while
    ///   typing (`asYouType`) are prefixes.
    /// - Articles with words to match are ranked by FTS5's BM25 (k1 1.2, b 0.75, the title weighing ten
    ///   times the body), best first, equal scores by path; ``ArticleHit/score`` is the BM25 score.
    ///   `source:` keeps articles whose source contains the value (ASCII case ignored), `entity:` those
    ///   that mention each named entity (none when a name is unknown), dates those dated inside the window.
    ///   With filters and no words, the matches come newest first with the start of the text and score 0.
    /// - Snippets mark only matched words; their cut is each store's own (FTS5's `snippet()` in the index).
    /// - Entities whose name or aliases hold the words (outside `title:`): first those with a name,
    ///   alias or id equal to the plain words typed, then those with one that begins with them, then
    ///   the most mentioned, the best by BM25 over names (weight 10) and aliases (5), by name and id.
    ///   With no such words, the `entity:` entities, else the listed entities of the `kind:` asked.
    /// - When nothing matches, each word of four letters or more found in no article is replaced by the
    ///   closest article word sharing its first letter (one edit for five letters or fewer, else two;
    ///   fewest edits, then most articles; one edit sharing the first two letters is taken at once) and
    ///   the query runs again, `approximate`.
    /// - One known difference: while typing, when more than 1,000 articles match, the index lists the
    ///   most recently indexed ones instead of ranking them all; the memory store always ranks.
    func search(_ query: String, limit: Int, asYouType: Bool) throws -> SearchResults
    /// Every diagnostic: those of listing the folder, then each file's by path, then those of resolving
    /// links (by file) and of building the catalog.
    func diagnostics() throws -> [Diagnostic]

    // MARK: - Graph queries

    /// The relations of each entity (as ``relations(of:)``), by id, asked at once: the index reads the
    /// rows of all of them in one pass. Ids with no relation may be missing from the answer.
    func relations(ofEach entityIDs: [String]) throws -> [String: [Relation]]
    /// Each entity's neighbours, once each, in the order a walk reaches them: its relations strongest
    /// first (``RelationRanking``), each neighbour by the first relation to it (``Neighbour/ranked(_:of:)``).
    /// Ids and keys only: the index counts a hub's co-occurrences without reading their sentences.
    /// Ids with no relation may be missing from the answer.
    func neighbours(ofEach entityIDs: [String]) throws -> [String: [Neighbour]]
    /// The relations with one end `first` and the other `second`, whole, in merged order: the
    /// relations of `first` (``relations(of:)``) that lead to `second`. Empty when they are the same.
    func relations(between first: String, and second: String) throws -> [Relation]
    /// A page of each entity's ties, as a screen lists a neighbour's: its relations grouped into ties
    /// (``Tie/group(_:)``), strongest first, those `filter` accepts, at most `limit`, with the count of
    /// all accepted (``TiePage/of(_:filter:limit:)``). Every id asked has a page, empty when it has no tie.
    /// A tie stated by co-occurrence alone has no evidence: ask ``relations(between:and:)`` for it.
    func strongestTies(ofEach entityIDs: [String], filter: TieFilter, limit: Int) throws -> [String: TiePage]
    /// The fewest relations from `source` to `target`, either direction, strongest relations tried
    /// first (``RelationGraph/shortestPath(from:to:maxVisited:neighbours:between:)``); nil when none links them
    /// within `maxVisited` entities, the bound that keeps a hub's co-occurrences from stalling a key press.
    func shortestPath(from source: String, to target: String, maxVisited: Int) throws -> [PathStep]?
    /// `center` and the entities within `hops` relations of it, of `origin` only when given, stepping
    /// only through entities `allowed` accepts (an export's kind filter).
    func neighbourhood(of center: String, hops: Int, origin: RelationOrigin?, allowed: (String) -> Bool) throws -> Set<String>

    // MARK: - Streaming, for exports: memory bounded by a page, not by a hub or the corpus

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
