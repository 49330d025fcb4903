/// One sentence's co-occurrences as one value: every pair of `entities` co-occurs there, with the
/// sentence as the only evidence. It holds the same facts as a `co_occurs_with` relation per pair and
/// costs one sorted list, not a relation and an evidence per pair (an index stores it as one row).
public struct CooccurrenceGroup: Sendable, Hashable {
    public var sentence: Int
    /// The sentence's span in the article's text.
    public var span: TextSpan
    /// Sorted entity ids, each once.
    public var entities: [String]
    /// Where the catalog the extractor read keeps each of `entities`, in the same order (see
    /// ``EntityCatalog/id(at:)``), or empty: an index turns them into its rows without looking ids up.
    /// Not part of the group's value: two groups of the same sentence and entities are equal.
    public internal(set) var positions: [Int32] = []

    public init(sentence: Int, span: TextSpan, entities: [String]) {
        self.sentence = sentence
        self.span = span
        self.entities = entities
    }

    init(sentence: Int, span: TextSpan, entities: [String], positions: [Int32]) {
        self.init(sentence: sentence, span: span, entities: entities)
        self.positions = positions
    }

    public static func == (a: Self, b: Self) -> Bool {
        a.sentence == b.sentence && a.span == b.span && a.entities == b.entities
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(sentence)
        hasher.combine(span)
        hasher.combine(entities)
    }

    /// The relation of each pair, smaller id first, in the order the extractor states them.
    public func relations(evidence: Evidence) -> [Relation] { Self.relations(of: entities, evidence: evidence) }

    /// The relation of each pair of sorted `entities`, smaller id first.
    static func relations(of entities: [String], evidence: Evidence) -> [Relation] {
        var out: [Relation] = []
        out.reserveCapacity(entities.count * (entities.count - 1) / 2)
        for first in entities.indices {
            for second in entities.indices where second > first {
                out.append(Relation(subject: entities[first], predicate: .coOccursWith, object: entities[second],
                                    origin: .cooccurrence, weight: 1, evidence: [evidence]))
            }
        }
        return out
    }
}
