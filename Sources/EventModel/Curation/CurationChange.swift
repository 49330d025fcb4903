/// One correction an analyst makes: what `evex curate` and the explorer's curation keys write.
///
/// The entities and relations are passed as the store shows them, so that the entry written keeps
/// their names (a rejected or merged entity's names go on being recognised after a resync).
///
///     let change = CurationChange.confirm(entity, kind: .person)
///     let next = try change.applied(to: curation)
public enum CurationChange: Sendable, Hashable {
    /// A discovered entity is right; `kind` (when given) is what it is.
    case confirm(Entity, kind: EntityKind?)
    /// Not an entity: no longer shown or linked.
    case reject(Entity)
    case rename(Entity, to: String)
    /// The first is the second: its names become the second's aliases.
    case merge(Entity, into: Entity)
    /// Another name of the entity.
    case alias(Entity, add: String)
    /// One of the entity's names is not its own; it becomes an entity of `kind` (the entity's kind when nil).
    case split(Entity, alias: String, kind: EntityKind?)
    /// A relation, supported by a sentence of an article.
    case relate(CuratedRelation)
    /// A pattern or co-occurrence relation that is wrong.
    case rejectRelation(Relation)

    /// `curation` with this change made.
    /// - throws: ``CurationError/invalid(_:)`` when the change makes no sense (an entity merged into
    ///   itself, a name split off that the entity does not have, a curated relation rejected).
    public func applied(to curation: Curation) throws -> Curation {
        var next = curation
        switch self {
        case .confirm(let entity, let kind):
            var entry = Self.curated(entity, in: curation)
            entry.kind = kind ?? entry.kind
            next.set(.entity(entry))
        case .reject(let entity):
            next.set(.rejectedEntity(RejectedEntity(id: entity.id, names: [entity.name] + entity.aliases)))
        case .rename(let entity, let name):
            let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !name.isEmpty else { throw CurationError.invalid("give the new name of \(entity.id)") }
            var entry = Self.curated(entity, in: curation)
            if entry.name != name && !entry.aliases.contains(entry.name) { entry.aliases.append(entry.name) }
            entry.aliases.removeAll { TextFolding.key($0) == TextFolding.key(name) }
            entry.name = name
            next.set(.entity(entry))
        case .merge(let entity, let target):
            guard entity.id != target.id else {
                throw CurationError.invalid("\(entity.id) cannot be merged into itself; name another entity")
            }
            next.set(.merge(EntityMerge(from: entity.id, into: target.id, names: [entity.name] + entity.aliases)))
        case .alias(let entity, let alias):
            let alias = alias.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !alias.isEmpty else { throw CurationError.invalid("give the name to add to \(entity.id)") }
            var entry = Self.curated(entity, in: curation)
            if !([entry.name] + entry.aliases).contains(where: { TextFolding.key($0) == TextFolding.key(alias) }) {
                entry.aliases.append(alias)
            }
            next.set(.entity(entry))
        case .split(let entity, let alias, let kind):
            guard let written = entity.aliases.first(where: { TextFolding.key($0) == TextFolding.key(alias) }) else {
                let known = entity.aliases.isEmpty ? "it has none" : "its aliases are " + entity.aliases.joined(separator: ", ")
                throw CurationError.invalid("“\(alias)” is not an alias of \(entity.id) (\(known))")
            }
            var split = AliasSplit(alias: written, from: entity.id, kind: kind ?? entity.kind)
            if split.entity == entity.id { split.entity += "-2" }
            next.set(.split(split))
            // The name added by hand earlier, if it was, goes too.
            if case .entity(var entry)? = curation.entry(CurationEntry.entity(Self.curated(entity, in: curation)).key) {
                entry.aliases.removeAll { TextFolding.key($0) == TextFolding.key(alias) }
                next.set(.entity(entry))
            }
        case .relate(let relation):
            guard relation.subject != relation.object else {
                throw CurationError.invalid("a relation needs two different entities; \(relation.subject) is both")
            }
            next.set(.relation(relation))
        case .rejectRelation(let relation):
            guard relation.origin != .curated else {
                throw CurationError.invalid("\(relation.subject) \(relation.predicate.rawValue) \(relation.object) is curated; remove it from its knowledge file instead")
            }
            next.set(.rejectedRelation(RejectedRelation(subject: relation.subject, predicate: relation.predicate,
                                                        object: relation.object, origin: relation.origin)))
        }
        return next
    }

    /// The curated entry of `entity`: the one the curation has, or a new one that says what the store shows.
    private static func curated(_ entity: Entity, in curation: Curation) -> CuratedEntity {
        if case .entity(let entry)? = curation.entry("entity \(entity.id)") { return entry }
        return CuratedEntity(id: entity.id, name: entity.name, kind: entity.kind)
    }

    /// What the change does, in a few words: "confirmed sergei-shoigu as person".
    public var summary: String {
        switch self {
        case .confirm(let entity, let kind): return "confirmed \(entity.id) as \((kind ?? entity.kind).rawValue)"
        case .reject(let entity): return "rejected \(entity.id)"
        case .rename(let entity, let name): return "renamed \(entity.id) to “\(name)”"
        case .merge(let entity, let target): return "merged \(entity.id) into \(target.id)"
        case .alias(let entity, let alias): return "added “\(alias)” to \(entity.id)"
        case .split(let entity, let alias, _): return "split “\(alias)” off \(entity.id)"
        case .relate(let relation): return "added \(relation.subject) \(relation.predicate.rawValue) \(relation.object)"
        case .rejectRelation(let relation):
            return "rejected \(relation.subject) \(relation.predicate.rawValue) \(relation.object) (\(relation.origin.rawValue))"
        }
    }
}
