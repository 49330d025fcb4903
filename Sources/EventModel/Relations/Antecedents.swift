/// The entities one sentence names, for "the group", "the country" or "he" in the next one. Only
/// an entity that is the single one of its kinds there can be referred back to. The sentence is
/// read only when a pronoun asks, so sentences without one cost nothing.
struct Antecedents {
    private var tokens: [SentenceTokens.Token] = []
    private var ids: [String] = []
    private var kinds: [EntityKind] = []

    static let none = Antecedents()

    init() {}

    init(sentence: SentenceTokens, ids: [String], kinds: [EntityKind]) {
        tokens = sentence.tokens
        self.ids = ids
        self.kinds = kinds
    }

    /// The entity the sentence opens with, when it is of these kinds: "The SCO was founded ...
    /// It was later joined by ..." refers back to it even when the sentence names others.
    func opening(of wanted: Set<EntityKind>) -> (id: String, kind: EntityKind)? {
        for token in tokens.prefix(3) where token.mention >= 0 {
            return wanted.contains(kinds[token.mention]) ? (ids[token.mention], kinds[token.mention]) : nil
        }
        return nil
    }

    /// The person the sentence opens with, for "he" or "she" opening the next: none when two are
    /// its subject ("A and B spoke by phone. He condemned ...").
    func openingPerson() -> (id: String, kind: EntityKind)? {
        guard let first = tokens.prefix(3).firstIndex(where: { $0.mention >= 0 }), kinds[tokens[first].mention] == .person else { return nil }
        if first + 1 < tokens.count, tokens[first + 1].mention < 0, !tokens[first + 1].words.isDisjoint(with: [.and, .or]) { return nil }
        if !tokens[first].gapAfter.isDisjoint(with: [.comma]), first + 1 < tokens.count, tokens[first + 1].mention >= 0 { return nil }
        return (ids[tokens[first].mention], .person)
    }

    /// The organisations the sentence named, for "the guard" after "the Presidential Guard".
    var organisations: [String] {
        tokens.compactMap { $0.mention >= 0 && kinds[$0.mention] == .organisation ? ids[$0.mention] : nil }
    }

    /// The one entity of these kinds the sentence named, if exactly one.
    func entity(of wanted: Set<EntityKind>) -> (id: String, kind: EntityKind)? {
        var found: (id: String, kind: EntityKind)? = nil
        for token in tokens where token.mention >= 0 && wanted.contains(kinds[token.mention]) {
            let id = ids[token.mention]
            if let earlier = found, earlier.id != id { return nil }
            found = (id, kinds[token.mention])
        }
        return found
    }
}
