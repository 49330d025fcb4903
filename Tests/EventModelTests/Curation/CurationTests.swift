import EventModel
import Foundation
import Testing

@Suite("Curation written to curation.knowledge.yaml and applied on load")
struct CurationTests {
    @Test("confirming a discovered entity with another kind: confirmed, of that kind, same id")
    func confirm() throws {
        let fixture = try CurationFixture()
        let board = try #require(fixture.entity("harbour-board"))
        #expect(!board.confirmed)
        var file = try fixture.file()
        try file.apply(.confirm(board, kind: .organisation))
        let after = try #require(fixture.entity("harbour-board"))
        #expect(after.confirmed)
        #expect(after.kind == .organisation)
        #expect(fixture.load().diagnostics.isEmpty)
    }

    @Test("a rejected entity is neither shown nor linked, and its name does not come back with a new article")
    func reject() throws {
        let fixture = try CurationFixture()
        var file = try fixture.file()
        try file.apply(.reject(try #require(fixture.entity("dockers-union"))))
        try fixture.write("articles/later.txt", "Talks resume\n\nThe Dockers Union met the Harbour Board again on Friday.\n")
        let corpus = fixture.load()
        #expect(!corpus.entities.contains { $0.id == "dockers-union" })
        #expect(!corpus.mentions.contains { $0.entity == "dockers-union" || $0.text.contains("Dockers Union") })
        #expect(!corpus.relations.contains { $0.subject == "dockers-union" || $0.object == "dockers-union" })
        #expect(corpus.articles.count == 2)
    }

    @Test("renaming keeps the id and the old name as an alias")
    func rename() throws {
        let fixture = try CurationFixture()
        var file = try fixture.file()
        try file.apply(.rename(try #require(fixture.entity("anna-kowal")), to: "Anna Kowalska"))
        let renamed = try #require(fixture.entity("anna-kowal"))
        #expect(renamed.name == "Anna Kowalska")
        #expect(renamed.aliases.contains("Anna Kowal"))
        #expect(fixture.load().mentions.contains { $0.entity == "anna-kowal" && $0.text == "Anna Kowal" })
    }

    @Test("merge then undo: the board's names go to the union, and come back")
    func mergeAndUndo() throws {
        let fixture = try CurationFixture()
        var file = try fixture.file()
        let before = fixture.load()
        try file.apply(.merge(try #require(fixture.entity("harbour-board")), into: try #require(fixture.entity("dockers-union"))))
        let merged = fixture.load()
        #expect(!merged.entities.contains { $0.id == "harbour-board" })
        #expect(merged.entities.first { $0.id == "dockers-union" }?.aliases.contains("Harbour Board") == true)
        #expect(merged.mentions.contains { $0.entity == "dockers-union" && $0.text == "Harbour Board" })
        // Undone by another instance: as after a restart.
        var reopened = try fixture.file()
        let outcome = try reopened.undo()
        #expect(outcome.summary == "undid: merged harbour-board into dockers-union")
        let unmerged = fixture.load()
        #expect(unmerged.entities == before.entities)
        #expect(unmerged.mentions == before.mentions)
        #expect(throws: CurationError.self) { try reopened.undo() }
    }

    @Test("splitting a wrong alias off makes it an entity of its own, linked where it is written")
    func split() throws {
        let fixture = try CurationFixture()
        var file = try fixture.file()
        try file.apply(.split(try #require(fixture.entity("anna-kowal")), alias: "Kowal", kind: .person))
        let corpus = fixture.load()
        #expect(corpus.entities.first { $0.id == "anna-kowal" }?.aliases.contains("Kowal") == false)
        #expect(corpus.mentions.contains { $0.entity == "kowal" && $0.text == "Kowal" })
        #expect(throws: CurationError.self) {
            try file.apply(.split(try #require(fixture.entity("anna-kowal")), alias: "Nobody", kind: nil))
        }
    }

    @Test("a relation added from a sentence is curated, with that sentence and article as evidence")
    func relate() throws {
        let fixture = try CurationFixture()
        var file = try fixture.file()
        let article = try #require(fixture.load().articles.first)
        let sentence = 2
        let span = article.sentences[sentence]
        let quote = String(article.text.unicodeScalars.dropFirst(span.start).prefix(span.end - span.start))
        try file.apply(.relate(CuratedRelation(subject: "harbour-board", predicate: "agreed_with", object: "dockers-union",
                                               article: article.id, sentence: sentence, quote: quote)))
        let relation = try #require(fixture.load().ties("harbour-board", "agreed_with", "dockers-union", .curated).first)
        #expect(relation.evidence.first?.article == article.id)
        #expect(relation.evidence.first?.sentence == sentence)
        #expect(relation.evidence.first?.text == quote)
    }

    @Test("rejected pattern and co-occurrence relations are gone; co-occurrence either way round")
    func rejectRelations() throws {
        let fixture = try CurationFixture()
        var file = try fixture.file()
        let corpus = fixture.load()
        let met = try #require(corpus.ties("anna-kowal", "met", "dockers-union", .pattern).first)
        try file.apply(.rejectRelation(met))
        var reversed = try #require(corpus.ties("dockers-union", .coOccursWith, "valletta", .cooccurrence).first)
        swap(&reversed.subject, &reversed.object)
        try file.apply(.rejectRelation(reversed))
        let after = fixture.load()
        #expect(after.ties("anna-kowal", "met", "dockers-union", .pattern).isEmpty)
        #expect(after.ties("dockers-union", .coOccursWith, "valletta", .cooccurrence).isEmpty)
        #expect(!after.ties("anna-kowal", .coOccursWith, "dockers-union", .cooccurrence).isEmpty)
        var curated = met
        curated.origin = .curated
        #expect(throws: CurationError.self) { try file.apply(.rejectRelation(curated)) }
    }

    @Test("the file reads back as written, odd names included")
    func roundTrip() throws {
        var curation = Curation()
        curation.set(.entity(CuratedEntity(id: "x", name: "Say \"hi\": #1 \\ \u{7}", kind: .person, aliases: ["a, b", "- c"],
                                           description: "line\nbreak", externalIDs: ["wikidata": "Q1"])))
        curation.set(.merge(EntityMerge(from: "a", into: "b", names: ["A: one"])))
        curation.set(.split(AliasSplit(alias: "Ki", from: "x", kind: .place)))
        curation.set(.rejectedEntity(RejectedEntity(id: "r", names: ["'quoted'"])))
        curation.set(.rejectedRelation(RejectedRelation(subject: "a", predicate: "met", object: "b", origin: .cooccurrence)))
        curation.set(.relation(CuratedRelation(subject: "a", predicate: "met", object: "b", article: "articles/x.txt", sentence: 3, quote: "Yes: [no]", note: "see p. 2")))
        let parsed = KnowledgeParser.parse(text: CurationYAML.render(curation), path: KnowledgeParser.curationFileName)
        #expect(parsed.diagnostics.isEmpty)
        #expect(parsed.base?.curation == curation)
    }
}

@Suite("Curation file: writes that meet an edit on disk")
struct CurationConflictTests {
    @Test("an edit of other entries made on disk since the read is merged, not overwritten")
    func independentEditsMerge() throws {
        let fixture = try CurationFixture()
        var explorer = try fixture.file()
        var script = try fixture.file()
        try script.apply(.confirm(try #require(fixture.entity("anna-kowal")), kind: nil))
        let outcome = try explorer.apply(.confirm(try #require(fixture.entity("harbour-board")), kind: .organisation))
        #expect(outcome.mergedWithDisk)
        let corpus = fixture.load()
        #expect(corpus.entities.first { $0.id == "anna-kowal" }?.confirmed == true)
        #expect(corpus.entities.first { $0.id == "harbour-board" }?.confirmed == true)
    }

    @Test("a change to an entry edited on disk since the read is refused, naming the file, and the file is left as it was")
    func conflictRefused() throws {
        let fixture = try CurationFixture()
        var explorer = try fixture.file()
        var script = try fixture.file()
        let board = try #require(fixture.entity("harbour-board"))
        try script.apply(.confirm(board, kind: .organisation))
        let onDisk = fixture.curationText
        do {
            try explorer.apply(.confirm(board, kind: .place))
            Issue.record("the conflicting change was written")
        } catch let error as CurationError {
            guard case .conflict(let path, let keys) = error else { throw error }
            #expect(path.hasSuffix(KnowledgeParser.curationFileName))
            #expect(keys == ["entity harbour-board"])
            #expect(error.description.contains("curation.knowledge.yaml changed on disk"))
        }
        #expect(fixture.curationText == onDisk)
    }

    @Test("a hand edit evex could not write back (an unknown key) is refused, not dropped")
    func unreadableRefused() throws {
        let fixture = try CurationFixture()
        let text = "entities:\n  - { id: x, name: X, colour: red }\n"
        try fixture.write(KnowledgeParser.curationFileName, text)
        #expect(throws: CurationError.self) { _ = try fixture.file() }
        #expect(fixture.curationText == text)
    }
}

@Suite("Curation of entities that knowledge files name")
struct CurationKnowledgeTests {
    private func fixture() throws -> CurationFixture {
        let fixture = try CurationFixture()
        try fixture.write("knowledge.yaml", """
            entities:
              - { id: harbour-guild, name: Harbour Guild, kind: organisation }
            relations:
              - { subject: harbour-guild, predicate: ally_of, object: dockers-union, note: invented for the test }
              - { subject: harbour-guild, predicate: based_in, object: valletta }

            """)
        return fixture
    }

    @Test("a knowledge entity merged into another: its relations name the other; undo gives them back")
    func mergeMovesKnowledgeRelations() throws {
        let fixture = try fixture()
        var file = try fixture.file()
        try file.apply(.merge(try #require(fixture.entity("harbour-guild")), into: try #require(fixture.entity("harbour-board"))))
        let merged = fixture.load()
        #expect(!merged.ties("harbour-board", .allyOf, "dockers-union", .curated).isEmpty)
        #expect(!merged.relations.contains { $0.subject == "harbour-guild" || $0.object == "harbour-guild" })
        #expect(merged.entities.first { $0.id == "harbour-board" }?.aliases.contains("Harbour Guild") == true)
        try file.undo()
        #expect(!fixture.load().ties("harbour-guild", .allyOf, "dockers-union", .curated).isEmpty)
    }

    @Test("a rejected entity takes the knowledge relations that name it along")
    func rejectDropsKnowledgeRelations() throws {
        let fixture = try fixture()
        var file = try fixture.file()
        try file.apply(.reject(try #require(fixture.entity("valletta"))))
        let corpus = fixture.load()
        #expect(corpus.ties("harbour-guild", .basedIn, "valletta", .curated).isEmpty)
        #expect(!corpus.ties("harbour-guild", .allyOf, "dockers-union", .curated).isEmpty)
    }
}
