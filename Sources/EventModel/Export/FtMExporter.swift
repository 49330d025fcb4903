import Foundation

/// FollowTheMoney entities as JSON lines, the format Aleph, OpenSanctions and the `ftm` tools read.
///
/// Entities take the closest schema (Person, Organization, PublicBody for a country, Address for a
/// place, Event, LegalEntity otherwise); each article is an Article with its text, linked to the
/// entities it mentions by Documentation; each relation is the interval schema that fits
/// (Membership, Occupancy with its Position, Associate, else UnknownLink with the predicate as its
/// role), its supporting sentence in `summary` and its articles in `proof`.
enum FtMExporter {
    static func export(_ graph: ExportGraph, store: any CorpusStore, to out: ExportOutput) throws {
        var writer = FtMLineWriter(out: out)
        var kinds: [String: EntityKind] = [:]
        for node in graph.nodes { kinds[node.id] = node.kind }
        let eventDates = try Self.eventDates(store)
        for node in graph.nodes {
            guard let entity = try store.entity(id: node.id) else { continue }
            try writer.emit(FtMSchemaChoice.entity(entity, mentions: node.mentions, date: eventDates[entity.id]))
        }
        var positions = Set<String>()
        try graph.forEachRelation { excerpt in
            let proof = excerpt.articles.map(FtMID.article)
            for line in try FtMSchemaChoice.relation(excerpt, kinds: kinds, proof: proof, names: { try store.entity(id: $0)?.name }) {
                if line.schema == "Position", !positions.insert(line.id).inserted { continue }
                try writer.emit(line)
            }
        }
        try ArticleWalk.forEachID(in: store) { id in
            guard let article = try store.article(id: id) else { return }
            var mentioned: [String] = []
            var seen = Set<String>()
            for mention in try store.mentions(inArticle: id) where graph.contains(mention.entity) && seen.insert(mention.entity).inserted {
                mentioned.append(mention.entity)
            }
            // With a kind or entity filter, an article that names none of the entities kept is left out.
            guard !mentioned.isEmpty || graph.keepsEveryEntity else { return }
            try writer.emit(FtMSchemaChoice.article(article))
            for entity in mentioned.sorted() {
                try writer.emit(FtMLine(id: FtMID.documentation(article: id, entity: entity), schema: "Documentation",
                                        properties: ["document": [FtMID.article(id)], "entity": [FtMID.entity(entity)], "role": ["mentioned"]]))
            }
        }
    }

    /// The date of each dated event, by id: the timeline's date for an event that is an entity,
    /// read from the events alone (the timeline also lists every dated article).
    private static func eventDates(_ store: any CorpusStore) throws -> [String: String] {
        var dates: [String: String] = [:]
        for event in try store.events() {
            if let date = event.date { dates[event.id] = date }
        }
        return dates
    }
}

/// One FtM entity: `{"id", "schema", "properties": {name: [values]}}`.
struct FtMLine: Encodable {
    var id: String
    var schema: String
    var properties: [String: [String]]
}

/// Encodes lines with sorted keys, so that the same corpus gives the same bytes.
struct FtMLineWriter {
    let out: ExportOutput
    private let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    init(out: ExportOutput) { self.out = out }

    mutating func emit(_ line: FtMLine) throws {
        var line = line
        line.properties = line.properties.filter { !$0.value.isEmpty }.mapValues { $0.filter { !$0.isEmpty } }.filter { !$0.value.isEmpty }
        out.write(String(decoding: try encoder.encode(line), as: UTF8.self) + "\n")
    }
}

/// FtM ids: readable where the evex id is a slug, hashed where it is a path or a compound key.
enum FtMID {
    static func entity(_ id: String) -> String { "evex-entity-" + id }
    static func article(_ id: String) -> String { "evex-article-" + Slug.make(id) + "-" + hash(id) }
    static func documentation(article: String, entity: String) -> String { "evex-mention-" + hash(article + "\u{1F}" + entity) }
    static func relation(_ relation: Relation) -> String {
        "evex-relation-" + hash([relation.subject, relation.predicate.rawValue, relation.object, relation.origin.rawValue, relation.role ?? ""]
            .joined(separator: "\u{1F}"))
    }
    static func position(role: String, of object: String) -> String { "evex-position-" + hash(role.lowercased() + "\u{1F}" + object) }

    /// FNV-1a, 64 bits, in hex: stable across runs and platforms, unlike `hashValue`.
    static func hash(_ text: String) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value &*= 0x0000_0100_0000_01b3
        }
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
