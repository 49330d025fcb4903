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
    /// Sorted by id. A catalog restored from its packed bytes decodes them all here: a caller that
    /// wants a few asks ``entity(id:)``.
    public var entities: [Entity] { packedEntities?.allEntities() ?? builtEntities }
    /// Folded name or alias (lowercase, no diacritics, straight apostrophes, single spaces) -> entity id.
    /// As ``entities``, decoded whole for a restored catalog: ``resolve(name:)`` asks for one.
    public var aliasTable: [String: String] { packedEntities?.allNames() ?? builtAliasTable }
    private var builtEntities: [Entity]
    private var builtAliasTable: [String: String]
    private var positions: [String: Int]
    /// The folded name (``TextFolding/key(_:)``) of each entity by position, for a built or decoded
    /// catalog (empty for one read in place): the extractor compares mentions with their entity's name.
    private var nameKeys: [String]
    /// Whether an id is held by more than one entity (only a catalog made of given entities can).
    private var idsRepeat = false
    /// A restored catalog's entities and names, read in place (`builtEntities`, `builtAliasTable` and
    /// `positions` are then empty).
    private(set) var packedEntities: PackedEntities?
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
        builtEntities = sortedEntities
        positions = Dictionary(sortedEntities.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var table = owners
        var nameKeys = [String](repeating: "", count: sortedEntities.count)
        for origin in [EntityOrigin.knowledge, .gazetteer, .acronym, .discovered] {
            for (position, entity) in sortedEntities.enumerated() where entity.origin == origin {
                nameKeys[position] = TextFolding.key(entity.name)
                for key in [nameKeys[position]] + entity.aliases.map(TextFolding.key) where !key.isEmpty && table[key] == nil {
                    table[key] = entity.id
                }
            }
        }
        builtAliasTable = table
        self.nameKeys = nameKeys
        idsRepeat = positions.count < sortedEntities.count
        var countries = placeCountry
        for (place, country) in Gazetteer.table.placeCountry where countries[place] == nil && positions[place] != nil {
            if positions[country] != nil { countries[place] = country }
        }
        self.placeCountry = countries
    }

    /// A catalog restored exactly as it was built (see `EntityCatalog+Packed`), its entities and names
    /// read in place: nothing is decoded until asked for.
    init(packed: PackedEntities, placeCountry: [String: String], rejectedRelations: [RejectedRelation], mergedInto: [String: String],
         rejectedIDs: Set<String>) {
        (builtEntities, builtAliasTable, positions, nameKeys) = ([], [:], [:], [])
        packedEntities = packed
        self.placeCountry = placeCountry
        self.rejectedRelations = rejectedRelations
        self.mergedInto = mergedInto
        self.rejectedIDs = rejectedIDs
    }

    /// The same catalog with every entity and name decoded (itself when it was built, not restored):
    /// look-ups by dictionary instead of by binary search over the bytes, for a caller that links many
    /// articles, where decoding them all once costs less than searching for each.
    public func decoded() -> EntityCatalog {
        guard let packed = packedEntities else { return self }
        var copy = self
        copy.builtEntities = packed.allEntities()
        copy.builtAliasTable = packed.allNames()
        var positions: [String: Int] = [:]
        positions.reserveCapacity(copy.builtEntities.count)
        for (position, entity) in copy.builtEntities.enumerated() where positions[entity.id] == nil { positions[entity.id] = position }
        copy.positions = positions
        copy.nameKeys = copy.builtEntities.map { TextFolding.key($0.name) }
        copy.idsRepeat = positions.count < copy.builtEntities.count
        copy.packedEntities = nil
        return copy
    }

    /// How many entities there are.
    public var count: Int { packedEntities?.count ?? builtEntities.count }

    /// The id of the entity at a position of ``entities``, decoding nothing else.
    public func id(at position: Int) -> String {
        packedEntities?.id(at: position) ?? builtEntities[position].id
    }

    /// The kind, the origin and whether the name holds a space (see ``EntityLinker/hasSpace(_:)``) of
    /// the entity at a position: what the linker's surname rule reads of every entity. The space is
    /// looked for only in a discovered person's or other's name (false for the rest).
    func surnameFacts(at position: Int) -> (kind: EntityKind, origin: EntityOrigin, nameHasSpace: Bool) {
        let kind = packedEntities?.kind(at: position) ?? builtEntities[position].kind
        let origin = packedEntities?.origin(at: position) ?? builtEntities[position].origin
        // The name is looked at only where the rule reads it (a discovered person or other).
        guard origin == .discovered && (kind == .person || kind == .other) else { return (kind, origin, false) }
        return (kind, origin, packedEntities?.nameHasSpace(at: position) ?? EntityLinker.hasSpace(builtEntities[position].name))
    }

    /// Place id -> country id, as ``country(ofPlace:)`` answers it.
    var placeCountries: [String: String] { placeCountry }

    /// The entity with this id.
    public func entity(id: String) -> Entity? {
        if let packed = packedEntities { return packed.position(of: id).map(packed.entity(at:)) }
        return positions[id].map { builtEntities[$0] }
    }

    /// The kind of the entity with this id, without copying the entity.
    public func kind(of id: String) -> EntityKind? {
        if let packed = packedEntities { return packed.position(of: id).map(packed.kind(at:)) }
        return positions[id].map { builtEntities[$0].kind }
    }

    /// The kind of the entity at a position of ``entities``.
    func kind(at position: Int) -> EntityKind { packedEntities?.kind(at: position) ?? builtEntities[position].kind }

    /// The folded name (``TextFolding/key(_:)``) of the entity at a position of ``entities``.
    func nameKey(at position: Int) -> String {
        if !nameKeys.isEmpty { return nameKeys[position] }
        return packedEntities.map { TextFolding.key($0.entity(at: position).name) } ?? ""
    }

    /// Each position as the first position of its entity's id, the one ``position(of:)`` and
    /// ``entity(id:)`` answer with: the linker may find a name of a later entity of the same id.
    func firstPositions(_ found: [Int32]) -> [Int32] {
        guard idsRepeat || packedEntities != nil else { return found }
        return found.map { position in
            position < 0 ? position : self.position(of: id(at: Int(position))).map(Int32.init) ?? position
        }
    }

    /// Position of the entity in ``entities``.
    func position(of id: String) -> Int? { packedEntities.map { $0.position(of: id) } ?? positions[id] }

    /// The id of the entity a folded name or alias belongs to, as ``aliasTable`` gives it.
    func owner(ofName key: String) -> String? { packedEntities.map { $0.owner(ofName: key) } ?? builtAliasTable[key] }

    /// The entity a name means: an id, a name or an alias, case- and diacritics-insensitive.
    public func resolve(name: String) -> Entity? {
        if let found = entity(id: name) { return found }
        let key = TextFolding.key(name)
        if let id = owner(ofName: key) { return entity(id: id) }
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
