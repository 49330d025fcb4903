/// What one article adds to the corpus-wide catalog: acronym definitions and candidate names.
///
/// Computed per article by ``EntityCatalog/contribution(of:)``, independently of every other
/// article and of the knowledge files, so an index can store it and rebuild the catalog with
/// ``EntityCatalog/build(knowledge:contributions:)`` without reading any text again.
public struct CatalogContribution: Sendable, Hashable, Codable {
    /// "Collective Security Treaty Organization (CSTO)" and the like, in text order.
    public var acronyms: [AcronymDefinition]
    /// Capitalised phrases, titled names, facilities and events that may be new entities.
    public var candidates: [CandidateName]

    public init(acronyms: [AcronymDefinition] = [], candidates: [CandidateName] = []) {
        self.acronyms = acronyms
        self.candidates = candidates
    }
}

/// An acronym defined in the text: "Collective Security Treaty Organization (CSTO)".
public struct AcronymDefinition: Sendable, Hashable, Codable {
    /// As written: "CSTO", "ISIS-K".
    public var acronym: String
    /// As written: "Collective Security Treaty Organization".
    public var expansion: String
    /// How often the article defines it.
    public var count: Int

    public init(acronym: String, expansion: String, count: Int = 1) {
        self.acronym = acronym
        self.expansion = expansion
        self.count = count
    }
}

/// A name that looks like an entity but that nobody has confirmed.
public struct CandidateName: Sendable, Hashable, Codable {
    /// The name the entity would get: "Sergei Shoigu", "Crocus City Hall", "Moscow attack".
    public var name: String
    /// ``TextFolding`` key of `name`, kept so that the catalog rebuilds without folding again.
    public var key: String
    public var kind: EntityKind
    /// Occurrences in the article.
    public var count: Int
    /// Other forms as written that name it: "Crocus City concert hall", "Moscow terror attack".
    public var variants: [String]
    /// The office a titled name carried: "Defense Minister" for "Defense Minister Sergei Shoigu".
    public var role: String?

    public init(name: String, key: String, kind: EntityKind, count: Int = 1, variants: [String] = [], role: String? = nil) {
        self.name = name
        self.key = key
        self.kind = kind
        self.count = count
        self.variants = variants
        self.role = role
    }
}
