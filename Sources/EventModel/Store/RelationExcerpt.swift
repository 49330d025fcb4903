/// Where a page of one subject's relations starts: the key of the last relation of the page before.
///
/// Pages are in the order of this key (predicate, then object, then origin, each by its raw text),
/// which is unique among the relations of one subject.
public struct RelationPageKey: Sendable, Hashable, Comparable {
    public var predicate: String
    public var object: String
    public var origin: String

    public init(predicate: Predicate, object: String, origin: RelationOrigin) {
        self.predicate = predicate.rawValue
        self.object = object
        self.origin = origin.rawValue
    }

    public init(_ relation: Relation) {
        self.init(predicate: relation.predicate, object: relation.object, origin: relation.origin)
    }

    public static func < (a: RelationPageKey, b: RelationPageKey) -> Bool {
        (a.predicate, a.object, a.origin) < (b.predicate, b.object, b.origin)
    }
}

/// A relation as an export writes it: its evidence cut to the first few items, with the count of all
/// of it, so that a hub's relation seen in 50,000 sentences costs as little memory as one seen once.
public struct RelationExcerpt: Sendable, Hashable {
    /// The relation, its `evidence` cut to the first ``evidenceLimit`` items in evidence order.
    public var relation: Relation
    /// How many evidence items the whole relation has.
    public var evidenceCount: Int
    /// The first ``articleLimit`` distinct articles of its evidence, sorted by id.
    public var articles: [String]

    /// Evidence items kept: the first is what every export quotes.
    public static let evidenceLimit = 1
    /// Articles kept: what an FtM `proof` lists.
    public static let articleLimit = 50

    public init(relation: Relation, evidenceCount: Int, articles: [String]) {
        self.relation = relation
        self.evidenceCount = evidenceCount
        self.articles = articles
    }

    /// The excerpt of a whole relation (its evidence in evidence order, as ``RelationExtractor/merge(_:)`` leaves it).
    public init(_ relation: Relation) {
        var cut = relation
        cut.evidence = Array(relation.evidence.prefix(Self.evidenceLimit))
        self.init(relation: cut, evidenceCount: relation.evidence.count,
                  articles: Array(Set(relation.evidence.compactMap(\.article)).sorted().prefix(Self.articleLimit)))
    }

    public var key: RelationPageKey { RelationPageKey(relation) }
}
