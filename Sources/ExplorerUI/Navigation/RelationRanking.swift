import EventModel

/// The order relations are shown in when there are too many to show them all.
enum RelationRanking {
    /// Curated, then pattern, then co-occurrence; heavier first within each; stable otherwise.
    static func strongestFirst(_ relations: [Relation]) -> [Relation] {
        relations.enumerated().sorted { a, b in
            let x = rank(a.element.origin), y = rank(b.element.origin)
            if x != y { return x < y }
            if a.element.weight != b.element.weight { return a.element.weight > b.element.weight }
            return a.offset < b.offset
        }.map(\.element)
    }

    static func rank(_ origin: RelationOrigin) -> Int {
        switch origin {
        case .curated: return 0
        case .pattern: return 1
        case .cooccurrence: return 2
        }
    }
}
