import EventModel
import Foundation
import Testing

@Suite("note: searches the reader's notes")
struct NoteSearchTests {
    @Test("note: values are split off the rest of the query, quoted or not")
    func split() {
        #expect(NoteSearch.split("note:\"ask the mayor\" fire").notes == ["ask the mayor"])
        #expect(NoteSearch.split("note:\"ask the mayor\" fire").rest == "fire")
        #expect(NoteSearch.split("strike NOTE:Follow up").notes == ["Follow"])
        #expect(NoteSearch.split("strike NOTE:Follow up").rest == "strike up")
        #expect(NoteSearch.split("note: harbour").notes.isEmpty)
        #expect(NoteSearch.split("harbour \"note:quoted\"").notes.isEmpty)
    }

    private func fixture() throws -> (CurationFixture, MemoryCorpusStore, MemoryUserState) {
        let fixture = try CurationFixture()
        try fixture.write("articles/later.txt", "Talks resume\n\nThe Dockers Union met the Harbour Board again on Friday.\n")
        let state = MemoryUserState([
            UserMark(kind: .article, id: "articles/later", note: "Ask the Union about Friday"),
            UserMark(kind: .article, id: "articles/strike", note: "check the minister's figures"),
            UserMark(kind: .entity, id: "harbour-board", note: "union ally? ask"),
        ])
        return (fixture, MemoryCorpusStore(fixture.load()), state)
    }

    @Test("note: alone lists the noted articles and entities whose note holds every word, any case")
    func notesOnly() throws {
        let (_, store, state) = try fixture()
        let results = try NoteSearch.search("note:ask note:UNION", store: store, state: state, limit: 20)
        #expect(results.articles.map(\.article.id) == ["articles/later"])
        #expect(results.articles.first?.snippet == "Ask the Union about Friday")
        #expect(results.entities.map(\.id) == ["harbour-board"])
        #expect(results.entities.first?.mentions == 3)
        #expect(try NoteSearch.search("note:nowhere", store: store, state: state, limit: 20).articles.isEmpty)
    }

    @Test("note: with words keeps the matches of the words that carry such a note")
    func notesAndWords() throws {
        let (_, store, state) = try fixture()
        let results = try NoteSearch.search("note:figures strike", store: store, state: state, limit: 20)
        #expect(results.articles.map(\.article.id) == ["articles/strike"])
        #expect(try NoteSearch.search("note:friday strike", store: store, state: state, limit: 20).articles.isEmpty)
    }
}
