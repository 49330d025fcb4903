extension EntityCatalog {
    /// The catalog as bytes that ``init(packed:)`` restores exactly: what an index stores so that a new
    /// process need not build the catalog again from every article's contribution.
    public func packed() -> [UInt8] {
        var writer = PackedWriter()
        pack(into: &writer)
        return writer.bytes
    }

    /// The catalog ``packed()`` wrote, or nil when the bytes are not one.
    public init?(packed bytes: [UInt8]) {
        let restored = bytes.withUnsafeBytes { buffer -> EntityCatalog? in
            var reader = PackedReader(buffer)
            guard let catalog = EntityCatalog(reading: &reader), reader.atEnd else { return nil }
            return catalog
        }
        guard let restored else { return nil }
        self = restored
    }

    func pack(into writer: inout PackedWriter) {
        if let packed = packedEntities {
            packed.pack(into: &writer)
        } else {
            packEntities(into: &writer)
        }
        Self.pack(placeCountries, into: &writer)
        writer.int(rejectedRelations.count)
        for rejected in rejectedRelations {
            writer.string(rejected.subject)
            writer.string(rejected.predicate.rawValue)
            writer.string(rejected.object)
            writer.string(rejected.origin.rawValue)
        }
        Self.pack(mergedInto, into: &writer)
        writer.int(rejectedIDs.count)
        for id in rejectedIDs.sorted() { writer.string(id) }
    }

    /// The entities, then the names pointing at them by position.
    private func packEntities(into writer: inout PackedWriter) {
        let entities = self.entities
        writer.int(entities.count)
        for entity in entities {
            writer.string(entity.id)
            writer.string(entity.name)
            writer.int(Self.kinds.firstIndex(of: entity.kind) ?? 0)
            writer.int(entity.aliases.count)
            for alias in entity.aliases { writer.string(alias) }
            writer.optional(entity.description)
            let external = entity.externalIDs.sorted { $0.key < $1.key }
            writer.int(external.count)
            for (scheme, value) in external {
                writer.string(scheme)
                writer.string(value)
            }
            writer.int(Self.origins.firstIndex(of: entity.origin) ?? 0)
            writer.optional(entity.definedAt?.path)
            // A line is stored one up, so that 0 says there is none.
            writer.int(entity.definedAt?.line.map { $0 + 1 } ?? 0)
        }
        // Names point at entity positions: an id is not written again for each of its aliases.
        var position: [String: Int] = [:]
        for (index, entity) in entities.enumerated() where position[entity.id] == nil { position[entity.id] = index }
        let names = aliasTable.compactMap { key, id in position[id].map { (key, $0) } }.sorted { $0.0 < $1.0 }
        writer.int(names.count)
        for (key, index) in names {
            writer.string(key)
            writer.int(index)
        }
    }

    /// The catalog at `reader`, its entities and names read in place (``PackedEntities``): their records
    /// are walked and checked, and decoded only when asked for.
    init?(reading reader: inout PackedReader) {
        guard let packed = PackedEntities(reading: &reader) else { return nil }
        guard let placeCountry = Self.unpackTable(&reader), let rejectedCount = reader.int() else { return nil }
        var rejectedRelations: [RejectedRelation] = []
        for _ in 0..<rejectedCount {
            guard let subject = reader.string(), let predicate = reader.string().map(Predicate.init(rawValue:)),
                  let object = reader.string(), let origin = reader.string().flatMap(RelationOrigin.init(rawValue:)) else { return nil }
            rejectedRelations.append(RejectedRelation(subject: subject, predicate: predicate, object: object, origin: origin))
        }
        guard let mergedInto = Self.unpackTable(&reader), let rejectedCount = reader.int() else { return nil }
        var rejectedIDs = Set<String>()
        for _ in 0..<rejectedCount {
            guard let id = reader.string() else { return nil }
            rejectedIDs.insert(id)
        }
        self.init(packed: packed, placeCountry: placeCountry, rejectedRelations: rejectedRelations, mergedInto: mergedInto,
                  rejectedIDs: rejectedIDs)
    }

    /// Kinds and origins by the number a packed entity gives them.
    private static let kinds = PackedEntities.kinds
    private static let origins = PackedEntities.origins

    private static func pack(_ table: [String: String], into writer: inout PackedWriter) {
        writer.int(table.count)
        for (key, value) in table.sorted(by: { $0.key < $1.key }) {
            writer.string(key)
            writer.string(value)
        }
    }

    private static func unpackTable(_ reader: inout PackedReader) -> [String: String]? {
        guard let count = reader.int() else { return nil }
        var table: [String: String] = [:]
        table.reserveCapacity(count)
        for _ in 0..<count {
            guard let key = reader.string(), let value = reader.string() else { return nil }
            table[key] = value
        }
        return table
    }
}
