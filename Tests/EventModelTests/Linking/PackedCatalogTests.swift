import Foundation
import Testing
@testable import EventModel

@Suite("Packed catalog read in place")
struct PackedCatalogTests {
    /// The fixture's catalog with a knowledge file of ids and names that only Swift's string rules
    /// order and compare right: accents written precomposed, a duplicate id, names with and without spaces.
    static func catalog() -> EntityCatalog {
        let base = KnowledgeBase(path: "knowledge.yaml", entities: [
            Entity(id: "caf\u{E9}-de-flore", name: "Caf\u{E9} de Flore", kind: .place, aliases: ["Flore"], origin: .knowledge),
            Entity(id: "z\u{FC}rich", name: "Z\u{FC}rich", kind: .place, aliases: ["Zuerich"], description: "A city",
                   externalIDs: ["wikidata": "Q72", "geonames": "2657896"], origin: .knowledge,
                   definedAt: SourceLocation(path: "knowledge.yaml", line: 3)),
            Entity(id: "mar\u{ED}a-l\u{F3}pez", name: "Mar\u{ED}a L\u{F3}pez", kind: .person, origin: .knowledge),
            // Between "cafe\u{301}…" and "caf\u{E9}…" in byte order, before both in Swift's.
            Entity(id: "caff", name: "Caff", kind: .other, origin: .knowledge),
        ])
        return Fixture.catalog(knowledge: [base])
    }

    @Test("every look-up of a restored catalog answers as the catalog it was packed from")
    func lookUps() throws {
        let built = Self.catalog()
        let restored = try #require(EntityCatalog(packed: built.packed()))
        #expect(restored.packedEntities != nil)
        #expect(restored.count == built.entities.count)
        var asked = built.entities.map(\.id) + built.aliasTable.keys
        // Absent ones, before the first and after the last, and the same words written decomposed, which
        // Swift's strings (and so a built catalog's dictionaries) take as equal to the precomposed ones.
        asked += ["", "0", "zzzz", "tajik", "tajikistan-x", "cafe\u{301}-de-flore", "zu\u{308}rich", "mari\u{301}a lo\u{301}pez", "caf\u{E9}"]
        for text in asked {
            #expect(restored.entity(id: text) == built.entity(id: text), "entity \(text)")
            #expect(restored.kind(of: text) == built.kind(of: text), "kind \(text)")
            #expect(restored.resolve(name: text) == built.resolve(name: text), "resolve \(text)")
            #expect(restored.owner(ofName: text) == built.aliasTable[text], "name \(text)")
        }
        #expect(restored.entity(id: "cafe\u{301}-de-flore")?.name == "Caf\u{E9} de Flore")
        // Decoded whole, for a sync that links many articles: the same answers from dictionaries.
        let decoded = restored.decoded()
        #expect(decoded.packedEntities == nil)
        for text in asked {
            #expect(decoded.entity(id: text) == built.entity(id: text) && decoded.resolve(name: text) == built.resolve(name: text), "decoded \(text)")
        }
        #expect(restored.entities == built.entities)
        #expect(restored.aliasTable == built.aliasTable)
        #expect(restored.packed() == built.packed())
        for position in built.entities.indices {
            #expect(restored.id(at: position) == built.entities[position].id)
            #expect(restored.surnameFacts(at: position) == built.surnameFacts(at: position))
        }
    }

    @Test("of two entities with one id, the first in id order is the one found, as in a built catalog")
    func duplicateIDs() throws {
        let built = EntityCatalog(entities: [
            Entity(id: "b", name: "Bee", kind: .other, origin: .discovered),
            Entity(id: "a", name: "Ay one", kind: .person, origin: .discovered),
            Entity(id: "a", name: "Ay two", kind: .place, origin: .discovered),
        ])
        let restored = try #require(EntityCatalog(packed: built.packed()))
        #expect(restored.entity(id: "a") == built.entity(id: "a"))
        #expect(restored.kind(of: "a") == built.kind(of: "a"))
        #expect(restored.resolve(name: "Ay two") == built.resolve(name: "Ay two"))
    }

    @Test("a restored linker finds the same mentions, relations, co-occurrences and event sentences")
    func linkerAnswers() throws {
        let linker = EntityLinker(catalog: Self.catalog())
        let restored = try #require(EntityLinker(packed: linker.packed()))
        let article = Fixture.article
        let (mentions, relations, groups, events, _) = linker.analyseGrouped(article)
        let again = restored.analyseGrouped(article)
        #expect(!mentions.isEmpty && !relations.isEmpty)
        #expect(again.mentions == mentions)
        #expect(again.relations == relations)
        #expect(again.groups == groups)
        #expect(again.events == events)
        let decoded = restored.decoded().analyseGrouped(article)
        #expect(decoded.mentions == mentions && decoded.relations == relations && decoded.groups == groups && decoded.events == events)
        // A linker built again over a restored catalog (its names indexed anew) links alike too.
        let rebuilt = EntityLinker(catalog: restored.catalog).analyseGrouped(article)
        #expect(rebuilt.mentions == mentions && rebuilt.relations == relations && rebuilt.groups == groups && rebuilt.events == events)
    }

    @Test("a packed catalog cut short or with a kind out of range is refused, never half read")
    func damagedBytes() {
        let bytes = Self.catalog().packed()
        #expect(EntityCatalog(packed: bytes) != nil)
        for length in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 300)) {
            #expect(EntityCatalog(packed: Array(bytes.prefix(length))) == nil, "cut at \(length)")
        }
        // The first entity's record: its id and name, then its kind's number.
        let kindAt = bytes.withUnsafeBytes { buffer -> Int in
            var reader = PackedReader(buffer)
            _ = reader.int()
            _ = reader.skipString()
            _ = reader.skipString()
            return reader.position
        }
        var damaged = bytes
        damaged[kindAt] = 0x7F
        #expect(EntityCatalog(packed: damaged) == nil)
    }
}
