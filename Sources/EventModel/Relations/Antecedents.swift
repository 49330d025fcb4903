/// The entities one sentence names, by kind, for "the group", "the country" or "he" in the next one.
/// Only an entity that is the single one of its kind there can be referred back to.
struct Antecedents {
    private var unique: [EntityKind: String] = [:]
    private var ambiguous: Set<EntityKind> = []

    static let none = Antecedents()

    init() {}

    init(sentence: SentenceTokens, ids: [String], kinds: [EntityKind]) {
        for token in sentence.tokens where token.mention >= 0 {
            let kind = kinds[token.mention], id = ids[token.mention]
            if ambiguous.contains(kind) { continue }
            if let known = unique[kind], known != id {
                unique[kind] = nil
                ambiguous.insert(kind)
            } else {
                unique[kind] = id
            }
        }
    }

    /// The one entity of these kinds the sentence named, if exactly one.
    func entity(of kinds: Set<EntityKind>) -> (id: String, kind: EntityKind)? {
        var found: (id: String, kind: EntityKind)? = nil
        for kind in kinds {
            if ambiguous.contains(kind) { return nil }
            guard let id = unique[kind] else { continue }
            if let earlier = found, earlier.id != id { return nil }
            found = (id, kind)
        }
        return found
    }
}
