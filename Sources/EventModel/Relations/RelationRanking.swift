/// The order relations and ties are listed and walked in, on screens and by the stores' graph queries.
public enum RelationRanking {
    /// Curated, then pattern, then co-occurrence; heavier first within each; stable otherwise.
    public static func strongestFirst(_ relations: [Relation]) -> [Relation] {
        relations.enumerated().sorted { a, b in
            let x = a.element.origin.strength, y = b.element.origin.strength
            if x != y { return x < y }
            if a.element.weight != b.element.weight { return a.element.weight > b.element.weight }
            return a.offset < b.offset
        }.map(\.element)
    }

    /// Ties by their strongest origin, then by weight; stable otherwise.
    public static func strongestFirst(_ ties: [Tie]) -> [Tie] {
        ties.enumerated().sorted { a, b in
            let x = rank(a.element), y = rank(b.element)
            if x != y { return x < y }
            if a.element.weight != b.element.weight { return a.element.weight > b.element.weight }
            return a.offset < b.offset
        }.map(\.element)
    }

    public static func rank(_ tie: Tie) -> Int { tie.origins.first?.strength ?? RelationOrigin.cooccurrence.strength }
}
