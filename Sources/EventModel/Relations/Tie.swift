/// One tie between two entities as a reader sees it: who, what, whom, stated once with every
/// origin that states it.
///
/// The store keeps a relation per origin (a knowledge file says "CSTO member Armenia" and a sentence
/// says it too), because origins are filtered, exported and counted apart. A reader wants the tie
/// once, with where it comes from: ``group(_:)`` folds the records of one tie together. A symmetric
/// predicate's tie is one tie whichever way round each record has it.
public struct Tie: Sendable, Hashable {
    public var subject: String
    public var predicate: Predicate
    public var object: String
    /// The records that state it, strongest origin first: curated, pattern, co-occurrence.
    public var relations: [Relation]

    /// Origins that state the tie, strongest first, each once: a symmetric tie stated either way
    /// round by sentences is two pattern records but one origin.
    public var origins: [RelationOrigin] {
        var seen = Set<RelationOrigin>()
        return relations.map(\.origin).filter { seen.insert($0).inserted }
    }

    /// The offices a `role_of` tie is stated with, as first written ("President"), once each
    /// whatever their case.
    public var roles: [String] {
        var seen = Set<String>()
        return relations.compactMap(\.role).filter { seen.insert($0.lowercased()).inserted }
    }

    /// Every piece of evidence: the knowledge files' lines first, then sentences in the order stored;
    /// a sentence that states the tie twice (a pattern and an event's claimant, say) once.
    public var evidence: [Evidence] {
        // One record (most ties) cannot repeat a sentence: no set to build on every look.
        if relations.count == 1 { return relations[0].evidence }
        var seen = Set<Evidence>()
        return relations.flatMap(\.evidence).filter { $0.article == nil || seen.insert($0).inserted }
    }

    /// The first sentence from an article, else the first knowledge line: what a one-line view quotes.
    public var leadingEvidence: Evidence? { evidence.first { $0.article != nil } ?? evidence.first }

    /// Co-occurrence count for a co-occurrence tie; for a stated one, how many sentences and lines state it.
    public var weight: Double {
        relations.count == 1 ? relations[0].weight : Double(relations.reduce(0) { $0 + max($1.evidence.count, 1) })
    }

    /// The entity at the other end from `entityID`.
    public func other(than entityID: String) -> String { subject == entityID ? object : subject }

    /// Folds relations into ties, keeping the order in which each tie first appears.
    public static func group(_ relations: [Relation]) -> [Tie] {
        var ties: [Tie] = []
        var position: [TieKey: Int] = [:]
        for relation in relations {
            let key = TieKey(relation)
            if let at = position[key] {
                ties[at].relations.append(relation)
            } else {
                position[key] = ties.count
                ties.append(Tie(subject: relation.subject, predicate: relation.predicate, object: relation.object, relations: [relation]))
            }
        }
        for index in ties.indices {
            ties[index].relations.sort { $0.origin.strength < $1.origin.strength }
        }
        return ties
    }
}

extension RelationOrigin {
    /// Curated before pattern before co-occurrence: how much a reader can trust a tie of this origin.
    public var strength: Int {
        switch self {
        case .curated: return 0
        case .pattern: return 1
        case .cooccurrence: return 2
        }
    }
}

/// Subject, predicate and object, with a symmetric predicate's two ends in one order.
private struct TieKey: Hashable {
    var first: String
    var predicate: Predicate
    var second: String

    init(_ relation: Relation) {
        predicate = relation.predicate
        if Predicate.symmetric.contains(relation.predicate) && relation.object < relation.subject {
            (first, second) = (relation.object, relation.subject)
        } else {
            (first, second) = (relation.subject, relation.object)
        }
    }
}

extension Tie {
    /// What a one-line view prints after the names: "[curated, pattern] as President · 3 sentences",
    /// "[cooccurrence] ×12".
    public var details: String {
        var text = "[" + origins.map(\.rawValue).joined(separator: ", ") + "]"
        if !roles.isEmpty { text += " as " + roles.joined(separator: " / ") }
        if origins == [.cooccurrence] {
            text += " \u{00D7}\(Int(weight))"
        } else {
            let sentences = evidence.filter { $0.article != nil }.count
            if sentences > 1 { text += " \u{00B7} \(sentences) sentences" }
        }
        return text
    }
}

extension Evidence {
    /// "knowledge.yaml:657 — source: wire report" for a knowledge file's line; nil for a sentence.
    public var citationLine: String? {
        citation.map { text.isEmpty ? $0 : "\($0) \u{2014} \(text)" }
    }
}
