import Testing
import EventModel

let harbourKnowledge = """
entities:
  - id: harbour-authority
    name: Harbour Authority of Valletta
    kind: organization
    aliases: [HAV, Port Authority]
    description: Runs the port.
    ids: { wikidata: Q1000001 }
  - name: Piet Vos
    kind: person
  - name: Outer Anchorage
    kind: location
relations:
  - subject: Piet Vos
    predicate: role of
    object: HAV
    role: Harbour Master
    since: 2019-05-01
    source: https://example.org/people
  - subject: harbour-authority
    predicate: located_in
    object: malta
events:
  - id: winter-storm
    name: Winter storm of 2024
    aliases: [the storm]
    date: 2024-01-14
    place: Outer Anchorage
    participants: [harbour-authority]
    figures: { injured: 3, ships damaged: 2 }
    description: A storm that closed the port.
"""

@Suite("Knowledge files")
struct KnowledgeParserTests {
    @Test("entities keep id, kind, aliases, description, external ids and where they are defined")
    func entities() throws {
        let result = KnowledgeParser.parse(text: harbourKnowledge, path: "knowledge.yaml")
        #expect(result.diagnostics.isEmpty)
        let base = try #require(result.base)
        let authority = try #require(base.entities.first { $0.id == "harbour-authority" })
        #expect(authority.name == "Harbour Authority of Valletta")
        #expect(authority.kind == .organisation)
        #expect(authority.aliases == ["HAV", "Port Authority"])
        #expect(authority.description == "Runs the port.")
        #expect(authority.externalIDs == ["wikidata": "Q1000001"])
        #expect(authority.origin == .knowledge)
        #expect(authority.definedAt == SourceLocation(path: "knowledge.yaml", line: 2))
        let person = try #require(base.entities.first { $0.name == "Piet Vos" })
        #expect(person.id == "piet-vos")
        #expect(base.entities.first { $0.name == "Outer Anchorage" }?.kind == .place)
    }

    @Test("curated relations resolve names and aliases to ids and cite their line")
    func relations() throws {
        let base = try #require(KnowledgeParser.parse(text: harbourKnowledge, path: "kb/knowledge.yaml").base)
        #expect(base.relations.count == 2)
        let role = base.relations[0]
        #expect(role.subject == "piet-vos")
        #expect(role.predicate == .roleOf)
        #expect(role.object == "harbour-authority")
        #expect(role.role == "Harbour Master")
        #expect(role.since == "2019-05-01")
        #expect(role.source == "https://example.org/people")
        #expect(role.origin == .curated)
        // What the file says about the tie (here its source), not a restatement of the tie.
        #expect(role.evidence == [Evidence(text: "https://example.org/people", location: SourceLocation(path: "kb/knowledge.yaml", line: 13))])
        #expect(role.evidence.first?.citationLine == "kb/knowledge.yaml:13 \u{2014} https://example.org/people")
        #expect(base.relations[1].object == "malta")
    }

    @Test("events carry date, place, participants and figures, and are entities of kind event")
    func events() throws {
        let base = try #require(KnowledgeParser.parse(text: harbourKnowledge, path: "knowledge.yaml").base)
        let event = try #require(base.events.first)
        #expect(event.id == "winter-storm")
        #expect(event.date == "2024-01-14")
        #expect(event.place == "outer-anchorage")
        #expect(event.participants == ["harbour-authority"])
        #expect(event.figures == ["injured": "3", "ships damaged": "2"])
        #expect(event.definedAt?.line == 23)
        let entity = try #require(base.entities.first { $0.id == "winter-storm" })
        #expect(entity.kind == .event)
        #expect(entity.aliases == ["the storm"])
    }

    @Test("malformed YAML is an error with its line and loads nothing")
    func malformed() {
        let result = KnowledgeParser.parse(text: "entities:\n  - name: A\n    aliases: [B\n  - name: C\n", path: "bad.knowledge.yaml")
        #expect(result.base == nil)
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.severity == .error)
        #expect(result.diagnostics.first?.path == "bad.knowledge.yaml")
        #expect(result.diagnostics.first?.line != nil)
    }

    @Test("one bad entry is reported with its line and the rest still loads")
    func lenient() throws {
        let text = """
            entities:
              - name: Good One
                kind: country
              - kind: person
              - name: Odd Kind
                kind: spaceship
              - id: good-one
                name: Copy
              - name: [not, a, string]
              - just a string
            relations:
              - subject: good-one
                object: odd-kind
              - subject: good-one
                predicate: ally of
                object: Odd Kind
            """
        let result = KnowledgeParser.parse(text: text, path: "knowledge.yaml")
        let base = try #require(result.base)
        #expect(base.entities.map(\.id) == ["good-one", "odd-kind"])
        #expect(base.entities[1].kind == .other)
        #expect(base.relations.map(\.predicate) == [.allyOf])
        #expect(base.relations.first?.object == "odd-kind")
        let found = result.diagnostics.map { "\($0.line ?? 0) \($0.severity.rawValue)" }
        #expect(found == ["4 error", "6 warning", "7 error", "9 error", "9 error", "10 error", "12 error"])
        #expect(result.diagnostics[2].message.contains("already declared on line 2"))
    }

    @Test("an empty knowledge file is fine")
    func empty() {
        let result = KnowledgeParser.parse(text: "", path: "knowledge.yaml")
        #expect(result.base == KnowledgeBase(path: "knowledge.yaml"))
        #expect(result.diagnostics.isEmpty)
    }

    @Test("a key written twice is an error with its line")
    func duplicateKey() {
        let result = KnowledgeParser.parse(text: "entities:\n  - name: A\n    kind: person\n    kind: place\n", path: "knowledge.yaml")
        #expect(result.diagnostics.first?.severity == .error)
        #expect(result.diagnostics.first?.line != nil)
    }

    @Test("no byte sequence crashes the knowledge reader")
    func fuzz() {
        var generator = SplitMix(seed: 5)
        let alphabet = Array("entities:relations:events:\n  - name: id: kind: aliases: [ ] { } , & * ! | > ' \" # ~ \t é\u{FEFF}".utf8) + [0xFF, 0x00]
        for _ in 0..<300 {
            let length = Int(generator.next() % 300)
            let bytes = (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            let result = KnowledgeParser.parse(bytes, path: "knowledge.yaml")
            #expect(result.base != nil || !result.diagnostics.isEmpty)
        }
    }
}
