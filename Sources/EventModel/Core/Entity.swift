/// What an entity is. Knowledge files use these raw values in `kind:`.
public enum EntityKind: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case organisation, country, person, place, event, other

    public static func < (a: EntityKind, b: EntityKind) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// Reads a kind as people write it: "organization", "org", "location", "gpe"...
    public init?(loose text: String) {
        switch text.lowercased().trimmingCharacters(in: .whitespaces) {
        case "organisation", "organization", "org", "group", "agency": self = .organisation
        case "country", "state", "nation", "gpe": self = .country
        case "person", "people", "per", "individual": self = .person
        case "place", "location", "loc", "city", "venue", "region": self = .place
        case "event", "incident": self = .event
        case "other", "misc": self = .other
        default: return nil
        }
    }
}

/// Where an entity comes from; only `discovered` entities are unconfirmed.
public enum EntityOrigin: String, Sendable, Hashable, Codable {
    /// Curated in a knowledge file.
    case knowledge
    /// evex's built-in list of countries.
    case gazetteer
    /// Learned from an acronym definition in the text: "Collective Security Treaty Organization (CSTO)".
    case acronym
    /// Guessed from a capitalised phrase or a title ("Defense Minister Sergei Shoigu"); unconfirmed.
    case discovered
}

/// Someone or something the articles talk about.
public struct Entity: Sendable, Hashable, Codable, Identifiable {
    /// Lowercase slug, stable across runs (`tajikistan`, `isis-k`, `sergei-shoigu`).
    public var id: String
    public var name: String
    public var kind: EntityKind
    /// Other names it goes by, demonyms included ("Tajik", "Tajikistani").
    public var aliases: [String]
    public var description: String?
    /// External identifiers by scheme, e.g. `["wikidata": "Q863"]`.
    public var externalIDs: [String: String]
    public var origin: EntityOrigin
    /// Where it was defined: a knowledge file and line, or nil for built-in and discovered ones.
    public var definedAt: SourceLocation?

    public var confirmed: Bool { origin != .discovered }

    public init(
        id: String, name: String, kind: EntityKind, aliases: [String] = [], description: String? = nil,
        externalIDs: [String: String] = [:], origin: EntityOrigin, definedAt: SourceLocation? = nil
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.description = description
        self.externalIDs = externalIDs
        self.origin = origin
        self.definedAt = definedAt
    }
}

/// One place in an article where an entity is named.
public struct Mention: Sendable, Hashable, Codable {
    public var article: String
    public var entity: String
    /// The words as written, e.g. "Tajiskistan" or "Russia’s".
    public var text: String
    public var span: TextSpan
    /// Index into the article's `sentences`.
    public var sentence: Int

    public init(article: String, entity: String, text: String, span: TextSpan, sentence: Int) {
        self.article = article
        self.entity = entity
        self.text = text
        self.span = span
        self.sentence = sentence
    }
}

/// A file and a 1-based line.
public struct SourceLocation: Sendable, Hashable, Codable {
    public var path: String
    public var line: Int?

    public init(path: String, line: Int? = nil) {
        self.path = path
        self.line = line
    }
}
