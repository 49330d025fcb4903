import EventModel
import Foundation

/// Stable JSON for scripts: sorted keys, one schema per command, documented in README.md.
enum JSONOutput {
    static func print<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        FileHandle.standardOutput.write(data)
        FileHandle.standardOutput.write(Data("\n".utf8))
    }
}

struct ArticleJSON: Encodable {
    struct Link: Encodable {
        var title: String
        var target: String?
        enum CodingKeys: CodingKey { case title, target }
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(title, forKey: .title)
            try container.encode(target, forKey: .target)  // null when unresolved, never absent
        }
    }
    var id: String
    var title: String
    var date: String?
    var source: String?
    var path: String
    var links: [Link]
    var entities: [String]
    /// The body, which mention offsets index; only for a single article (`evex show`).
    var text: String?

    init(_ article: Article, entities: [String], withText: Bool = false) {
        id = article.id
        title = article.title
        date = article.date
        source = article.source
        path = article.path
        links = article.links.map { Link(title: $0.title, target: $0.target) }
        self.entities = entities
        text = withText ? article.text : nil
    }

    enum CodingKeys: CodingKey { case id, title, date, source, path, links, entities, text }
    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(date, forKey: .date)
        try container.encode(source, forKey: .source)
        try container.encode(path, forKey: .path)
        try container.encode(links, forKey: .links)
        try container.encode(entities, forKey: .entities)
        try container.encodeIfPresent(text, forKey: .text)
    }
}

struct EntityJSON: Encodable {
    var id: String
    var name: String
    var kind: String
    var aliases: [String]
    var mentions: Int
    var confirmed: Bool
    var origin: String
    var description: String?
    var ids: [String: String]

    init(_ entity: Entity, mentions: Int) {
        id = entity.id
        name = entity.name
        kind = entity.kind.rawValue
        aliases = entity.aliases
        self.mentions = mentions
        confirmed = entity.confirmed
        origin = entity.origin.rawValue
        description = entity.description
        ids = entity.externalIDs
    }
}

struct RelationJSON: Encodable {
    struct EvidenceJSON: Encodable {
        var article: String?
        var text: String
        var sentence: Int?
        var start: Int?
        var end: Int?
        var file: String?
        var line: Int?
        /// Who the sentence says states the tie, for reported speech.
        var saidBy: String?

        enum CodingKeys: String, CodingKey { case article, text, sentence, start, end, file, line, saidBy = "said_by" }
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(article, forKey: .article)
            try container.encode(text, forKey: .text)
            try container.encodeIfPresent(sentence, forKey: .sentence)
            try container.encodeIfPresent(start, forKey: .start)
            try container.encodeIfPresent(end, forKey: .end)
            try container.encodeIfPresent(file, forKey: .file)
            try container.encodeIfPresent(line, forKey: .line)
            try container.encodeIfPresent(saidBy, forKey: .saidBy)
        }
    }
    var subject: String
    var predicate: String
    var object: String
    var origin: String
    var role: String?
    var weight: Double
    var since: String?
    var until: String?
    var evidence: [EvidenceJSON]

    init(_ relation: Relation) {
        subject = relation.subject
        predicate = relation.predicate.rawValue
        object = relation.object
        origin = relation.origin.rawValue
        role = relation.role
        weight = relation.weight
        since = relation.since
        until = relation.until
        evidence = relation.evidence.map {
            EvidenceJSON(article: $0.article, text: $0.text, sentence: $0.sentence, start: $0.span?.start,
                         end: $0.span?.end, file: $0.location?.path, line: $0.location?.line, saidBy: $0.saidBy)
        }
    }
}

struct MentionJSON: Encodable {
    var article: String
    var entity: String
    var text: String
    var start: Int
    var end: Int
    var sentence: Int

    init(_ mention: Mention) {
        article = mention.article
        entity = mention.entity
        text = mention.text
        start = mention.span.start
        end = mention.span.end
        sentence = mention.sentence
    }
}

struct DiagnosticJSON: Encodable {
    var path: String
    var line: Int?
    var severity: String
    var message: String

    init(_ diagnostic: Diagnostic) {
        path = diagnostic.path
        line = diagnostic.line
        severity = diagnostic.severity.rawValue
        message = diagnostic.message
    }
}
