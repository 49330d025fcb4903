/// What an analyst corrected by hand: the content of a corpus's `curation.knowledge.yaml`.
///
/// Every entry is keyed (see ``CurationEntry/key``) so that two versions of the file can be
/// compared entry by entry: a change made here and an edit made on disk merge when they touch
/// different entries (``Curation/merge(base:mine:theirs:)``).
///
/// The catalog applies it after everything else is known (``EntityCatalog/build(knowledge:contributions:)``):
/// curated entities override what linking found, merges and splits move names, rejections drop
/// entities and relations; so the index, the exports and the explorer all read the same result.
public struct Curation: Sendable, Hashable, Codable {
    /// Confirmed, renamed or re-kinded entities, and aliases added: applied over the entity with that id.
    public var entities: [CuratedEntity] = []
    /// "A is B": A's names become B's aliases, and A is no longer an entity.
    public var merges: [EntityMerge] = []
    /// A name taken away from an entity that wrongly had it.
    public var splits: [AliasSplit] = []
    /// Entities no longer shown or linked, and their names with them.
    public var rejectedEntities: [RejectedEntity] = []
    /// Pattern or co-occurrence relations that are wrong.
    public var rejectedRelations: [RejectedRelation] = []
    /// Relations added by hand, with the sentence that supports them.
    public var relations: [CuratedRelation] = []

    public init() {}

    public var isEmpty: Bool { entries.isEmpty }

    /// Every entry, section by section, in file order.
    public var entries: [CurationEntry] {
        entities.map(CurationEntry.entity) + merges.map(CurationEntry.merge) + splits.map(CurationEntry.split)
            + rejectedEntities.map(CurationEntry.rejectedEntity) + rejectedRelations.map(CurationEntry.rejectedRelation)
            + relations.map(CurationEntry.relation)
    }

    /// The curation holding exactly `entries` (the last of several with one key wins).
    public init(entries: [CurationEntry]) {
        self.init()
        for entry in entries { set(entry) }
    }

    /// The entry with this key, if any.
    public func entry(_ key: String) -> CurationEntry? {
        entries.first { $0.key == key }
    }

    /// Puts `entry` in place of the one with the same key, or at the end of its section.
    public mutating func set(_ entry: CurationEntry) {
        func put<T>(_ value: T, _ list: inout [T], key: (T) -> String) {
            if let index = list.firstIndex(where: { key($0) == key(value) }) { list[index] = value } else { list.append(value) }
        }
        switch entry {
        case .entity(let value): put(value, &entities) { CurationEntry.entity($0).key }
        case .merge(let value): put(value, &merges) { CurationEntry.merge($0).key }
        case .split(let value): put(value, &splits) { CurationEntry.split($0).key }
        case .rejectedEntity(let value): put(value, &rejectedEntities) { CurationEntry.rejectedEntity($0).key }
        case .rejectedRelation(let value): put(value, &rejectedRelations) { CurationEntry.rejectedRelation($0).key }
        case .relation(let value): put(value, &relations) { CurationEntry.relation($0).key }
        }
    }

    /// Removes the entry with this key, if any.
    public mutating func remove(_ key: String) {
        entities.removeAll { CurationEntry.entity($0).key == key }
        merges.removeAll { CurationEntry.merge($0).key == key }
        splits.removeAll { CurationEntry.split($0).key == key }
        rejectedEntities.removeAll { CurationEntry.rejectedEntity($0).key == key }
        rejectedRelations.removeAll { CurationEntry.rejectedRelation($0).key == key }
        relations.removeAll { CurationEntry.relation($0).key == key }
    }
}

/// An entity as the analyst says it is: its name and kind win over what linking found, its aliases are added.
public struct CuratedEntity: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    public var kind: EntityKind
    /// Names added by hand; the entity keeps the ones it had.
    public var aliases: [String]
    public var description: String?
    public var externalIDs: [String: String]

    public init(id: String, name: String, kind: EntityKind, aliases: [String] = [], description: String? = nil,
                externalIDs: [String: String] = [:]) {
        self.id = id
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.description = description
        self.externalIDs = externalIDs
    }
}

/// `from` is the same as `into`.
public struct EntityMerge: Sendable, Hashable, Codable {
    public var from: String
    public var into: String
    /// The names `from` had when it was merged, so that they stay with `into` even when a later
    /// sync no longer finds `from`.
    public var names: [String]

