/// The last step of a catalog build: what curation files say, over everything linking found.
///
/// It runs after the candidates, so that a confirmed, renamed or rejected entity is the one this
/// very build discovered: a rejected name found again by a later sync is dropped again, and a
/// confirmed one keeps its id (the reader's marks are keyed by it).
extension CatalogBuilder {
    mutating func applyCuration(_ curations: [Curation]) {
        guard !curations.isEmpty else { return }
        for curation in curations {
            for split in curation.splits { applySplit(split) }
        }
        for curation in curations {
            for entity in curation.entities { applyEntity(entity) }
        }
        for curation in curations {
            for merge in curation.merges { applyMerge(merge) }
        }
        for curation in curations {
            for rejected in curation.rejectedEntities { applyRejection(rejected) }
            rejectedRelations += curation.rejectedRelations
        }
    }

    /// The alias leaves the entity and becomes (or joins) an entity of its own.
    private mutating func applySplit(_ split: AliasSplit) {
        let key = TextFolding.key(split.alias)
        guard !key.isEmpty, let from = positions[split.from], TextFolding.key(entities[from].name) != key else { return }
        entities[from].aliases.removeAll { TextFolding.key($0) == key }
        if let target = positions[split.entity] {
            claim(split.alias, for: target)
        } else {
            append(Entity(id: split.entity, name: split.alias, kind: split.kind, origin: .knowledge))
            claim(split.alias, for: positions[split.entity]!)
        }
    }

    /// The curated name, kind and aliases win; the entity is confirmed.
    private mutating func applyEntity(_ curated: CuratedEntity) {
        guard let position = positions[curated.id] else {
            append(Entity(id: curated.id, name: curated.name, kind: curated.kind, aliases: [],
                          description: curated.description, externalIDs: curated.externalIDs, origin: .knowledge))
            let position = positions[curated.id]!
            for form in [curated.name] + curated.aliases { claim(form, for: position) }
            return
        }
        let old = entities[position]
        var entity = old
        entity.name = curated.name
        entity.kind = curated.kind
        entity.origin = .knowledge
        entity.description = curated.description ?? old.description
        entity.externalIDs.merge(curated.externalIDs) { _, new in new }
        entity.aliases = union(old.aliases, [old.name], except: curated.name)
        entities[position] = entity
        for form in [curated.name] + curated.aliases { claim(form, for: position) }
    }

    /// `from`'s names (those it has now and those it had when merged) become `into`'s aliases.
    private mutating func applyMerge(_ merge: EntityMerge) {
        guard merge.from != merge.into, let into = positions[merge.into], !dropped.contains(into) else { return }
        var names = merge.names
        mergedIDs[merge.from] = merge.into
        if let from = positions[merge.from] {
            names = [entities[from].name] + entities[from].aliases + names
            dropped.insert(from)
            positions[merge.from] = nil
            renamed[merge.from] = merge.into
        }
        for name in names { claim(name, for: into) }
    }

    /// The entity leaves the catalog; the names it owns stay claimed by it and so are linked to
    /// nothing. An entity found again under one of its names (a later sync, another id) goes too.
    private mutating func applyRejection(_ rejected: RejectedEntity) {
        rejectedIDs.insert(rejected.id)
        if let position = positions[rejected.id] { dropped.insert(position) }
        let keys = Set(rejected.names.map(TextFolding.key))
        guard !keys.isEmpty else { return }
        for (position, entity) in entities.enumerated()
        where (entity.origin == .discovered || entity.origin == .acronym) && keys.contains(TextFolding.key(entity.name)) {
            dropped.insert(position)
            rejectedIDs.insert(entity.id)
        }
    }

    /// Gives `name` to the entity at `position`, taking it from any other that had it as an alias.
    mutating func claim(_ name: String, for position: Int) {
        let key = TextFolding.key(name)
        guard !key.isEmpty else { return }
        if let owner = owners[key], owner != position {
            entities[owner].aliases.removeAll { TextFolding.key($0) == key }
        }
        owners[key] = position
        let entity = entities[position]
        if TextFolding.key(entity.name) != key && !entity.aliases.contains(where: { TextFolding.key($0) == key }) {
            entities[position].aliases.append(name)
        }
    }
}
