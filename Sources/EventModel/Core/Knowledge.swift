/// An event described in a knowledge file: it is also an entity of kind `.event` with the same id.
public struct KnowledgeEvent: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var name: String
    public var date: String?
    /// Entity id of the place.
    public var place: String?
    /// Entity ids.
    public var participants: [String]
    /// Figures such as `killed: "145"`, kept as written.
    public var figures: [String: String]
    public var description: String?
    public var definedAt: SourceLocation?

    public init(
        id: String, name: String, date: String? = nil, place: String? = nil, participants: [String] = [],
        figures: [String: String] = [:], description: String? = nil, definedAt: SourceLocation? = nil
    ) {
        self.id = id
        self.name = name
        self.date = date
        self.place = place
        self.participants = participants
        self.figures = figures
        self.description = description
        self.definedAt = definedAt
    }
}

/// What one knowledge file (`knowledge.yaml`, `*.knowledge.yaml`) declares.
public struct KnowledgeBase: Sendable, Hashable, Codable {
    public var path: String
    public var entities: [Entity]
    public var relations: [Relation]
    public var events: [KnowledgeEvent]
    /// What a `curation.knowledge.yaml` corrects (nil for other knowledge files): applied last, over
    /// everything else, by ``EntityCatalog/build(knowledge:contributions:)``.
    public var curation: Curation?

    public init(path: String, entities: [Entity] = [], relations: [Relation] = [], events: [KnowledgeEvent] = [],
                curation: Curation? = nil) {
        self.path = path
        self.curation = curation
        self.entities = entities
        self.relations = relations
        self.events = events
    }
}
