/// How a relation was found.
public enum RelationOrigin: String, Sendable, Hashable, Codable, CaseIterable {
    /// Written in a knowledge file.
    case curated
    /// Matched by a sentence pattern ("X claimed responsibility for Y").
    case pattern
    /// Both entities named in one sentence; weighted by how often.
    case cooccurrence
}

/// A predicate such as `member_of`. Knowledge files may use any; the extractor uses the constants below.
public struct Predicate: RawRepresentable, Sendable, Hashable, Codable, Comparable, ExpressibleByStringLiteral {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public init(from decoder: Decoder) throws { rawValue = try decoder.singleValueContainer().decode(String.self) }
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
    public static func < (a: Predicate, b: Predicate) -> Bool { a.rawValue < b.rawValue }

    public static let claimedResponsibilityFor: Predicate = "claimed_responsibility_for"
    public static let branchOf: Predicate = "branch_of"
    public static let memberOf: Predicate = "member_of"
    public static let allyOf: Predicate = "ally_of"
    public static let atWarWith: Predicate = "at_war_with"
    public static let condemned: Predicate = "condemned"
    /// A person's office in an organisation or country; the office itself is in `Relation.role`.
    public static let roleOf: Predicate = "role_of"
    public static let activeIn: Predicate = "active_in"
    public static let locatedIn: Predicate = "located_in"
    public static let coOccursWith: Predicate = "co_occurs_with"
    /// Someone says the subject did it: "Russia blamed Ukraine for the attack" (who says it is the
    /// evidence's ``Evidence/saidBy``), "the attack was carried out by X".
    public static let blamedFor: Predicate = "blamed_for"
    /// The subject accuses the object of something that is not a named event ("accused Russia of
    /// waging a propaganda campaign").
    public static let accused: Predicate = "accused"
    public static let capitalOf: Predicate = "capital_of"
    /// Headquartered in a place: "the Doha-based group", "X, based in Y".
    public static let basedIn: Predicate = "based_in"
    public static let citizenOf: Predicate = "citizen_of"
    /// The subject (an authority) arrested or detained the object.
    public static let arrested: Predicate = "arrested"
    /// The subject (an authority) charged, indicted or convicted the object.
    public static let charged: Predicate = "charged"
    public static let met: Predicate = "met"
    public static let visited: Predicate = "visited"
    /// The subject backs, funds or arms the object.
    public static let supported: Predicate = "supported"
    public static let rivalOf: Predicate = "rival_of"
    /// The subject attacked, struck, bombed or raided the object: read off an attack's doer and target.
    public static let attacked: Predicate = "attacked"
    /// The subject (a state or body) put sanctions on the object.
    public static let sanctioned: Predicate = "sanctioned"

    /// Predicates whose subject and object can swap without changing the tie.
    public static let symmetric: Set<Predicate> = [.allyOf, .atWarWith, .met, .rivalOf]

    /// Words a reader sees: "claimed responsibility for".
    public var label: String { rawValue.replacingOccurrences(of: "_", with: " ") }
}

/// The text that supports a relation: an article's sentence, or a line of a knowledge file.
public struct Evidence: Sendable, Hashable, Codable {
    /// Article id, when the evidence is a sentence.
    public var article: String?
    /// Index of the sentence in the article.
    public var sentence: Int?
    /// The sentence; for a knowledge file's relation, its `note` or `source` (empty when it gives neither).
    public var text: String
    /// Offsets of the sentence in the article's text.
    public var span: TextSpan?
    /// For curated relations: the knowledge file and line.
    public var location: SourceLocation?
    /// Who the sentence says states the tie ("U.S. officials said X was behind it"): an entity id.
    public var saidBy: String?

    public init(article: String? = nil, sentence: Int? = nil, text: String, span: TextSpan? = nil, location: SourceLocation? = nil,
                saidBy: String? = nil) {
        self.article = article
        self.sentence = sentence
        self.text = text
        self.span = span
        self.location = location
        self.saidBy = saidBy
    }

    /// "knowledge.yaml:657" for a knowledge file's line; nil for a sentence.
    public var citation: String? {
        guard article == nil, let location else { return nil }
        return location.path + (location.line.map { ":\($0)" } ?? "")
    }
}

/// A directed tie between two entities, with everything that supports it.
public struct Relation: Sendable, Hashable, Codable {
    public var subject: String
    public var predicate: Predicate
    public var object: String
    public var origin: RelationOrigin
    /// The office for `role_of` ("Defense Minister"), or another qualifier.
    public var role: String?
    /// Co-occurrence count, or 1 for a single pattern match; curated relations weigh 1.
    public var weight: Double
    public var evidence: [Evidence]
    /// Optional validity range from a knowledge file (ISO dates).
    public var since: String?
    public var until: String?
    /// Where a curated relation's claim comes from (a knowledge file's `source:`).
    public var source: String?

    public init(
        subject: String, predicate: Predicate, object: String, origin: RelationOrigin, role: String? = nil,
        weight: Double = 1, evidence: [Evidence] = [], since: String? = nil, until: String? = nil, source: String? = nil
    ) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
        self.origin = origin
        self.role = role
        self.weight = weight
        self.evidence = evidence
        self.since = since
        self.until = until
        self.source = source
    }

    /// Relations with the same key are one relation whose evidence is merged.
    public var key: RelationKey { RelationKey(subject: subject, predicate: predicate, object: object, origin: origin) }
}

public struct RelationKey: Sendable, Hashable {
    public var subject: String
    public var predicate: Predicate
    public var object: String
    public var origin: RelationOrigin
}