    public init(from: String, into: String, names: [String] = []) {
        self.from = from
        self.into = into
        self.names = names
    }
}

/// `alias` is not a name of `from`; it becomes an entity of its own (id `entity`) of `kind`.
public struct AliasSplit: Sendable, Hashable, Codable {
    public var alias: String
    public var from: String
    public var entity: String
    public var kind: EntityKind

    public init(alias: String, from: String, entity: String? = nil, kind: EntityKind) {
        self.alias = alias
        self.from = from
        self.entity = entity ?? Slug.make(alias)
        self.kind = kind
    }
}

/// An entity that is not one: neither it nor any of its names is shown or linked.
public struct RejectedEntity: Sendable, Hashable, Codable {
    public var id: String
    /// Its names when it was rejected: a later sync that finds one of them again drops it too.
    public var names: [String]

    public init(id: String, names: [String] = []) {
        self.id = id
        self.names = names
    }
}

/// A relation found by a pattern or by co-occurrence that is wrong.
public struct RejectedRelation: Sendable, Hashable, Codable {
    public var subject: String
    public var predicate: Predicate
    public var object: String
    public var origin: RelationOrigin

    public init(subject: String, predicate: Predicate, object: String, origin: RelationOrigin) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
        self.origin = origin
    }

    /// Whether this rejection covers `relation`; co-occurrence and symmetric predicates in either direction.
    public func matches(_ relation: Relation) -> Bool {
        guard relation.origin == origin, relation.predicate == predicate else { return false }
        if relation.subject == subject && relation.object == object { return true }
        let either = origin == .cooccurrence || Predicate.symmetric.contains(predicate)
        return either && relation.subject == object && relation.object == subject
    }
}

/// A relation added by hand, supported by a sentence of an article.
public struct CuratedRelation: Sendable, Hashable, Codable {
    public var subject: String
    public var predicate: Predicate
    public var object: String
    public var role: String?
    /// The article and the sentence (its index) that support it.
    public var article: String?
    public var sentence: Int?
    /// The sentence as the article has it, so that the file says what supports the tie.
    public var quote: String?
    /// The analyst's own words about the tie (`note:`, as in any knowledge file).
    public var note: String?

    public init(subject: String, predicate: Predicate, object: String, role: String? = nil, article: String? = nil,
                sentence: Int? = nil, quote: String? = nil, note: String? = nil) {
        self.note = note
        self.subject = subject
        self.predicate = predicate
        self.object = object
        self.role = role
        self.article = article
        self.sentence = sentence
        self.quote = quote
    }
}

/// One entry of a ``Curation``, whatever its section.
public enum CurationEntry: Sendable, Hashable, Codable {
    case entity(CuratedEntity)
    case merge(EntityMerge)
    case split(AliasSplit)
    case rejectedEntity(RejectedEntity)
    case rejectedRelation(RejectedRelation)
    case relation(CuratedRelation)

    /// Two entries with the same key say something about the same thing; one replaces the other.
    public var key: String {
        switch self {
        case .entity(let value): return "entity \(value.id)"
        case .merge(let value): return "merge \(value.from)"
        case .split(let value): return "split \(value.from) \(TextFolding.key(value.alias))"
        case .rejectedEntity(let value): return "reject \(value.id)"
        case .rejectedRelation(let value):
            return "reject \(value.subject) \(value.predicate.rawValue) \(value.object) \(value.origin.rawValue)"
        case .relation(let value):
            return "relation \(value.subject) \(value.predicate.rawValue) \(value.object) \(value.article ?? "") \(value.sentence.map(String.init) ?? "")"
        }
    }
}

extension CuratedRelation {
    /// A relation supported by sentence `sentence` of `article`, which it quotes.
    public init(subject: String, predicate: Predicate, object: String, role: String? = nil, article: Article, sentence: Int) {
        self.init(subject: subject, predicate: predicate, object: object, role: role, article: article.id, sentence: sentence,
                  quote: article.sentences.indices.contains(sentence) ? article.sentenceText(sentence) : nil)
    }
}

extension Predicate {
    /// A predicate as people write it: "Member of", "member-of" and "member_of" are `member_of`.
    public init(written: String) { self.init(rawValue: KnowledgeReader.predicateName(written)) }
}
