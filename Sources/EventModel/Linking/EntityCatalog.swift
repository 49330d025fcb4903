/// Every entity evex can link, with the names it goes by: the built-in gazetteer, knowledge files,
/// acronyms learned from the text and discovered candidates.
///
/// Build it with ``build(knowledge:contributions:)`` from the knowledge files and each article's
/// ``CatalogContribution``; then an ``EntityLinker`` finds its entities in articles.
///
///     let contributions = articles.map(EntityCatalog.contribution(of:))
///     let (catalog, diagnostics) = EntityCatalog.build(knowledge: bases, contributions: contributions)
///     catalog.resolve(name: "Tajik")?.id   // "tajikistan"
public struct EntityCatalog: Sendable {
    /// Sorted by id.
    public private(set) var entities: [Entity]
    /// Folded name or alias (lowercase, no diacritics, straight apostrophes, single spaces) -> entity id.
    public private(set) var aliasTable: [String: String]
    private var positions: [String: Int]
    private var placeCountry: [String: String]
    /// Relations a curation file says are wrong: the linker leaves them out (see ``rejects(_:)``).
    public private(set) var rejectedRelations: [RejectedRelation] = []
    /// Entities a curation merged into another: old id -> the id it became.
    public private(set) var mergedInto: [String: String] = [:]
    /// Entities a curation rejected (found by this build, or named by the curation).
    public private(set) var rejectedIDs: Set<String> = []

    /// A catalog of exactly these entities. Where two share a name, knowledge beats the
    /// gazetteer, which beats acronyms, which beat discovered candidates.
    public init(entities: [Entity]) {
        self.init(sortedEntities: entities.sorted { $0.id < $1.id }, placeCountry: [:])
    }

    /// - parameter owners: names already given to an entity, in the order they were claimed;
    ///   the others go by origin and id.
    init(sortedEntities: [Entity], placeCountry: [String: String], owners: [String: String] = [:],
         rejectedRelations: [RejectedRelation] = [], mergedInto: [String: String] = [:], rejectedIDs: Set<String> = []) {
        self.rejectedRelations = rejectedRelations
        self.mergedInto = mergedInto
        self.rejectedIDs = rejectedIDs
        entities = sortedEntities
        positions = Dictionary(sortedEntities.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var table = owners
        for origin in [EntityOrigin.knowledge, .gazetteer, .acronym, .discovered] {
            for entity in sortedEntities where entity.origin == origin {
                for form in [entity.name] + entity.aliases {
                    let key = TextFolding.key(form)
                    if !key.isEmpty && table[key] == nil { table[key] = entity.id }
                }
            }
        }
        aliasTable = table
        var countries = placeCountry
        for (place, country) in Gazetteer.table.placeCountry where countries[place] == nil && positions[place] != nil {
            if positions[country] != nil { countries[place] = country }
        }
        self.placeCountry = countries
    }

    /// A catalog restored exactly as it was built (see `EntityCatalog+Packed`): nothing is recomputed
    /// but the positions of the ids.
    /// `ids` are the entities' ids in order, which a new process restoring the catalog reads anyway.
    init(entities: [Entity], ids: [String], aliasTable: [String: String], placeCountry: [String: String],
         rejectedRelations: [RejectedRelation], mergedInto: [String: String], rejectedIDs: Set<String>) {
        self.entities = entities
        self.aliasTable = aliasTable
        self.placeCountry = placeCountry
        self.rejectedRelations = rejectedRelations
        self.mergedInto = mergedInto
        self.rejectedIDs = rejectedIDs
        var positions: [String: Int] = [:]
        positions.reserveCapacity(entities.count)
        for (position, id) in ids.enumerated() where positions[id] == nil { positions[id] = position }
        self.positions = positions
    }

    /// Place id -> country id, as ``country(ofPlace:)`` answers it.
    var placeCountries: [String: String] { placeCountry }

    /// The entity with this id.
    public func entity(id: String) -> Entity? {
        positions[id].map { entities[$0] }
    }

    /// The kind of the entity with this id, without copying the entity.
    public func kind(of id: String) -> EntityKind? {
        positions[id].map { entities[$0].kind }
    }

    /// Position of the entity in ``entities``.
    func position(of id: String) -> Int? { positions[id] }

    /// The entity a name means: an id, a name or an alias, case- and diacritics-insensitive.
    public func resolve(name: String) -> Entity? {
        if let found = entity(id: name) { return found }
        let key = TextFolding.key(name)
        if let id = aliasTable[key] { return entity(id: id) }
        return entity(id: Slug.make(name))
    }

    /// The country a city or region lies in, when the gazetteer or the catalog knows it:
    /// `moscow` -> `russia`. Lets "Moscow's ally" be read as Russia's.
    public func country(ofPlace id: String) -> String? { placeCountry[id] }

    /// Knowledge files' relations as the curation leaves them: an entity merged into another is that
    /// other, and a relation naming a rejected entity (or, after a merge, one entity twice) is dropped.
    /// The loader and the index both store knowledge relations through this.
    public func curated(knowledgeRelations relations: [Relation]) -> [Relation] {
        guard !mergedInto.isEmpty || !rejectedIDs.isEmpty else { return relations }
        return relations.compactMap { relation in
            var relation = relation
            relation.subject = mergedInto[relation.subject] ?? relation.subject
            relation.object = mergedInto[relation.object] ?? relation.object
            let dropped = rejectedIDs.contains(relation.subject) || rejectedIDs.contains(relation.object) || relation.subject == relation.object
            return dropped ? nil : relation
        }
    }

    /// Whether a curation rejected this pattern or co-occurrence relation.
    public func rejects(_ relation: Relation) -> Bool {
        !rejectedRelations.isEmpty && rejectedRelations.contains { $0.matches(relation) }
    }

}
